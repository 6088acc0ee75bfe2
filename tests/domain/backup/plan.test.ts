import { describe, expect, it } from 'vitest';
import { BackupSchema } from '../../../domain/schemas/backup';
import { emptyStoredIndex, planImport, type StoredIndex } from '../../../domain/backup/plan';
import { sampleBackup } from '../../stores/fixtures';
import { WORKLOG_MAX_ENTRIES } from '../../../domain/schemas/worklog';

const backup = BackupSchema.parse(sampleBackup());
const T = 1_750_000_000_000; // updatedAt of every record in sampleBackup
const DRAFT = 'fixture-qd366-2025-02A';

const index = (over: Partial<Record<keyof StoredIndex, [string, unknown][]>>): StoredIndex => {
  const base = emptyStoredIndex();
  return Object.fromEntries(
    Object.entries(base).map(([k, v]) => [k, over[k as keyof StoredIndex] ? new Map(over[k as keyof StoredIndex]) : v]),
  ) as unknown as StoredIndex;
};

describe('import plan', () => {
  it('an empty device: everything is added, with Vietnamese lines per list', () => {
    const plan = planImport(backup, emptyStoredIndex());
    expect(plan.summary).toEqual([
      'Thêm 1 hồ sơ.',
      'Thêm 2 bản kiểm điểm (kèm 1 phiên bản lưu).',
      'Thêm 1 danh sách xếp loại.',
      'Thêm 1 hướng dẫn địa phương.',
      'Thêm 2 thiết lập.',
      'Thêm 1 sổ công việc.',
      'Thêm 2 mục công việc.',
      'Thêm 1 tệp đính kèm.',
    ]);
    expect(plan.empty).toBe(false);
    expect(plan.problems).toEqual([]);
    expect(plan.items.filter((i) => i.table.startsWith('worklog') || i.table === 'attachments').map((i) => [i.table, i.label])).toEqual([
      ['worklogs', 'Sổ công việc năm 2026 (Nguyễn Văn Ánh)'],
      ['worklogEntries', 'Báo cáo sơ kết quý I'],
      ['worklogEntries', 'Thẩm định hồ sơ (đã xóa)'],
      ['attachments', 'bao-cao.pdf'],
    ]);
    expect(plan.items.find((i) => i.table === 'profiles')?.label).toBe('Nguyễn Văn Ánh (2025)');
  });

  it.each([
    [T - 1, 'replace', 'bản trong tệp mới hơn bản trên máy', 1],
    [T, 'skip', 'đã có bản giống thời điểm trên máy', 0],
    [T + 1, 'skip', 'bản trên máy mới hơn, được giữ nguyên', 0],
  ] as const)('a stored draft with updatedAt %s → %s', (stored, action, reason, versions) => {
    const plan = planImport(backup, index({ drafts: [[DRAFT, stored]] }));
    expect(plan.items.find((i) => i.id === DRAFT)).toMatchObject({ action, reason, versions });
  });

  it.each([
    ['profiles', 'p-1'],
    ['rosters', 'r-1'],
    ['overlays', 'ha-tinh-2023-xa-a'],
  ] as const)('%s follow the same newer-wins rule', (table, id) => {
    expect(planImport(backup, index({ [table]: [[id, T - 1]] })).counts[table].replace).toBe(1);
    expect(planImport(backup, index({ [table]: [[id, T]] })).counts[table].skip).toBe(1);
  });

  it.each([
    ['equal value, other key order', { fields: { 'A.I.1': '#noi-dung' } }, 'skip'],
    ['different value', { fields: { 'A.I.1': '#khac' } }, 'replace'],
  ] as const)('setting with %s → %s', (_l, value, action) => {
    const plan = planImport(backup, index({ settings: [['fill-mapping:dichvucong.example', value]] }));
    expect(plan.items.find((i) => i.id === 'fill-mapping:dichvucong.example')?.action).toBe(action);
  });

  it('everything already here: the plan says nothing will change', () => {
    const all = index({
      profiles: [['p-1', T]],
      drafts: [[DRAFT, T], ['fixture-qd124-2023-01', T]],
      rosters: [['r-1', T]],
      overlays: [['ha-tinh-2023-xa-a', T]],
      settings: [['ui:last-screen', 'drafts'], ['fill-mapping:dichvucong.example', { fields: { 'A.I.1': '#noi-dung' } }]],
      worklogs: [['p-1:2026', T]],
      worklogEntries: [['e-1', T], ['e-2', T]],
    });
    (all.attachments as Set<string>).add('f-1');
    const plan = planImport(backup, all);
    expect(plan.empty).toBe(true);
    expect(plan.summary).toEqual([
      'Bỏ qua 1 hồ sơ: trên máy đã có bản mới hơn hoặc giống hệt.',
      'Bỏ qua 2 bản kiểm điểm: trên máy đã có bản mới hơn hoặc giống hệt.',
      'Bỏ qua 1 danh sách xếp loại: trên máy đã có bản mới hơn hoặc giống hệt.',
      'Bỏ qua 1 hướng dẫn địa phương: trên máy đã có bản mới hơn hoặc giống hệt.',
      'Bỏ qua 2 thiết lập: trên máy đã có bản mới hơn hoặc giống hệt.',
      'Bỏ qua 1 sổ công việc: trên máy đã có bản mới hơn hoặc giống hệt.',
      'Bỏ qua 2 mục công việc: trên máy đã có bản mới hơn hoặc giống hệt.',
      'Bỏ qua 1 tệp đính kèm: trên máy đã có bản mới hơn hoặc giống hệt.',
      'Nhập tệp này sẽ không thay đổi gì.',
    ]);
  });

  it('a replaced draft says the device copy is kept as a version', () => {
    const plan = planImport(backup, index({ drafts: [[DRAFT, 1]] }));
    expect(plan.summary).toContain('Thay 1 bản kiểm điểm bằng bản mới hơn trong tệp (bản đang có trên máy được giữ lại thành một phiên bản).');
  });

  it('an empty backup', () => {
    const plan = planImport(BackupSchema.parse({ format: 'kiem-diem-backup', v: 3, exportedAt: 0 }), emptyStoredIndex());
    expect(plan).toMatchObject({ items: [], empty: true, summary: ['Tệp sao lưu không có dữ liệu nào.'] });
  });

  it.each([
    ['worklogs', 'p-1:2026'],
    ['worklogEntries', 'e-2'],
  ] as const)('%s follow the newer-wins rule (a deleted entry too)', (table, id) => {
    expect(planImport(backup, index({ [table]: [[id, T - 1]] })).counts[table].replace).toBe(1);
    expect(planImport(backup, index({ [table]: [[id, T + 1]] })).counts[table].skip).toBe(1);
  });

  it('a file already here is skipped (kept files never change)', () => {
    const here = emptyStoredIndex();
    (here.attachments as Set<string>).add('f-1');
    expect(planImport(backup, here).items.find((i) => i.table === 'attachments')).toMatchObject({ action: 'skip', reason: 'đã có tệp này trên máy' });
  });

  // The file adds one live entry (e-1) to p-1:2026; e-2 comes deleted. Cross the log's limit on both sides.
  it.each([
    [WORKLOG_MAX_ENTRIES - 1, []],
    [
      WORKLOG_MAX_ENTRIES,
      ['Sổ công việc năm 2026 (Nguyễn Văn Ánh) (mã «p-1:2026») sẽ có 5.001 mục chưa xóa sau khi nhập; một sổ giữ tối đa 5.000 mục. Hãy xóa bớt mục của sổ này trên máy rồi nhập lại.'],
    ],
  ])('%i live entries here: problems %j', (count, problems) => {
    const here = index({ liveEntries: Array.from({ length: count }, (_, i) => [`here-${i}`, 'p-1:2026']) });
    expect(planImport(backup, here).problems).toEqual(problems);
  });

  it('an entry replaced by its deleted copy frees its place in the log', () => {
    const here = index({
      liveEntries: [...Array.from({ length: WORKLOG_MAX_ENTRIES - 1 }, (_, i): [string, string] => [`here-${i}`, 'p-1:2026']), ['e-2', 'p-1:2026']],
      worklogEntries: [['e-2', T - 1]],
    });
    // e-2 (live here) comes deleted and e-1 comes live: 4,999 + 1 = 5,000
    expect(planImport(backup, here).problems).toEqual([]);
  });
});
