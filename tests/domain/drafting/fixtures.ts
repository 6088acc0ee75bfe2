import { DraftFactsSchema, type DraftFacts } from '../../../domain/schemas/facts';
import { DraftSchema, type Draft } from '../../../domain/schemas/draft';
import { ProfileSchema, type Profile } from '../../../domain/schemas/profile';

export const facts = (input: Record<string, unknown> = {}): DraftFacts => DraftFactsSchema.parse(input);

export const profile = (reviewYear: number, subject: Record<string, unknown>): Profile =>
  ProfileSchema.parse({ reviewYear, subject });

export const draft = (input: Record<string, unknown>): Draft =>
  DraftSchema.parse({ v: 1, id: 'd1', reviewYear: 2025, rulebookId: 'qd366-2025', formCode: '02B', createdAt: 1, updatedAt: 1, ...input });

/** n tasks, the first `done` completed, the first `exceeded` exceeded, the last `late` behind schedule. */
export function tasks(n: number, done: number, exceeded = 0, late = 0) {
  return Array.from({ length: n }, (_, i) => ({
    id: `t${i + 1}`,
    name: `Nhiệm vụ ${i + 1}`,
    result: `Kết quả ${i + 1}`,
    completed: i < done,
    exceeded: i < exceeded,
    onTime: i < n - late,
  }));
}
