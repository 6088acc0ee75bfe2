import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';

const platform = vi.hoisted(() => ({ extension: true }));
const pageFill = vi.hoisted(() => ({
  insertIntoFocusedField: vi.fn(),
  copyText: vi.fn(async () => true),
  scanPage: vi.fn(),
  fillPage: vi.fn(),
  loadSavedMapping: vi.fn(async () => undefined),
  saveMapping: vi.fn(),
}));
const target = vi.hoisted(() => ({ ok: true, target: { tabId: 7, url: 'https://dg.example.vn/phieu/1', origin: 'https://dg.example.vn', title: 'Phiếu' } }));

vi.mock('../../stores/platform', () => ({ isExtension: () => platform.extension }));
vi.mock('../../stores/page-fill', () => pageFill);
vi.mock('../../components/fill/useFillTarget', async () => {
  const { ref } = await import('vue');
  const access = ref(true);
  return { useFillTarget: () => ({ target: ref(target), access, refresh: vi.fn(async () => undefined), ensureAccess: vi.fn(async () => true) }) };
});
/** A 02C draft with two texts; `grade` sets its proposed grade (60 points: HTXSNV is above what the check allows). */
const draftState = vi.hoisted(() => ({ grade: undefined as string | undefined }));
vi.mock('../../stores/drafts', async () => {
  const { fixtureDraft } = await import('../stores/fixtures');
  const base = fixtureDraft('qd366-2025-02C');
  return {
    useDraftsStore: () => ({
      getDraft: async () => ({
        ...base,
        id: 'd1',
        sections: { 'A.II.1': { text: 'Còn chậm.' }, 'A.VI': { text: 'Sắp xếp lại.' } },
        assessment: { ...base.assessment, scores: { common: 20, results: 40 }, proposedGrade: draftState.grade },
      }),
    }),
  };
});

import FillInsertButton from '../../components/fill/FillInsertButton.vue';
import FillPageScreen from '../../components/fill/FillPageScreen.vue';

beforeEach(() => {
  setActivePinia(createPinia());
  vi.clearAllMocks();
  platform.extension = true;
  draftState.grade = undefined;
});

describe('FillInsertButton', () => {
  it('in the plain web app only "Sao chép" is offered', () => {
    platform.extension = false;
    const w = mount(FillInsertButton, { props: { text: 'Văn bản', label: 'Ưu điểm' } });
    expect(w.findAll('button').map((b) => b.text())).toEqual(['Sao chép']);
  });

  it.each([
    ['Chèn vào ô đang chọn', 'insert'],
    ['Thay nội dung ô đang chọn', 'replace'],
  ])('"%s" sends the text with mode %s and shows the outcome', async (name, mode) => {
    pageFill.insertIntoFocusedField.mockResolvedValue({ ok: true, canCopy: false, message: 'Đã chèn vào ô «Ưu điểm».' });
    const w = mount(FillInsertButton, { props: { text: 'Văn bản', label: 'Ưu điểm' } });
    await w.findAll('button').find((b) => b.text() === name)!.trigger('click');
    await flushPromises();
    expect(pageFill.insertIntoFocusedField).toHaveBeenCalledWith(target.target, 'Văn bản', mode, true);
    expect(w.find('[role="status"]').text()).toBe('Đã chèn vào ô «Ưu điểm».');
  });

  it('empty unit: insert buttons disabled', () => {
    const w = mount(FillInsertButton, { props: { text: '  ', label: 'Ưu điểm' } });
    expect(w.findAll('button').every((b) => b.attributes('disabled') !== undefined)).toBe(true);
  });
});

describe('FillPageScreen', () => {
  it('proposes pairs, lets the user change them, fills and lists what was filled', async () => {
    const fields = [
      { fieldId: 'f1', uid: '0:f1', frameId: 0, kind: 'input', label: 'Họ và tên', key: 'id:name', hasText: false },
      { fieldId: 'f2', uid: '0:f2', frameId: 0, kind: 'textarea', label: 'Hạn chế, khuyết điểm', key: 'id:q3', hasText: false },
      { fieldId: 'f3', uid: '0:f3', frameId: 0, kind: 'textarea', label: 'Phương hướng khắc phục', key: 'id:q5', hasText: true },
    ];
    pageFill.scanPage.mockResolvedValue({ ok: true, fields, foreignFrames: 0 });
    pageFill.fillPage.mockResolvedValue({ filled: [{ fieldId: '0:f2', label: 'Hạn chế, khuyết điểm' }], skipped: [], failedFrames: 0 });
    const w = mount(FillPageScreen, { props: { draftId: 'd1' } });
    await flushPromises();
    await w.findAll('button').find((b) => b.text() === 'Tìm các ô trên trang')!.trigger('click');
    await flushPromises();
    const selects = w.findAll('select');
    // "Họ và tên" is one of the names online systems use: the profile's name is proposed for it.
    expect(selects.map((s) => (s.element as HTMLSelectElement).value)).toEqual(['profile:fullName', 'A.II.1', 'A.VI']);
    await selects[0]!.setValue(''); // the user declines two pairs
    await selects[2]!.setValue('');
    await w.findAll('button').find((b) => b.text() === 'Điền 1 ô đã chọn')!.trigger('click');
    await flushPromises();
    expect(pageFill.fillPage).toHaveBeenCalledWith(target.target, [{ field: fields[1], text: 'Còn chậm.', mode: 'insert' }]);
    expect(w.find('[data-testid="fill-result"]').text()).toContain('Đã điền 1 ô:');
    expect(w.find('[data-testid="fill-result"]').text()).toContain('Hạn chế, khuyết điểm');
  });

  it('copying a proposed grade the check does not allow asks first, with the reason', async () => {
    platform.extension = false;
    draftState.grade = 'HTXSNV';
    const w = mount(FillPageScreen, { props: { draftId: 'd1' }, attachTo: document.body });
    await flushPromises();
    const row = w.findAll('li').find((li) => li.text().startsWith('Mức xếp loại đề xuất'))!;
    await row.find('button').trigger('click');
    await flushPromises();
    expect(pageFill.copyText).not.toHaveBeenCalled();
    expect(w.find('[data-testid="proposal-warning"]').text()).toMatch(/^Mức đề xuất «Hoàn thành xuất sắc nhiệm vụ» cao hơn mức mà dữ kiện cho phép/);
    await w.findAll('button').find((b) => b.text() === 'Vẫn sao chép')!.trigger('click');
    await flushPromises();
    expect(pageFill.copyText).toHaveBeenCalledWith('Hoàn thành xuất sắc nhiệm vụ');
    w.unmount();
  });

  it('an allowed grade, or none, is copied without asking', async () => {
    platform.extension = false;
    draftState.grade = 'HTNV';
    const w = mount(FillPageScreen, { props: { draftId: 'd1' } });
    await flushPromises();
    await w.findAll('li').find((li) => li.text().startsWith('Mức xếp loại đề xuất'))!.find('button').trigger('click');
    await flushPromises();
    expect(w.find('[data-testid="proposal-warning"]').exists()).toBe(false);
    expect(pageFill.copyText).toHaveBeenCalledWith('Hoàn thành nhiệm vụ');
  });
});
