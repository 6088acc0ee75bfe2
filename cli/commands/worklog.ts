import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { packDocx } from '../../domain/document/pack';
import { mau05Document, nd335Document, phuLucDocument } from '../../domain/document/worklog';
import { QuarterEvaluationSchema, QuarterSetSchema } from '../../domain/schemas/quarter-evaluation';
import { WorklogSchema, type Worklog } from '../../domain/schemas/worklog';
import {
  checkQuarter,
  dueItems,
  filterEntries,
  parseQuarter,
  parseWorklogText,
  quarterKey,
  quarterLabel,
  quarterRollup,
  quartersIntoYear,
  taskCountsOf,
  yearRollup,
  type QuarterId,
} from '../../domain/worklog';
import type { SeasonAudience } from '../../domain/rulebooks/season-dates';
import { readJsonFile, readTextFile, UserInputError, validate, type CliCommand } from '../io';
import { dateOption } from './options';

/**
 * The work-log commands (issue 16), JSON in, JSON out:
 *   worklog-rollup <log.json> [--quarter 2026-Q3]     counts of the quarter (else the year and its quarters)
 *   quarter-check <quarter.json | quarters.json>      one quarter's check, or the quarters into the year
 *   export-worklog <log.json> --form mau05|phu-luc|nd335 [--quarter 2026-Q3] -o <file.docx>
 *   season-due [--today YYYY-MM-DD] [--as leader,cong-chuc]   what is due and in how many days
 *   worklog-import <bảng.tsv|.csv>                    a task table pasted from a spreadsheet → entries
 */
interface Flags {
  positional: string[];
  values: Map<string, string>;
}

function flags(args: string[], valued: readonly string[], usage: string): Flags {
  const out: Flags = { positional: [], values: new Map() };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (valued.includes(a)) {
      const v = args[++i];
      if (v === undefined || v.startsWith('--')) throw new UserInputError([`Thiếu giá trị sau ${a}.`, usage]);
      out.values.set(a, v);
    } else if (a.startsWith('-')) throw new UserInputError([`Tùy chọn không hợp lệ: ${a}.`, usage]);
    else out.positional.push(a);
  }
  return out;
}

function quarterFlag(f: Flags): QuarterId | undefined {
  const v = f.values.get('--quarter');
  if (v === undefined) return undefined;
  const q = parseQuarter(v);
  if (!q) throw new UserInputError([`--quarter «${v}»: cần quý dạng NĂM-QN, ví dụ 2026-Q3.`]);
  return q;
}

const readLog = (path: string | undefined, usage: string): Worklog => {
  if (!path) throw new UserInputError(['Thiếu đường dẫn tệp sổ công việc.', usage]);
  return validate(WorklogSchema, readJsonFile(path, 'tệp sổ công việc'), 'Sổ công việc');
};

const ROLLUP_USAGE = 'Cách dùng: worklog-rollup <sổ-công-việc.json> [--quarter 2026-Q3]';
export const worklogRollupCommand: CliCommand = (args) => {
  const f = flags(args, ['--quarter'], ROLLUP_USAGE);
  const log = readLog(f.positional[0], ROLLUP_USAGE);
  const q = quarterFlag(f);
  if (q) {
    const r = quarterRollup(log.entries, q);
    return { quarter: quarterKey(q), rollup: r, taskFacts: taskCountsOf(r) };
  }
  const y = yearRollup(log.entries, log.year);
  return { year: log.year, rollup: y.year, taskFacts: taskCountsOf(y.year), quarters: y.quarters };
};

const CHECK_USAGE = 'Cách dùng: quarter-check <quý.json | các-quý.json> [--log <sổ-công-việc.json>] [--no-local]';
export const quarterCheckCommand: CliCommand = (args) => {
  const local = !args.includes('--no-local');
  const f = flags(args.filter((a) => a !== '--no-local'), ['--log'], CHECK_USAGE);
  const path = f.positional[0];
  if (!path) throw new UserInputError(['Thiếu đường dẫn tệp.', CHECK_USAGE]);
  const raw = readJsonFile(path, 'tệp đánh giá quý');
  if (typeof raw === 'object' && raw !== null && 'quarters' in raw) return quartersIntoYear(validate(QuarterSetSchema, raw, 'Tệp các quý'), { local });
  const q = validate(QuarterEvaluationSchema, raw, 'Tệp đánh giá quý');
  const logPath = f.values.get('--log');
  const rollup = logPath ? quarterRollup(readLog(logPath, CHECK_USAGE).entries, { year: q.year, quarter: q.quarter as QuarterId['quarter'] }) : undefined;
  return checkQuarter(q, { local, ...(rollup ? { rollup } : {}) });
};

