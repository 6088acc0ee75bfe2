import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mount, type VueWrapper } from '@vue/test-utils';
import { createPinia, setActivePinia, type Pinia } from 'pinia';
import GradeScreen from '../../../components/grading/GradeScreen.vue';
import GradeCheck from '../../../components/grading/GradeCheck.vue';
import type { Draft } from '../../../domain/schemas/draft';
import type { Task } from '../../../domain/schemas/facts';
import { putDraftRecord, useDatabase, type KiemDiemDB } from '../../../stores/db';
import { fixtureDraft, freshDb } from '../../stores/fixtures';
import { until } from '../../helpers/until';

/**
 * The grade check reads the draft as the person-year's fact base and writes its answers into it: answers survive
 * a reload, "0" is a value, a fact the draft holds is not asked, "does not apply", the headline while facts are
 * missing, the readings beside the verdict, the reference date and the profile facts the status hangs on.
 */
let db: KiemDiemDB;
let pinia: Pinia;
let wrapper: VueWrapper | undefined;

const task = (id: string, over: Partial<Task>): Task => ({ id, name: `Nhiệm vụ ${id}`, target: '', result: '', ...over });
const draft02B = (over: Partial<Draft['facts']> = {}, id = 'd-1') =>
  fixtureDraft('qd366-2025-02B', {
    id,
    updatedAt: 2_000,
    assessment: { proposedGrade: 'HTXSNV', scores: { common: 28, results: 64 }, criterionLevels: {}, dismissedFlags: {} },
    facts: {
      tasks: [task('a', { completed: true, onTime: true, exceeded: true }), task('b', { completed: true, onTime: true })],
      achievements: [], shortcomings: [], suggestions: [], carryOver: [],
      ...over,
    },
  });

beforeEach(() => {
  db = useDatabase(freshDb('grade-answers'));
  pinia = createPinia();
  setActivePinia(pinia);
});
afterEach(() => {
  wrapper?.unmount();
  wrapper = undefined;
  db.close();
  vi.useRealTimers();
  sessionStorage.clear();
});

async function open(): Promise<VueWrapper> {
  wrapper = mount(GradeScreen, { global: { plugins: [pinia] }, attachTo: document.body });
  await until(() => wrapper!.find('[data-testid="grade-result"]').exists(), 'the result');
  return wrapper;
}
/** A new page: a new store, the same database. */
async function reload(): Promise<VueWrapper> {
  wrapper?.unmount();
  pinia = createPinia();
  setActivePinia(pinia);
  return open();
}
const q = (id: string) => wrapper!.get(`[data-question="${id}"]`);
const inputOf = (id: string, label: string) => {
  const l = q(id).findAll('label').find((x) => x.text() === label)!;
  return q(id).get(`[id="${l.attributes('for')}"]`);
};
const radio = (id: string, text: 'Có' | 'Không' | 'Chưa trả lời') => q(id).findAll('label').find((l) => l.text() === text)!.get('input');
const conditionStatus = (fragment: string) =>
  wrapper!.findAll('[data-testid="grade-condition"]').find((c) => c.text().includes(fragment))?.attributes('data-status');
const stored = async () => (await db.drafts.get('d-1'))?.assessment.checkAnswers;
const pending = () => wrapper!.get('[data-testid="grade-pending"]').text();

