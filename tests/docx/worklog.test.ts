// @vitest-environment node
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packDocx } from '../../domain/document/pack';
import { mau05Document, MAU05_CAVEAT, nd335Document, phuLucDocument, PHU_LUC_HEADERS } from '../../domain/document/worklog';
import { WorklogSchema } from '../../domain/schemas/worklog';
import { filterEntries, quarterRollup } from '../../domain/worklog';
import { documentXml } from '../helpers/docx-xml';

/**
 * The three work-log papers opened by real LibreOffice: converted to PDF in one run (one profile of its own),
 * their text read back with pdftotext, headings found with diacritics intact.
 */
const INSTALL = 'LibreOffice is required: apt-get install -y --no-install-recommends libreoffice-writer-nogui fonts-liberation2 poppler-utils';
const toolMissing = ['soffice', 'pdftotext'].find((t) => spawnSync('which', [t]).status !== 0);
const WORK = mkdtempSync(join(tmpdir(), 'kd-worklog-lo-'));
afterAll(() => rmSync(WORK, { recursive: true, force: true }));

const log = WorklogSchema.parse(JSON.parse(readFileSync('tests/fixtures/worklog/truong-phong-2026.json', 'utf8')));
const person = log.person!;
const q2 = log.quarters.find((q) => q.quarter === 2)!;
const DOCS = {
  mau05: () => mau05Document({ person, evaluation: q2, rollup: quarterRollup(log.entries, { year: 2026, quarter: 2 }) }),
  'phu-luc': () => phuLucDocument({ person, periodLabel: 'Năm 2026', entries: filterEntries(log.entries, { year: 2026 }) }),
  nd335: () => nd335Document({ person, evaluation: log.stateEvaluations[0]! }),
};

function run(cmd: string, args: string[], timeoutMs = 120_000): Promise<string> {
  return new Promise((resolve, reject) =>
    execFile(cmd, args, { timeout: timeoutMs, maxBuffer: 20 * 1024 * 1024 }, (err, stdout, stderr) => (err ? reject(new Error(`${cmd} failed: ${err.message}\n${stderr}`)) : resolve(stdout))),
  );
}

const text = new Map<string, string>();
beforeAll(async () => {
  if (toolMissing) throw new Error(`${toolMissing} not found. ${INSTALL}`);
  const files: string[] = [];
  for (const [name, build] of Object.entries(DOCS)) {
    const file = join(WORK, `${name}.docx`);
    writeFileSync(file, await packDocx(build()));
    files.push(file);
  }
  const profile = pathToFileURL(join(WORK, 'profile')).href;
  // A fresh profile's first start occasionally exits without converting: up to three tries.
  for (let attempt = 0; attempt < 3 && !files.every((f) => existsSync(f.replace(/\.docx$/, '.pdf'))); attempt++) {
    await run('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', WORK, ...files]).catch(() => undefined);
  }
  for (const name of Object.keys(DOCS)) text.set(name, (await run('pdftotext', ['-layout', join(WORK, `${name}.pdf`), '-'])).replace(/\s+/g, ' '));
}, 200_000);

describe('work-log papers open in LibreOffice', () => {
  it.each([
    ['mau05', ['BẢN TỰ ĐÁNH GIÁ, XẾP LOẠI CỦA CÁ NHÂN', 'Quý II năm 2026', 'Mẫu 05-HD KĐ.ĐG', 'bố cục dựng lại', 'Họ và tên: Nguyễn Văn An', 'I. Tự đánh giá kết quả thực hiện nhiệm vụ', 'II. Tự đề xuất xếp loại mức chất lượng', 'Tổng điểm: 85/100', 'III. Nhận xét, đánh giá của cấp có thẩm quyền', '1 hoàn thành chậm']],
    ['phu-luc', ['PHỤ LỤC KẾT QUẢ THỰC HIỆN NHIỆM VỤ', 'Năm 2026', 'Tiến độ', 'Chất lượng', 'Kế hoạch chuyển đổi số', 'Chưa hoàn thành', '42/KH-SNV', 'Trong kỳ thực hiện 12 nhiệm vụ']],
    ['nd335', ['PHIẾU TỰ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG', 'CÔNG CHỨC', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA', 'Điểm tiêu chí chung', '3. Tổng điểm theo dõi, đánh giá', '94,15/100', 'Ý kiến nhận xét của cấp có thẩm quyền']],
  ])('%s: headings found by pdftotext', (name, headings) => {
    const t = text.get(name)!;
    for (const h of headings) expect(t).toContain(h);
  });

  it('the Mẫu 05 caveat says the layout is reconstructed; the Phụ lục is a real table with its six headers', async () => {
    expect(MAU05_CAVEAT).toContain('dựng lại');
    const xml = documentXml(await packDocx(DOCS['phu-luc']()));
    expect((xml.match(/<w:tr[ >]/g) ?? []).length).toBe(13);
    for (const h of PHU_LUC_HEADERS) expect(xml).toContain(`>${h}<`);
  });
});
