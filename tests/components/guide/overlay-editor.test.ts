import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mount, type VueWrapper } from '@vue/test-utils';
import { createPinia, setActivePinia, type Pinia } from 'pinia';
import OverlayEditor from '../../../components/overlays/OverlayEditor.vue';
import { compactForm, formFromOverlay, labelOverlayErrors, overlayFromForm, type OverlayForm } from '../../../components/overlays/overlay-form';
import { getOverlay } from '../../../domain/overlays/index';
import { parseWith } from '../../../domain/schemas/errors';
import { OverlaySchema } from '../../../domain/schemas/overlay';
import { useDatabase, type KiemDiemDB } from '../../../stores/db';
import { freshDb } from '../../stores/fixtures';
import { until } from '../../helpers/until';

const form = (over: Partial<OverlayForm> = {}): OverlayForm => ({
  name: 'Hướng dẫn của Đảng ủy phường Thử',
  issuer: 'Ban Thường vụ Đảng ủy phường Thử',
  reviewYear: 2025,
  contents: [{ text: 'Liên hệ việc chuyển đổi số.', clause: 'Kế hoạch 12-KH/ĐU mục 2' }, { text: '', clause: '' }],
  deadlines: [{ date: '2025-12-05', what: 'Các chi bộ hoàn thành kiểm điểm', who: '' }],
  ...over,
});

describe('overlayFromForm', () => {
  it('builds a valid overlay file for the year, with clauses and the issuer as default "who"', () => {
    const r = parseWith(OverlaySchema, overlayFromForm(compactForm(form())));
    if (!r.ok) throw new Error(r.errors.join('\n'));
    expect(r.value.id).toBe('huong-dan-cua-dang-uy-phuong-thu-2025');
    expect(r.value.appliesTo).toEqual({ rulebookIds: ['qd366-2025'], reviewYears: [2025] });
    expect(r.value.contents).toHaveLength(1);
    expect(r.value.contents[0]).toMatchObject({ id: 'noi-dung-1', audience: ['everyone'], rule: { clause: 'Kế hoạch 12-KH/ĐU mục 2', certainty: 'secondary' } });
    expect(r.value.deadlines[0]).toMatchObject({ id: 'han-1', recurring: false, who: 'Ban Thường vụ Đảng ủy phường Thử', rule: { clause: r.value.name } });
  });

  it.each([
    [2023, ['qd124-2023']],
    [2025, ['qd366-2025']],
    [2017, []],
  ])('review year %s → rulebooks %j', (year, ids) => {
    expect(overlayFromForm(compactForm(form({ reviewYear: year }))).appliesTo.rulebookIds).toEqual(ids);
  });

  it('editing keeps what the editor does not show (audiences, form units, triggers, settings)', () => {
    const base = getOverlay('ha-tinh-2023')!;
    const edited = overlayFromForm(formFromOverlay(base, 2023), base);
    const r = parseWith(OverlaySchema, edited);
    if (!r.ok) throw new Error(r.errors.join('\n'));
    expect(r.value).toEqual(base);
  });

  it('errors name the row the unit head sees', () => {
    const r = parseWith(OverlaySchema, overlayFromForm(compactForm(form({ name: '', deadlines: [{ date: '', what: 'Nộp hồ sơ', who: '' }] }))));
    expect(r.ok).toBe(false);
    const lines = labelOverlayErrors(r.ok ? [] : r.errors);
    expect(lines).toContain('Tên hướng dẫn: không được để trống.');
    expect(lines).toContain('Thời hạn 1 (ngày): cần ngày dạng YYYY-MM-DD.');
  });
});

describe('OverlayEditor', () => {
  let db: KiemDiemDB;
  let pinia: Pinia;
  let wrapper: VueWrapper | undefined;
  beforeEach(() => {
    pinia = createPinia();
    setActivePinia(pinia);
    db = useDatabase(freshDb('overlay-editor'));
  });
  afterEach(async () => {
    wrapper?.unmount();
    await db.delete();
  });

  it.each([
    ['missing issuer', '', 0, 'Cơ quan ban hành: không được để trống.'],
    ['complete', 'Ban Thường vụ Đảng ủy phường Thử', 1, 'Đã lưu «Hướng dẫn năm 2025».'],
  ])('%s: "Lưu" stores %s… only when valid', async (_case, issuer, count, message) => {
    wrapper = mount(OverlayEditor, { props: { thisYear: 2025 }, global: { plugins: [pinia] } });
    await wrapper.get('#ov-name').setValue('Hướng dẫn năm 2025');
    await wrapper.get('#ov-issuer').setValue(issuer);
    await wrapper.get('#ov-content-0').setValue('Liên hệ việc chuyển đổi số.');
    await wrapper.get('#ov-date-0').setValue('2025-12-05');
    await wrapper.get('#ov-what-0').setValue('Các chi bộ hoàn thành kiểm điểm');
    await wrapper.get('form').trigger('submit');
    await until(() => wrapper!.text().includes(message), message);
    expect(await db.overlays.count()).toBe(count);
  });
});
