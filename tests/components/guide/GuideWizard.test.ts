import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mount, type VueWrapper } from '@vue/test-utils';
import { createPinia, setActivePinia, type Pinia } from 'pinia';
import GuideWizard from '../../../components/guide/GuideWizard.vue';
import { useDatabase, type KiemDiemDB } from '../../../stores/db';
import { freshDb } from '../../stores/fixtures';
import type { Profile } from '../../../domain/schemas/profile';
import { until } from '../../helpers/until';

/** The role wizard against fake-indexeddb: stepping, Back, blocking on a missing answer, saving as it goes. */
let db: KiemDiemDB;
let pinia: Pinia;
let wrapper: VueWrapper | undefined;

const tick = () => new Promise<void>((r) => setTimeout(r, 0));

function mountWizard(initial?: Profile, startField?: string) {
  wrapper = mount(GuideWizard, { props: { initial, startField, thisYear: 2025 }, global: { plugins: [pinia] }, attachTo: document.body });
  return wrapper;
}
const w = () => wrapper!;
const progress = () => w().get('[data-testid="wizard-progress"]').text();
const labelled = (text: string) => {
  const label = w().findAll('label').find((l) => l.text() === text);
  if (!label) throw new Error(`no label «${text}» in: ${w().findAll('label').map((l) => l.text()).join(' | ')}`);
  return w().get(`#${label.attributes('for')}`);
};
async function next() {
  const before = progress();
  await w().get('form').trigger('submit');
  await until(() => progress() !== before || w().emitted('done') !== undefined || w().find('[role="alert"]').exists(), 'the step changes');
}
async function choose(text: string) {
  await labelled(text).setValue(true);
  await next();
}
const stored = async () => (await db.profiles.toArray()).map((r) => r.profile);

beforeEach(() => {
  pinia = createPinia();
  setActivePinia(pinia);
  db = useDatabase(freshDb('guide-wizard'));
});
afterEach(async () => {
  wrapper?.unmount();
  wrapper = undefined;
  await db.delete();
});

describe('GuideWizard stepping and saving', () => {
  it.each<[string, (() => Promise<void>)[], string, Record<string, unknown>]>([
    [
      'retiree',
      [() => choose('Cho bản thân (cá nhân)'), () => choose('Năm 2024'), () => choose('Hưu trí'), () => choose('Không'), () => choose('Đảng viên chính thức'), next],
      'Câu 6',
      { reviewYear: 2024, subject: { kind: 'individual', occupation: 'huu-tri', leadershipPosts: [], sickLeaveMonths: 0, maternityLeave: false, movedUnitThisYear: false, temporaryMembership: false } },
    ],
    [
      'department head',
      [
        () => choose('Cho bản thân (cá nhân)'), () => choose('Năm 2025'), () => choose('Công chức'),
        async () => {
          await labelled('Có (nhập từng chức vụ)').setValue(true);
          await labelled('Chức vụ 1 (tên chức vụ, đơn vị)').setValue('Trưởng phòng Tổ chức');
          await labelled('Là người đứng đầu (bí thư, thủ trưởng, trưởng phòng, chủ tịch…)').setValue(true);
          await next();
        },
        () => choose('Đảng viên chính thức'), next,
        async () => {
          await labelled('Đồng chí giữ chức vụ «Trưởng phòng Tổ chức» từ ngày nào?').setValue('2021-03-01');
          await next();
        },
      ],
      'Câu 7',
      { reviewYear: 2025, subject: { kind: 'individual', occupation: 'cong-chuc', leadershipPosts: [{ title: 'Trưởng phòng Tổ chức', isHead: true, concurrent: false, centrallyManaged: false, startDate: '2021-03-01' }] } },
    ],
    [
      'chi bộ',
      [
        () => choose('Cho một tập thể (chi bộ, cấp ủy, tập thể lãnh đạo)'), () => choose('Năm 2025'), () => choose('Chi bộ cơ sở'),
        async () => {
          await labelled('Tập thể có bao nhiêu thành viên?').setValue('4');
          await next();
        },
        next,
        () => choose('Không có chi ủy (chỉ có bí thư)'),
      ],
      'Câu 6',
      { reviewYear: 2025, subject: { kind: 'collective', collectiveKind: 'chi-bo-co-so', memberCount: 4, hasCommittee: false } },
    ],
  ])('%s: every step saved, done emitted with the profile', async (_who, steps, lastProgress, expected) => {
    mountWizard();
    expect(progress()).toMatch(/^Câu 1$/);
    for (const [i, step] of steps.entries()) {
      if (i === steps.length - 1) expect(progress()).toBe(lastProgress);
      await step();
    }
    const done = w().emitted('done');
    expect(done).toHaveLength(1);
    expect(done![0]![0]).toMatchObject(expected);
    await until(async () => (await stored())[0]?.subject.kind === (expected.subject as { kind: string }).kind, 'saved');
    const all = await stored();
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject(expected);
  });

  it('the first answer is saved at once (nothing lost on close), with this year as the default year', async () => {
    mountWizard();
    await labelled('Cho bản thân (cá nhân)').setValue(true);
    await until(async () => (await stored()).length === 1, 'first save');
    expect((await stored())[0]).toMatchObject({ reviewYear: 2025, subject: { kind: 'individual' } });
    await labelled('Cho bản thân (cá nhân)').setValue(true);
    await next();
    await choose('Năm 2023');
    await until(async () => (await stored())[0]?.reviewYear === 2023, 'year saved');
    expect(await db.profiles.count()).toBe(1);
  });

  it('a required question blocks Next; an optional one does not', async () => {
    mountWizard();
    await next();
    expect(progress()).toMatch(/^Câu 1$/);
    expect(w().get('[role="alert"]').text()).toContain('Hãy trả lời câu này');
    expect(await db.profiles.count()).toBe(0);
  });

  it('"yes" to posts without a title blocks, naming what is missing', async () => {
    mountWizard({ v: 1, reviewYear: 2025, subject: { kind: 'individual', fullName: '', partyStatus: 'chinh-thuc', occupation: 'cong-chuc', leadershipPosts: [] } }, 'subject.leadershipPosts');
    expect(progress()).toMatch(/^Câu 4$/);
    await labelled('Có (nhập từng chức vụ)').setValue(true);
    await next();
    expect(w().get('[role="alert"]').text()).toContain('nhập tên ít nhất một chức vụ');
    expect(progress()).toMatch(/^Câu 4$/);
  });

  it('Back keeps the answers; startField opens the question a guide unknown points to', async () => {
    const initial: Profile = { v: 1, id: 'p-9', reviewYear: 2025, subject: { kind: 'individual', fullName: '', partyStatus: 'chinh-thuc', occupation: 'huu-tri', leadershipPosts: [], movedUnitThisYear: true } };
    mountWizard(initial, 'subject.previousUnitMonths');
    expect(progress()).toBe('Câu 7');
    await labelled('Đồng chí đã sinh hoạt ở tổ chức đảng trước đây bao nhiêu tháng?').setValue('8');
    await next();
    expect(w().emitted('done')![0]![0]).toMatchObject({ id: 'p-9', subject: { previousUnitMonths: 8 } });
    await w().findAll('button').find((b) => b.text() === '← Quay lại')!.trigger('click');
    await tick();
    expect(progress()).toBe('Câu 6');
    await until(async () => (await db.profiles.get('p-9'))?.profile.subject.kind === 'individual', 'saved under its id');
  });
});
