import { readonly, ref } from 'vue';

/**
 * Which document the "Nguồn quy định" screen should show. A rule's certainty badge (components/common/RuleBadge.vue)
 * or a screen's «Xem nguồn» sets it; the shell (components/app/AppShell.vue) opens the screen on every request, and
 * the screen scrolls to and focuses `#nguon-<doc>`. Module state: one per page, shared by every component.
 */
export interface SourceRequest {
  /** A catalogue id (domain/sources/ids.ts); undefined: the top of the screen. */
  doc?: string;
  /** Increases on every request, so asking twice for the same document still moves to it. */
  seq: number;
}

const request = ref<SourceRequest>({ seq: 0 });

/** Opens the sources screen, at `doc` when given. */
export function openSources(doc?: string): void {
  request.value = doc ? { doc, seq: request.value.seq + 1 } : { seq: request.value.seq + 1 };
}

export function useSourceTarget() {
  return { request: readonly(request), openSources };
}