const EXPORT_USAGE = 'Cách dùng: export-worklog <sổ-công-việc.json> --form mau05|phu-luc|nd335 [--quarter 2026-Q3] -o <tệp.docx>';
export const exportWorklogCommand: CliCommand = async (args) => {
  const f = flags(args, ['--form', '--quarter', '-o', '--output', '--today'], EXPORT_USAGE);
  const log = readLog(f.positional[0], EXPORT_USAGE);
  const form = f.values.get('--form');
  const output = f.values.get('-o') ?? f.values.get('--output');
  if (!output) throw new UserInputError(['Thiếu đường dẫn tệp Word sau «-o».', EXPORT_USAGE]);
  const q = quarterFlag(f);
  const person = log.person;
  let doc;
  if (form === 'mau05') {
    const evaluation = q ? log.quarters.find((x) => x.year === q.year && x.quarter === q.quarter) : log.quarters.at(-1);
    if (!evaluation)
      throw new UserInputError([q ? `Trường «quarters»: không có bản tự đánh giá ${quarterLabel(q)}.` : 'Trường «quarters»: sổ công việc chưa có bản tự đánh giá quý nào.']);
    const rollup = quarterRollup(log.entries, { year: evaluation.year, quarter: evaluation.quarter as QuarterId['quarter'] });
    doc = mau05Document({ evaluation, rollup, ...(person ? { person } : {}) });
  } else if (form === 'phu-luc') {
    const entries = filterEntries(log.entries, q ? { quarter: q } : { year: log.year });
    doc = phuLucDocument({ periodLabel: q ? quarterLabel(q) : `Năm ${log.year}`, entries, ...(person ? { person } : {}) });
  } else if (form === 'nd335') {
    const evaluation = log.stateEvaluations.at(-1);
    if (!evaluation) throw new UserInputError(['Trường «stateEvaluations»: sổ công việc chưa có phiếu đánh giá công chức, viên chức nào.']);
    doc = nd335Document({ evaluation, ...(person ? { person } : {}) });
  } else {
    throw new UserInputError([`--form «${form ?? ''}»: cần một trong mau05, phu-luc, nd335.`, EXPORT_USAGE]);
  }
  const bytes = await packDocx(doc);
  const file = resolve(output);
  writeFileSync(file, bytes);
  return { file, bytes: bytes.length, form };
};

const DUE_USAGE = 'Cách dùng: season-due [--today YYYY-MM-DD] [--as leader,cong-chuc,reporting-body] [--within N]';
const AUDIENCES: readonly SeasonAudience[] = ['leader', 'cong-chuc', 'reporting-body'];
export const seasonDueCommand: CliCommand = (args) => {
  const f = flags(args, ['--today', '--as', '--within'], DUE_USAGE);
  const today = dateOption(args, '--today', DUE_USAGE) ?? new Date().toISOString().slice(0, 10);
  const as = (f.values.get('--as') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const bad = as.find((a) => !AUDIENCES.includes(a as SeasonAudience));
  if (bad) throw new UserInputError([`--as «${bad}»: cần một trong ${AUDIENCES.join(', ')}.`]);
  const within = f.values.get('--within');
  if (within !== undefined && !/^\d{1,4}$/.test(within)) throw new UserInputError([`--within «${within}»: cần số ngày (số nguyên).`]);
  return dueItems(today, { audiences: as as SeasonAudience[], ...(within !== undefined ? { withinDays: Number(within) } : {}) });
};

const IMPORT_USAGE = 'Cách dùng: worklog-import <bảng-nhiệm-vụ.tsv | .csv>';
export const worklogImportCommand: CliCommand = (args) => {
  const f = flags(args, [], IMPORT_USAGE);
  const text = readTextFile(f.positional[0], 'tệp bảng nhiệm vụ');
  const r = parseWorklogText(text);
  if (!r.ok) throw new UserInputError(['Bảng nhiệm vụ không hợp lệ:', ...r.errors]);
  return { entries: r.value };
};
