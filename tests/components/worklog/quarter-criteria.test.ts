import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { VueWrapper } from '@vue/test-utils';
import { createPinia, setActivePinia, type Pinia } from 'pinia';
import WorklogQuarters from '../../../components/worklog/WorklogQuarters.vue';
import { useDatabase, type KiemDiemDB } from '../../../stores/db';
import { useOverlaysStore } from '../../../stores/overlays';
import { useProfilesStore } from '../../../stores/profiles';
import { useWorklogStore } from '../../../stores/worklog';
import { freshDb, sampleProfile } from '../../stores/fixtures';
import { until } from '../../helpers/until';
import { byText, field, mountTab, SEED } from './harness';

vi.mock('../../../stores/platform', () => ({ isExtension: () => false }));

let db: KiemDiemDB;
let pinia: Pinia;
let w: VueWrapper | undefined;
let logId = '';

const OVERLAY = {
  v: 1, id: 'phuong-a-2026', name: 'Hướng dẫn của Đảng ủy phường A', issuer: 'Đảng ủy phường A',
  appliesTo: { rulebookIds: ['qd366-2025'] },
  rule: { id: 'x', clause: 'Hướng dẫn 1-HD/ĐU', source: 'tệp', certainty: 'secondary' },
};
const GENERAL = [
  { id: 'chinh-tri', label: 'Tư tưởng chính trị, đạo đức', max: 15 },
  { id: 'ky-luat', label: 'Ý thức tổ chức kỷ luật', max: 15 },
];
const RESULTS = [{ id: 'nhiem-vu', label: 'Kết quả thực hiện nhiệm vụ được giao', max: 70 }];

/** The log of a profile whose overlay sets `quarterCriteria` (none: no overlay on the profile). */
async function seed(quarterCriteria?: unknown) {
  let profileId: string | undefined;
  if (quarterCriteria) {
    const saved = await useOverlaysStore().saveOverlay({ ...OVERLAY, quarterCriteria });
    expect(saved.ok).toBe(true);
    profileId = (await useProfilesStore().saveProfile({ ...sampleProfile, id: undefined, overlayId: OVERLAY.id } as never)).id;
  }
  const log = await useWorklogStore().openLog(2026, profileId);
  logId = log.id;
  await useWorklogStore().putEntries(log.id, SEED);
}

beforeEach(() => {
  db = useDatabase(freshDb('worklog-quarter-criteria'));
  pinia = createPinia();
  setActivePinia(pinia);
});
afterEach(() => {
  w?.unmount();
  w = undefined;
  db.close();
  vi.restoreAllMocks();
});

async function openQ2(waitFor: string) {
  const wr = await mountTab(WorklogQuarters, pinia);
  w = wr;
  await byText(wr, 'label', 'Quý II').find('input').setValue(true);
  await until(() => wr.find('[data-testid="quarter-counts"]').text().startsWith('Trong kỳ') && wr.find(waitFor).exists(), waitFor);
  return wr;
}
const type = (wr: VueWrapper, label: string, value: string) => field(wr, label).setValue(value);
const sum = (wr: VueWrapper, group: 'general' | 'results') => wr.find(`[data-testid="quarter-criteria-${group}-sum"]`).text();
const save = async (wr: VueWrapper) => byText(wr, 'button', 'Lưu đánh giá quý').trigger('click');