describe('answers live in the draft', () => {
  it('"0 nếu không có" keeps the result (regression: a half-answered block removed the whole panel)', async () => {
    await putDraftRecord(db, draft02B());
    await open();
    expect(pending()).toBe('Còn 5 câu hỏi cần trả lời.');
    await inputOf('priorShortcomings', 'Số hạn chế, khuyết điểm kỳ trước (0 nếu không có)').setValue('0');
    await until(() => conditionStatus('Đã khắc phục 100% hạn chế') === 'met', 'the condition met by 0');
    expect(wrapper!.find('[data-testid="grade-result"]').exists()).toBe(true);
    expect(pending()).toBe('Còn 4 câu hỏi cần trả lời.');
  });

  it('with tasks in the draft the answers are saved (no «facts.tasks.total» error) and are all there after a reload', async () => {
    await putDraftRecord(db, draft02B());
    await open();
    await q('discipline').get('select').setValue('none');
    await radio('forbiddenActs', 'Không').setValue(true);
    await inputOf('priorShortcomings', 'Số hạn chế, khuyết điểm kỳ trước (0 nếu không có)').setValue('2');
    await inputOf('priorShortcomings', 'Số đã khắc phục xong').setValue('12');
    // A problem is said beside its field, in words; the typed text stays.
    await until(() => q('priorShortcomings').find('[role="alert"]').exists(), 'the problem beside the field');
    expect(q('priorShortcomings').get('[role="alert"]').text()).toBe('Số đã khắc phục (12) lớn hơn số hạn chế, khuyết điểm kỳ trước (2).');
    await until(async () => (await stored())?.raw['priorShortcomings.remedied'] === '12', 'the answers in the draft');
    expect((await stored())?.raw).toEqual({ 'discipline.form': 'none', forbiddenActs: 'false', 'priorShortcomings.total': '2', 'priorShortcomings.remedied': '12' });
    expect(wrapper!.text()).not.toMatch(/facts\.|«tasks/);

    await reload();
    expect((q('discipline').get('select').element as HTMLSelectElement).value).toBe('none');
    expect((radio('forbiddenActs', 'Không').element as HTMLInputElement).checked).toBe(true);
    expect((inputOf('priorShortcomings', 'Số hạn chế, khuyết điểm kỳ trước (0 nếu không có)').element as HTMLInputElement).value).toBe('2');
    expect((inputOf('priorShortcomings', 'Số đã khắc phục xong').element as HTMLInputElement).value).toBe('12');
    expect(q('priorShortcomings').get('[role="alert"]').text()).toBe('Số đã khắc phục (12) lớn hơn số hạn chế, khuyết điểm kỳ trước (2).');
  });

  it('an older grade-facts:<draftId> record is read, and the first answer moves it into the draft', async () => {
    await putDraftRecord(db, draft02B());
    await db.settings.put({ key: 'grade-facts:d-1', value: { v: 1, facts: { forbiddenActs: false, priorShortcomings: { total: 1, remedied: 1 } } } });
    await open();
    expect((radio('forbiddenActs', 'Không').element as HTMLInputElement).checked).toBe(true);
    expect(conditionStatus('Đã khắc phục 100% hạn chế')).toBe('met');
    await radio('exemplaryBreach', 'Không').setValue(true);
    await until(async () => (await stored())?.raw.exemplaryBreach === 'false', 'the answers in the draft');
    expect((await stored())?.raw).toEqual({ 'priorShortcomings.total': '1', 'priorShortcomings.remedied': '1', forbiddenActs: 'false', exemplaryBreach: 'false' });
    await until(async () => (await db.settings.get('grade-facts:d-1')) === undefined, 'the older record deleted');
  });

  it('without a draft the check keeps its own record; an older one is read and rewritten as answers', async () => {
    await db.settings.put({ key: 'grade-facts:standalone', value: { v: 1, reviewYear: 2025, facts: { scores: { common: 25 } } } });
    await open();
    expect((inputOf('scores', 'Nhóm tiêu chí chung (tối đa 30 điểm)').element as HTMLInputElement).value).toBe('25');
    await inputOf('scores', 'Nhóm kết quả thực hiện nhiệm vụ (tối đa 70 điểm)').setValue('50,5');
    await until(() => wrapper!.text().includes('Tổng điểm: 75,5/100'), 'the score');
    await until(async () => JSON.stringify((await db.settings.get('grade-facts:standalone'))?.value).includes('50,5'), 'saved');
    expect((await db.settings.get('grade-facts:standalone'))?.value).toMatchObject({ facts: {}, answers: { raw: { 'scores.common': '25', 'scores.results': '50,5' } } });
    await reload();
    expect((inputOf('scores', 'Nhóm kết quả thực hiện nhiệm vụ (tối đa 70 điểm)').element as HTMLInputElement).value).toBe('50,5');
  });

  it('inside the editor the answers go to its working copy', async () => {
    const d = draft02B();
    await putDraftRecord(db, d);
    wrapper = mount(GradeCheck, { props: { draftId: 'd-1', draft: d }, global: { plugins: [pinia] } });
    await until(() => wrapper!.find('[data-question="forbiddenActs"]').exists(), 'the question');
    await radio('forbiddenActs', 'Có').setValue(true);
    const [mutate] = (wrapper.emitted('editDraft') ?? [])[0] as [(d: Draft) => void];
    const copy = structuredClone(d);
    mutate(copy);
    expect(copy.assessment.checkAnswers?.raw).toEqual({ forbiddenActs: 'true' });
  });
});

