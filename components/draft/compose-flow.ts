import { shallowRef } from 'vue';
import { shouldAskBeforeCompose, type Composed, type SectionContent } from '@/domain/drafting';
import type { WritableUnit } from '@/domain/forms';
import { applyCompose, type ComposeChoice } from './draft-edits';

/**
 * "Soạn đoạn văn" for one unit: composes; writes at once when the slot is empty or still holds the last
 * composed text; otherwise waits for the user's choice in the dialog (Thay thế / Thêm vào cuối / Hủy). Before a
 * replacement the current draft is kept as a history version ('before-compose').
 */
export interface ComposeFlowDeps {
  current: (unitId: string) => SectionContent | undefined;
  compose: (unit: WritableUnit) => Composed;
  /** Keeps the current draft as a version before its text is replaced. */
  snapshot: () => Promise<void>;
  apply: (unitId: string, content: SectionContent) => void;
}

export interface PendingCompose {
  unit: WritableUnit;
  composed: Composed;
}

export const NOTHING_TO_COMPOSE = 'Chưa có dữ liệu để soạn mục này: hãy nhập ở các ô phía trên rồi bấm lại.';

export function useComposeFlow(deps: ComposeFlowDeps) {
  const pending = shallowRef<PendingCompose>();
  const notice = shallowRef<{ unitId: string; text: string }>();
  const error = shallowRef<string>();

  function request(unit: WritableUnit): 'empty' | 'asked' | 'applied' {
    notice.value = undefined;
    const composed = deps.compose(unit);
    if (composed.text.trim() === '') {
      notice.value = { unitId: unit.id, text: NOTHING_TO_COMPOSE };
      return 'empty';
    }
    const current = deps.current(unit.id);
    if (shouldAskBeforeCompose(current)) {
      pending.value = { unit, composed };
      return 'asked';
    }
    deps.apply(unit.id, applyCompose(current, composed, 'replace'));
    notice.value = { unitId: unit.id, text: 'Đã soạn đoạn văn; bạn có thể sửa tự do.' };
    return 'applied';
  }

  async function choose(choice: ComposeChoice | 'cancel'): Promise<void> {
    const p = pending.value;
    pending.value = undefined;
    if (!p || choice === 'cancel') return;
    error.value = undefined;
    if (choice === 'replace') {
      try {
        await deps.snapshot();
      } catch {
        // Without the safety copy the user's words would be lost: do not replace.
        error.value = 'Không lưu được bản cũ vào lịch sử nên chưa thay thế; hãy thử lại.';
        return;
      }
    }
    deps.apply(p.unit.id, applyCompose(deps.current(p.unit.id), p.composed, choice));
    notice.value = {
      unitId: p.unit.id,
      text: choice === 'replace' ? 'Đã thay bằng đoạn văn mới; bản cũ được lưu trong «Lịch sử».' : 'Đã thêm đoạn văn vào cuối.',
    };
  }

  return { pending, notice, error, request, choose };
}
