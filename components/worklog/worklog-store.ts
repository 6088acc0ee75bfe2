/**
 * The work-log store, loaded when something is written (it brings the schemas and their library): the list paints
 * from the light reads (stores/worklog-read.ts) without it. Warmed once the list is on screen.
 */
export const worklogStore = async () => (await import('@/stores/worklog')).useWorklogStore();

/** The Vietnamese lines of a refused input (stores/worklog.ts WorklogInputError), else undefined. */
export function inputErrorLines(e: unknown): string[] | undefined {
  return e instanceof Error && e.name === 'WorklogInputError' && Array.isArray((e as { lines?: unknown }).lines) ? (e as unknown as { lines: string[] }).lines : undefined;
}
