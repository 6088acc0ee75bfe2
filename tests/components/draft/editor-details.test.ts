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

/** The editor's drafting details: the B.I intro once, example dates of the draft's year. */
let db: KiemDiemDB;
let pinia: Pinia;
let w: VueWrapper | undefined;
beforeEach(async () => {
  pinia = createPinia();
  setActivePinia(pinia);
  db = freshDb('editor-details');
  useDatabase(db);
  await db.open();
});
afterEach(async () => {
  w?.unmount();
  w = undefined;
  await db.delete();
});

async function open(reviewYear: number) {
  const profile = ProfileSchema.parse({ v: 1, reviewYear, subject: { kind: 'individual', fullName: 'Lê Thị B', occupation: 'cong-chuc', leadershipPosts: [] } });
  const draft = await useDraftsStore().createDraft(newDraft({ id: `d-${reviewYear}`, profile, reviewYear, now: 1 }));
  w = mount(DraftEditor, { props: { draftId: draft.id }, global: { plugins: [pinia], stubs: { FillInsertButton: true } }, attachTo: document.body });
  await until(() => w!.find('[data-unit-block="A.VI"]').exists(), 'the editor');
  return w;
}

describe('DraftEditor drafting details', () => {
  it('the B.I sentence «Trên cơ sở cụ thể hoá khung tiêu chí…» is shown once', async () => {
    const wr = await open(2025);
    const text = wr.get('#section-B\\.I').text();
    expect(text.split('Trên cơ sở cụ thể hoá khung tiêu chí').length - 1).toBe(1);
  });

  it.each([
    [2025, 'năm 2026'],
    [2026, 'năm 2027'],
  ])('review year %i: the remedies example deadline is in %s', async (year, expected) => {
    const wr = await open(year);
    const guidance = wr.get('[data-unit-block="A.VI"] .guidance').text();
    expect(guidance).toContain(`hoàn thành trước ngày 30 tháng 6 ${expected}`);
    expect(guidance).not.toContain('{');
  });
});