describe('facts the draft holds are not asked', () => {
  it('3 tasks, 2 on time and 1 late: shown read-only from the draft, with the way to edit them there', async () => {
    await putDraftRecord(db, draft02B({ tasks: [task('a', { completed: true, onTime: true }), task('b', { completed: true, onTime: true }), task('c', { completed: true, onTime: false })] }));
    await open();
    const tasks = q('tasks');
    expect(tasks.findAll('input, select')).toHaveLength(0);
    expect(tasks.text()).toContain('Hoàn thành đúng hạn, bảo đảm chất lượng: 2 (lấy từ bản kiểm điểm)');
    expect(tasks.text()).toContain('Chưa bảo đảm tiến độ (chậm): 1 (lấy từ bản kiểm điểm)');
    expect(conditionStatus('số nhiệm vụ chưa bảo đảm tiến độ không vượt quá')).toBe('unmet');
    await tasks.findAll('button').find((b) => b.text() === 'Sửa trong bản kiểm điểm (mục A.I.2)')!.trigger('click');
    expect(wrapper!.emitted('navigate')).toEqual([['drafts']]);
    expect(sessionStorage.getItem('kd:focus-unit')).toBe('A.I.2');
    expect(sessionStorage.getItem('kd:focus-draft')).toBe('d-1');
  });

  it('a task without a result: what to add in the draft, not a number asked here', async () => {
    await putDraftRecord(db, draft02B({ tasks: [task('a', { completed: true, onTime: true }), task('b', {})] }));
    await open();
    expect(q('tasks').get('[data-testid="grade-held-missing"]').text()).toBe(
      'Cần bổ sung trong bản kiểm điểm: 1/2 nhiệm vụ chưa chọn kết quả thực hiện (đúng hạn, chậm tiến độ hay không hoàn thành).',
    );
    expect(q('tasks').findAll('input')).toHaveLength(0);
  });

  it("last period's shortcomings come from the carry-over list", async () => {
    await putDraftRecord(db, draft02B({ carryOver: [{ id: 'c1', shortcoming: 'Chậm báo cáo', detail: '', status: 'da-khac-phuc' }] }));
    await open();
    expect(q('priorShortcomings').attributes('data-held')).toBe('draft');
    expect(conditionStatus('Đã khắc phục 100% hạn chế')).toBe('met');
  });
});

describe('"does not apply"', () => {
  it('a leader may answer that the 5 basic socio-economic targets do not apply; a non-leader is never asked about a unit', async () => {
    await putDraftRecord(db, fixtureDraft('qd366-2025-02A', { id: 'd-1', updatedAt: 2_000 }));
    await open();
    const na = q('basicTargetsMissed').findAll('label').find((l) => l.text().startsWith('Không áp dụng'))!;
    expect(na.text()).toBe('Không áp dụng: không được giao 5 chỉ tiêu kinh tế – xã hội cơ bản (ví dụ trưởng phòng)');
    await na.get('input').setValue(true);
    await until(() => q('basicTargetsMissed').find('.clause').text() === 'Không áp dụng', 'answered "does not apply"');
    expect(inputOf('basicTargetsMissed', 'Số chỉ tiêu cơ bản không hoàn thành (0–5)').attributes('disabled')).toBe('');
    await until(async () => JSON.stringify((await stored())?.notApplicable) === '["basicTargetsMissed"]', 'kept in the draft');

    wrapper!.unmount();
    wrapper = undefined;
    await db.drafts.clear();
    await db.draftSummaries.clear();
    await putDraftRecord(db, draft02B());
    await reload();
    for (const id of ['basicTargetsMissed', 'leaderArea', 'leaderUnitGrades']) expect(wrapper!.find(`[data-question="${id}"]`).exists()).toBe(false);
  });
});

