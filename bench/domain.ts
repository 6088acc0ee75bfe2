import { readFileSync } from 'node:fs';
import { checkGrade } from '../domain/grading';
import { checkRoster } from '../domain/roster';
import { buildDocx } from '../domain/document';
import { getFormModel } from '../domain/rulebooks';
import { CheckCaseSchema } from '../domain/schemas/case';
import { RosterSchema } from '../domain/schemas/roster';
import { WorklogSchema, WORKLOG_STATUSES } from '../domain/schemas/worklog';
import { quarterRollup } from '../domain/worklog';
import { sampleDraft } from './sample-drafts';
import { median, timeRuns, type Measure } from './stats';

const fixture = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

/** Pure-domain and storage measures that run in Node (fake-indexeddb stands in for the browser's IndexedDB). */
export async function domainMeasures(): Promise<Measure[]> {
  const out: Measure[] = [];

  // Grade check of one person, both rulebooks.
  const c2025 = CheckCaseSchema.parse(fixture('tests/fixtures/cases/2025-leader.json'));
  const c2023 = CheckCaseSchema.parse(fixture('tests/fixtures/cases/2023-leader-ha-tinh.json'));
  const per = async (c: typeof c2025) => median(await timeRuns(() => { for (let i = 0; i < 100; i++) checkGrade(c); }, 30, 5)) / 100;
  const g25 = await per(c2025);
  const g23 = await per(c2023);
  out.push({ name: 'grade check of one person (median; 2025 / 2023)', value: Math.max(g25, g23), unit: 'ms', budget: 1, detail: `2025 ${g25.toFixed(4)} ms, 2023 ${g23.toFixed(4)} ms` });

  // Roster check of 5,000 members.
  const base = RosterSchema.parse(fixture('tests/fixtures/rosters/chi-bo-2025.json'));
  const grades = ['HTXSNV', 'HTTNV', 'HTTNV', 'HTTNV', 'HTTNV', 'HTNV', 'KHTNV'] as const;
  const big = RosterSchema.parse({
    ...base,
    members: Array.from({ length: 5000 }, (_, i) => ({ name: `Đảng viên số ${i + 1}`, role: i % 10 === 0 ? 'Tổ trưởng' : 'Đảng viên', proposedGrade: grades[i % grades.length] })),
  });
  const roster = median(await timeRuns(() => checkRoster(big), 30, 5));
  out.push({ name: 'roster check of 5,000 members', value: roster, unit: 'ms', budget: 16 });

  // Word export of a 20-page draft (Node).
  const draft = sampleDraft('bench-export', 20);
  const form = getFormModel('qd366-2025', '02B')!;
  let bytes = 0;
  const exp = median(await timeRuns(async () => { bytes = (await buildDocx(draft, form)).length; }, 7, 2));
  out.push({ name: 'Word export of a 20-page draft (Node)', value: exp, unit: 'ms', budget: 500, detail: `${(bytes / 1024).toFixed(0)} kB .docx` });

  // Quarter rollup of a 2,000-entry work log (issue 16).
  const pad = (n: number) => String(n).padStart(2, '0');
  const log = WorklogSchema.parse({
    year: 2026,
    entries: Array.from({ length: 2000 }, (_, i) => {
      const status = WORKLOG_STATUSES[i % WORKLOG_STATUSES.length]!;
      const day = `2026-${pad((i % 12) + 1)}-${pad((i % 28) + 1)}`;
      return { id: `e${i}`, title: `Nhiệm vụ số ${i + 1}`, status, deadline: day, ...(status === 'chua-hoan-thanh' ? {} : { doneOn: day }), quantity: { amount: (i % 7) + 1, unit: ['văn bản', 'hồ sơ', 'cuộc họp'][i % 3]! } };
    }),
  });
  const wl = median(await timeRuns(() => { quarterRollup(log.entries, { year: 2026, quarter: 3 }); }, 30, 5));
  out.push({ name: 'quarter rollup of a 2,000-entry work log', value: wl, unit: 'ms', budget: 5 });

  // The backup round trip is measured in Chromium (bench/chromium-backup.ts): fake-indexeddb says little.
  return out;
}
