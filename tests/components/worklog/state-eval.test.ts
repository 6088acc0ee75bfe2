import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { VueWrapper } from '@vue/test-utils';
import { createPinia, setActivePinia, type Pinia } from 'pinia';
import WorklogStateEval from '../../../components/worklog/WorklogStateEval.vue';
import { ProfileSchema } from '../../../domain/schemas/profile';
import { useDatabase, type KiemDiemDB } from '../../../stores/db';
import { useProfilesStore } from '../../../stores/profiles';
import { useWorklogStore } from '../../../stores/worklog';
import { freshDb } from '../../stores/fixtures';
import { documentXml, paragraphs } from '../../helpers/docx-xml';
import { until } from '../../helpers/until';
import { byText, field, mountTab } from './harness';

let db: KiemDiemDB;
let pinia: Pinia;
let w: VueWrapper | undefined;

beforeEach(() => {
  db = useDatabase(freshDb('worklog-state'));
  pinia = createPinia();
  setActivePinia(pinia);
});
afterEach(() => {
  w?.unmount();
  w = undefined;
  db.close();
  vi.restoreAllMocks();
});

const regime = (wr: VueWrapper) => wr.find('[data-testid="state-regime"]').text();
const choosePeriod = async (wr: VueWrapper, label: string) => {
  const select = field(wr, 'Kỳ đánh giá');
  const option = select.findAll('option').find((o) => o.text() === label)!;
  await select.setValue(option.attributes('value'));
};

describe('«Phiếu công chức, viên chức»', () => {
  it('a viên chức (asked, no profile): NĐ 90/2020 up to 30/6/2026, NĐ 233/2026 from 01/7/2026, the year 2026 split and uncertain', async () => {
    w = await mountTab(WorklogStateEval, pinia);
    const wr = w;
    expect(wr.find('[data-testid="state-form"]').exists()).toBe(false);
    await byText(wr, 'label', 'Viên chức').find('input').setValue(true);
    // the year straddles the change: no decree, the halves are offered
    expect(regime(wr)).toContain('Kỳ này gồm cả thời gian theo NĐ 90/2020 (đến 30/06/2026) và theo NĐ 233/2026 (từ 01/07/2026)');
    expect(regime(wr)).toContain('chưa chắc chắn');
    expect(wr.find('[data-testid="state-form"]').exists()).toBe(false);
    await choosePeriod(wr, 'Quý III năm 2026');
    expect(regime(wr)).toMatch(/^Áp dụng: Nghị định 233\/2026\/NĐ-CP\./);
    expect(wr.find('[data-testid="state-split-year"]').text()).toContain('chưa chắc chắn');
    expect(wr.find('[data-testid="state-form"]').exists()).toBe(true);
    await choosePeriod(wr, 'Tháng 7 năm 2026');
    expect(regime(wr)).toMatch(/^Áp dụng: Nghị định 233\/2026\/NĐ-CP\./);
    await choosePeriod(wr, 'Tháng 6 năm 2026');
    expect(regime(wr)).toMatch(/^Áp dụng: Nghị định 90\/2020\/NĐ-CP\./);
    await choosePeriod(wr, 'Từ 01/01 đến 30/06/2026');
    expect(regime(wr)).toMatch(/^Áp dụng: Nghị định 90\/2020\/NĐ-CP\./);
    expect(wr.find('[data-testid="state-basis"]').text()).toContain('QĐ 366 Điều 3 khoản 4');
  });

  it('a công chức (from the profile): NĐ 335 scored live, a warning above the band; saved into the log; the phiếu as Word', async () => {
    await useProfilesStore().saveProfile(ProfileSchema.parse({ reviewYear: 2026, subject: { kind: 'individual', fullName: 'Lê Văn Cường', occupation: 'cong-chuc' } }));
    const created: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => (created.push(b as Blob), 'blob:phieu'));
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    w = await mountTab(WorklogStateEval, pinia);
    const wr = w;
    await until(() => wr.find('[data-testid="state-occupation"]').exists(), 'the profile');
    expect(wr.find('[data-testid="state-occupation"]').text()).toBe('Đối tượng: Công chức (theo hồ sơ đang dùng).');
    expect(regime(wr)).toMatch(/^Áp dụng: Nghị định 335\/2025\/NĐ-CP\./);
    await field(wr, '1. Điểm tiêu chí chung').setValue('25');
    await field(wr, 'a) Số lượng').setValue('90');
    await field(wr, 'b) Chất lượng').setValue('90');
    await field(wr, 'c) Tiến độ').setValue('90');
    await field(wr, 'Tự đề xuất xếp loại').setValue('HTXSNV');
    expect(wr.find('[data-testid="state-total"]').text()).toBe('Tổng điểm: 88/100 (tiêu chí chung 25, kết quả thực hiện nhiệm vụ 63) — mức theo điểm: Hoàn thành tốt nhiệm vụ (HTTNV)');
    expect(wr.find('[data-testid="state-proposal-verdict"]').attributes('data-allowed')).toBe('false');
    await field(wr, '1. Điểm tiêu chí chung').setValue('31');
    expect(wr.text()).toContain('Tối đa 30 điểm.');
    await field(wr, '1. Điểm tiêu chí chung').setValue('28');
    expect(wr.find('[data-testid="state-proposal-verdict"]').attributes('data-allowed')).toBe('true');

    await byText(wr, 'button', 'Lưu phiếu').trigger('click');
    await until(() => wr.findAll('[data-testid="state-saved"]').length === 1, 'saved');
    expect(wr.find('[data-testid="state-saved"]').text()).toBe('Cả năm 2026: 91/100 điểm; tự đề xuất: Hoàn thành xuất sắc nhiệm vụ. Mở phiếu');
    const stored = await useWorklogStore().loadWorklog((await useWorklogStore().listLogs())[0]!.id);
    expect(stored?.stateEvaluations.map((s) => [s.regime, s.period, s.general, s.proposedGrade])).toEqual([['nd335-2025', { from: '2026-01-01', to: '2026-12-31' }, 28, 'HTXSNV']]);

    await byText(wr, 'button', 'Xuất Word (phiếu)').trigger('click');
    await until(() => wr.find('[data-testid="state-status"]').text().startsWith('Đã tạo tệp'), 'the file', { timeoutMs: 20_000 });
    expect(wr.find('[data-testid="state-status"]').text()).toBe('Đã tạo tệp Phieu-danh-gia-2026-01-01-2026-12-31-Le-Van-Cuong.docx.');
    const text = paragraphs(documentXml(new Uint8Array(await created[0]!.arrayBuffer()))).map((p) => p.text);
    expect(text).toContain('PHIẾU TỰ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG');
    expect(text).toContain('CÔNG CHỨC');
    expect(text).toContain('91/100');
  });
});