describe('«Đánh giá quý» with the sub-criteria of the profile\'s overlay', () => {
  it('one box per criterion; the group score is their sum; saved with the criteria and their points', async () => {
    await seed({ general: GENERAL, results: RESULTS });
    const wr = await openQ2('[data-testid="quarter-criteria-general"]');
    expect(wr.find('[data-testid="quarter-criteria-general"] legend').text()).toBe('Nhóm tiêu chí chung (tối đa 30 điểm)');
    expect(wr.findAll('[data-testid="quarter-criteria-general"] label').map((l) => l.text())).toEqual([
      'Tư tưởng chính trị, đạo đức (tối đa 15 điểm)',
      'Ý thức tổ chức kỷ luật (tối đa 15 điểm)',
    ]);
    expect(wr.findAll('[data-testid="quarter-criteria-results"] label').map((l) => l.text())).toEqual(['Kết quả thực hiện nhiệm vụ được giao (tối đa 70 điểm)']);
    expect(sum(wr, 'general')).toBe('Cộng: 0/30');

    await type(wr, 'Tư tưởng chính trị', '12');
    expect(sum(wr, 'general')).toBe('Cộng: 12/30');
    expect(wr.find('[data-testid="quarter-criteria-general"]').text()).toContain('Còn 1 tiêu chí chưa có điểm.');
    await type(wr, 'Ý thức tổ chức', '14');
    expect(sum(wr, 'general')).toBe('Cộng: 26/30');
    expect(wr.find('[data-testid="quarter-criteria-general"]').text()).not.toContain('chưa có điểm');
    await type(wr, 'Kết quả thực hiện nhiệm vụ được giao', '60,5');
    expect(sum(wr, 'results')).toBe('Cộng: 60,5/70');
    expect(wr.find('[data-testid="quarter-total"]').text()).toMatch(/^Tổng điểm: 86,5\/100/);

    await save(wr);
    await until(() => wr.find('[data-testid="quarter-save-status"]').text() === 'Đã lưu đánh giá Quý II năm 2026.', 'saved');
    const q = (await useWorklogStore().getLog(logId))!.quarters.find((x) => x.quarter === 2)!;
    expect(q.scores).toEqual({
      general: { score: 26, criteria: [{ ...GENERAL[0], score: 12 }, { ...GENERAL[1], score: 14 }] },
      results: { score: 60.5, criteria: [{ ...RESULTS[0], score: 60.5 }] },
    });
    wr.unmount();

    // Mounted again: the points of each criterion come back.
    const again = await openQ2('[data-testid="quarter-criteria-general"]');
    expect((field(again, 'Ý thức tổ chức').element as HTMLInputElement).value).toBe('14');
    expect(sum(again, 'general')).toBe('Cộng: 26/30');
    expect(sum(again, 'results')).toBe('Cộng: 60,5/70');
  });

  it.each([
    ['15', undefined, 'Cộng: 27/30'],
    ['15,5', 'Tối đa 15 điểm.', 'Cộng: 12/30'],
    ['16', 'Tối đa 15 điểm.', 'Cộng: 12/30'],
  ])('a criterion of at most 15 given %s: error %s, %s', async (typed, error, line) => {
    await seed({ general: GENERAL, results: RESULTS });
    const wr = await openQ2('[data-testid="quarter-criteria-general"]');
    await type(wr, 'Tư tưởng chính trị', '12');
    await type(wr, 'Ý thức tổ chức', typed);
    const input = field(wr, 'Ý thức tổ chức');
    expect(input.attributes('aria-invalid')).toBe(error ? 'true' : undefined);
    if (error) expect(wr.find(`#${CSS.escape(input.attributes('id')!)}-error`).text()).toBe(error);
    expect(sum(wr, 'general')).toBe(line);
  });

  it('a criterion over its max is not saved: the Vietnamese reason names it, nothing stored', async () => {
    await seed({ general: GENERAL, results: RESULTS });
    const wr = await openQ2('[data-testid="quarter-criteria-general"]');
    await type(wr, 'Tư tưởng chính trị', '12');
    await type(wr, 'Ý thức tổ chức', '16');
    await type(wr, 'Kết quả thực hiện nhiệm vụ được giao', '60');
    await save(wr);
    await until(() => wr.find('[data-testid="quarter-save-errors"]').exists(), 'the errors');
    expect(wr.find('[data-testid="quarter-save-errors"]').text()).toBe('Cần số điểm hợp lệ ở ô «Ý thức tổ chức kỷ luật».');
    expect((await useWorklogStore().getLog(logId))!.quarters).toEqual([]);
  });

  it('an overlay that sets criteria for one group only: the other keeps its single box', async () => {
    await seed({ general: GENERAL });
    const wr = await openQ2('[data-testid="quarter-criteria-general"]');
    expect(wr.find('[data-testid="quarter-criteria-results"]').exists()).toBe(false);
    await type(wr, 'Tư tưởng chính trị', '15');
    await type(wr, 'Ý thức tổ chức', '15');
    await type(wr, 'Nhóm tiêu chí về kết quả', '70');
    await save(wr);
    await until(() => wr.find('[data-testid="quarter-save-status"]').text().startsWith('Đã lưu'), 'saved');
    const q = (await useWorklogStore().getLog(logId))!.quarters[0]!;
    expect(q.scores).toEqual({ general: { score: 30, criteria: [{ ...GENERAL[0], score: 15 }, { ...GENERAL[1], score: 15 }] }, results: { score: 70 } });
  });

  it('without an overlay: the two group totals, as before, saved without criteria', async () => {
    await seed();
    const wr = await openQ2('[data-testid="quarter-form"]');
    expect(wr.find('[data-testid="quarter-criteria-general"]').exists()).toBe(false);
    expect(wr.find('[data-testid="quarter-criteria-results"]').exists()).toBe(false);
    expect(wr.findAll('.scores label').map((l) => l.text())).toEqual([
      'Nhóm tiêu chí chung (tối đa 30 điểm)',
      'Nhóm tiêu chí về kết quả thực hiện nhiệm vụ (tối đa 70 điểm)',
    ]);
    expect(wr.text()).not.toContain('Cộng:');
    await type(wr, 'Nhóm tiêu chí chung', '26');
    await type(wr, 'Nhóm tiêu chí về kết quả', '60');
    await save(wr);
    await until(() => wr.find('[data-testid="quarter-save-status"]').text().startsWith('Đã lưu'), 'saved');
    expect((await useWorklogStore().getLog(logId))!.quarters[0]!.scores).toEqual({ general: { score: 26 }, results: { score: 60 } });
  });
});
