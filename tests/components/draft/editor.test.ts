import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mount, type VueWrapper } from '@vue/test-utils';
import { createPinia, setActivePinia, type Pinia } from 'pinia';
import DraftEditor from '../../../components/draft/DraftEditor.vue';
import { useDatabase, type KiemDiemDB } from '../../../stores/db';
import { useDraftsStore } from '../../../stores/drafts';
import { newDraft } from '../../../domain/drafting';
import { ProfileSchema } from '../../../domain/schemas/profile';
import { freshDb } from '../../stores/fixtures';
import { until } from '../../helpers/until';

/**
 * FillInsertButton (components/fill, another screen's component) is stubbed: its setup talks to the fake `browser`.
 * The editor over fake-indexeddb: layout by the form, leader items by role, compose with the dialog and its history version. */
let db: KiemDiemDB;
let pinia: Pinia;
let w: VueWrapper | undefined;
beforeEach(async () => {
  pinia = createPinia();
  setActivePinia(pinia);
  db = freshDb('editor');
  useDatabase(db);
  await db.open();
});
afterEach(async () => {
  w?.unmount();
  w = undefined;
  await db.delete();
});


async function open(occupation: string, leadershipPosts: object[] = [], formCode?: '02A' | '02B', withProfile = true) {
  const profile = ProfileSchema.parse({ v: 1, reviewYear: 2025, subject: { kind: 'individual', fullName: 'Lê Thị B', occupation, leadershipPosts } });
  const base = newDraft({ id: `d-${occupation}-${formCode}-${withProfile}`, profile, reviewYear: 2025, now: 1, ...(formCode ? { formCode } : {}) });
  if (!withProfile) delete base.profile;
  const draft = await useDraftsStore().createDraft(base);
  w = mount(DraftEditor, { props: { draftId: draft.id }, global: { plugins: [pinia], stubs: { FillInsertButton: true } }, attachTo: document.body });
  await until(() => w!.find('[data-unit-block="A.I.1"]').exists(), 'the editor');
  return { draft, w };
}
const unitIds = (wr: VueWrapper) => wr.findAll('[data-unit-block]').map((u) => u.attributes('data-unit-block'));

describe('DraftEditor', () => {
  it.each([
    ['cong-chuc', [], 'Mẫu 02B-HD KĐ.ĐG 2025', false],
    ['cong-chuc', [{ title: 'Trưởng phòng', startDate: '2020-01-01' }], 'Mẫu 02A-HD KĐ.ĐG 2025', true],
  ])('%s with posts %j: %s, leader items shown: %s', async (occupation, posts, codeLabel, leader) => {
    const { w } = await open(occupation, posts);
    expect(w.text()).toContain(codeLabel);
    expect(unitIds(w).includes('A.I.5')).toBe(leader);
    expect(w.findAll('h3').map((h) => h.text())).toEqual(expect.arrayContaining(['A. NỘI DUNG KIỂM ĐIỂM', 'B. NỘI DUNG TỰ ĐÁNH GIÁ, XẾP LOẠI']));
    expect(unitIds(w)).toEqual(expect.arrayContaining(['A.I.1', 'A.I.2', 'A.II.1', 'A.II.2', 'A.III', 'A.IV', 'A.V', 'A.VI']));
    // Facts editors sit where the form composes from them.
    expect(w.get('[data-unit-block="A.I.2"]').text()).toContain('Nhiệm vụ được giao trong năm');
    expect(w.get('[data-unit-block="A.II.1"]').text()).toContain('Hạn chế, khuyết điểm trong năm');
    expect(w.get('[data-unit-block="A.III"]').text()).toContain('Hạn chế đã được chỉ ra ở kỳ trước');
    expect(w.get('[data-unit-block="A.IV"]').text()).toContain('Vấn đề được gợi ý kiểm điểm');
    // Every textarea and input has a label.
    for (const el of w.findAll('textarea, input:not([type="checkbox"]):not([type="radio"]), select')) {
      expect(document.querySelector(`label[for="${el.attributes('id')}"]`), el.html()).not.toBeNull();
    }
  });

  it.each([
    ['a non-leader profile: hidden', true, false, false],
    ['no profile: shown, with a note', false, true, true],
  ])('02A leader-only items with %s', async (_name, withProfile, shown, note) => {
    const { w } = await open('cong-chuc', [], '02A', withProfile);
    expect(['A.I.3', 'A.I.4', 'A.I.5'].map((id) => unitIds(w).includes(id))).toEqual([shown, shown, shown]);
    expect(w.text().includes('Nội dung dành cho cá nhân giữ chức vụ lãnh đạo, quản lý')).toBe(note);
  });

  it('"Soạn đoạn văn" over the user\'s text asks, and "Thay thế" keeps a before-compose version', async () => {
    const { draft, w } = await open('cong-chuc');
    const block = () => w.get('[data-unit-block="A.I.2"]');
    await block().get('textarea').setValue('Tôi tự viết đoạn này.');
    await block().findAll('button').find((b) => b.text() === 'Thêm nhiệm vụ')!.trigger('click');
    await until(() => block().find('[data-testid="task"] input').exists(), 'the task card');
    await block().get('[data-testid="task"] input').setValue('Thẩm định hồ sơ');
    await block().findAll('button').find((b) => b.text() === 'Soạn đoạn văn')!.trigger('click');
    await until(() => w.find('[role="dialog"]').exists(), 'the dialog');
    expect(block().get('textarea').element.value).toBe('Tôi tự viết đoạn này.');

    await w.get('[role="dialog"]').findAll('button').find((b) => b.text() === 'Thay thế')!.trigger('click');
    await until(() => !w.find('[role="dialog"]').exists(), 'the dialog to close');
    await until(() => block().get('textarea').element.value.startsWith('Hoàn thành 0/1 nhiệm vụ'), 'the composed text');
    const versions = await useDraftsStore().listVersions(draft.id);
    const kept = versions.find((v) => v.reason === 'before-compose');
    expect(kept?.draft.sections['A.I.2']?.text).toBe('Tôi tự viết đoạn này.');
  });
});