describe('the verdict', () => {
  it('missing facts: no bold KHTNV; a condition that really puts it there: KHTNV in bold', async () => {
    await putDraftRecord(db, draft02B());
    await open();
    expect(wrapper!.find('[data-testid="grade-highest"]').exists()).toBe(false);
    expect(wrapper!.get('[data-testid="grade-incomplete"]').text()).toMatch(/^Chưa đủ thông tin để kết luận — còn 5 câu hỏi; nếu trả lời được, cao nhất có thể: Hoàn thành xuất sắc nhiệm vụ \(HTXSNV\)$/);
    await radio('forbiddenActs', 'Có').setValue(true);
    await until(() => wrapper!.find('[data-testid="grade-highest"]').exists(), 'the conclusion');
    expect(wrapper!.get('[data-testid="grade-highest"]').text()).toBe('Mức cao nhất được phép: Không hoàn thành nhiệm vụ (KHTNV)');
    expect(wrapper!.get('[data-testid="grade-highest"] strong').text()).toBe('Không hoàn thành nhiệm vụ (KHTNV)');
    expect(wrapper!.find('[data-testid="grade-incomplete"]').exists()).toBe(false);
  });

  it('the readings beside the verdict: default with its clause, «đổi» keeps the choice in the draft', async () => {
    await putDraftRecord(db, draft02B());
    await open();
    const line = () => wrapper!.get('[data-reading="quotaReading"]');
    expect(line().get('p').text()).toMatch(
      /^Theo cách hiểu: tỉ lệ "Hoàn thành xuất sắc nhiệm vụ" tính trên số được xếp loại "Hoàn thành tốt nhiệm vụ" \(đọc theo nghĩa đen\) \(mặc định\) — QĐ 366 Điều 11 \(tỉ lệ Hoàn thành xuất sắc nhiệm vụ\)[\s\S]*— đổi$/,
    );
    await line().findAll('button').find((b) => b.text() === 'đổi')!.trigger('click');
    const pool = line().findAll('label').find((l) => l.text().startsWith('tỉ lệ "Hoàn thành xuất sắc nhiệm vụ" tính trên số được xếp loại từ'))!;
    await pool.get('input').setValue(true);
    await until(() => line().get('p').text().includes('(đã đổi)'), 'the reading changed');
    await until(async () => (await stored())?.readings.quotaReading === 'pool', 'kept in the draft');
  });

  it('a leader: head above own collective, a warning by default (QĐ 366 Điều 3)', async () => {
    await putDraftRecord(db, fixtureDraft('qd366-2025-02A', { id: 'd-1', updatedAt: 2_000 }));
    await open();
    expect(wrapper!.get('[data-reading="headNotAboveCollective"]').text()).toContain(
      'Theo cách hiểu: người đứng đầu được xếp loại cao hơn tập thể do mình đứng đầu thì chỉ cảnh báo (mặc định) — QĐ 366 Điều 3',
    );
  });

  it('the reference date is said once; «đổi» sets the meeting date in the profile', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-06-01T08:00:00'));
    await putDraftRecord(db, draft02B());
    await open();
    const ref = () => wrapper!.get('[data-testid="grade-reference"]').text().replace(/\s+/g, ' ');
    expect(ref()).toBe('Tính đến ngày 31/12/2025 (cuối năm kiểm điểm; chưa nhập ngày họp kiểm điểm) — đổi');
    expect(wrapper!.findAll('[data-testid="grade-reference"]')).toHaveLength(1);
    await wrapper!.get('[data-testid="grade-reference"] button').trigger('click');
    const l = wrapper!.findAll('label').find((x) => x.text() === 'Ngày họp kiểm điểm')!;
    await wrapper!.get(`[id="${l.attributes('for')}"]`).setValue('20/12/2025');
    await until(() => ref().startsWith('Tính đến ngày 20/12/2025 (ngày họp kiểm điểm đã nhập)'), 'the meeting date used');
    expect((await db.drafts.get('d-1'))?.profile?.reviewDate).toBe('2025-12-20');
  });

  it('the status hangs on a post\'s start date: asked here, written to the profile', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-06-01T08:00:00'));
    await putDraftRecord(db, fixtureDraft('qd366-2025-02A', { id: 'd-1', updatedAt: 2_000 }));
    await open();
    const missing = () => wrapper!.find('[data-testid="grade-subject-missing"]');
    expect(missing().text()).toContain('Chưa xác định được có đánh giá, xếp loại hay không');
    const label = missing().findAll('label').find((x) => x.text() === 'Đồng chí giữ chức vụ «Phó Chánh Văn phòng» từ ngày nào?')!;
    await missing().get(`[id="${label.attributes('for')}"]`).setValue('01/01/2020');
    await until(async () => (await db.drafts.get('d-1'))?.profile?.subject.kind === 'individual' && JSON.stringify((await db.drafts.get('d-1'))?.profile).includes('"startDate":"2020-01-01"'), 'the start date in the profile');
  });
});
