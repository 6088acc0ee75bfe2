/**
 * `npm run schemas`: writes the JSON Schema of every input the CLI and the importers accept into schemas/,
 * generated from the zod schemas in domain/schemas (the single source). tests/domain/schemas/json-schema.test.ts
 * fails when a committed file is out of date.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ProfileSchema } from '../domain/schemas/profile';
import { DraftSchema } from '../domain/schemas/draft';
import { CheckCaseSchema } from '../domain/schemas/case';
import { RosterSchema } from '../domain/schemas/roster';
import { OverlaySchema } from '../domain/schemas/overlay';
import { BackupSchema } from '../domain/schemas/backup';
import { WorklogSchema } from '../domain/schemas/worklog';
import { QuarterEvaluationSchema, QuarterSetSchema } from '../domain/schemas/quarter-evaluation';

export const EXPORTED: Record<string, { schema: z.ZodType; title: string }> = {
  profile: { schema: ProfileSchema, title: 'Hồ sơ người/tập thể được kiểm điểm (lệnh guide)' },
  draft: { schema: DraftSchema, title: 'Bản kiểm điểm (lệnh export)' },
  case: { schema: CheckCaseSchema, title: 'Trường hợp kiểm tra mức xếp loại (lệnh check)' },
  roster: { schema: RosterSchema, title: 'Danh sách xếp loại của đơn vị (lệnh roster)' },
  overlay: { schema: OverlaySchema, title: 'Hướng dẫn của địa phương, đơn vị' },
  backup: { schema: BackupSchema, title: 'Tệp sao lưu' },
  worklog: { schema: WorklogSchema, title: 'Sổ công việc (lệnh worklog-rollup, export-worklog)' },
  quarter: { schema: QuarterEvaluationSchema, title: 'Bản tự đánh giá quý (lệnh quarter-check)' },
  quarters: { schema: QuarterSetSchema, title: 'Các quý của một năm (lệnh quarter-check)' },
};

export function jsonSchemaText(name: string): string {
  const { schema, title } = EXPORTED[name]!;
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' });
  return JSON.stringify({ title, ...json }, null, 2) + '\n';
}

if (process.argv[1]?.endsWith('export-schemas.ts')) {
  const dir = join(process.cwd(), 'schemas');
  mkdirSync(dir, { recursive: true });
  for (const name of Object.keys(EXPORTED)) {
    writeFileSync(join(dir, `${name}.schema.json`), jsonSchemaText(name));
    console.log(`schemas/${name}.schema.json`);
  }
}
