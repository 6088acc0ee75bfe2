import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mount, type VueWrapper } from '@vue/test-utils';
import { createPinia, setActivePinia, type Pinia } from 'pinia';
import GradeScreen from '../../../components/grading/GradeScreen.vue';
import { putDraftRecord, useDatabase, type KiemDiemDB } from '../../../stores/db';
import { fixtureDraft, freshDb } from '../../stores/fixtures';
import { until } from '../../helpers/until';

/** The grade-check screen over fake-indexeddb: draft → case → result; an unknown becomes a question; answering decides it. */
let db: KiemDiemDB;
let pinia: Pinia;
let wrapper: VueWrapper | undefined;


const excellent = () =>
  fixtureDraft('qd366-2025-02B', {
    id: 'd-1',
    updatedAt: 2_000,
    assessment: { proposedGrade: 'HTXSNV', scores: { common: 28, results: 64 }, criterionLevels: {}, dismissedFlags: {} },
    facts: {
      tasks: [
        { id: 't1', name: 'A', target: '', result: '', completed: true, onTime: true, exceeded: true },
        { id: 't2', name: 'B', target: '', result: '', completed: true, onTime: true },
      ],
      achievements: [], shortcomings: [], suggestions: [], carryOver: [],
    },
  });

beforeEach(() => {
  db = useDatabase(freshDb('grade'));
  pinia = createPinia();
  setActivePinia(pinia);
});
afterEach(async () => {
  wrapper?.unmount();
  wrapper = undefined;
  db.close();
});

const text = () => wrapper!.text();
const conditionStatus = (fragment: string) =>
  wrapper!.findAll('[data-testid="grade-condition"]').find((c) => c.text().includes(fragment))?.attributes('data-status');

describe('GradeScreen', () => {
  it('checks the most recent draft; the prior-shortcomings question decides HTXSNV', async () => {
    await putDraftRecord(db, fixtureDraft('qd366-2025-02A', { id: 'older', updatedAt: 1_000 }));
    await putDraftRecord(db, excellent());
    wrapper = mount(GradeScreen, { global: { plugins: [pinia] }, attachTo: document.body });
    await until(() => wrapper!.find('[data-testid="grade-proposal"]').exists(), 'the result');

    expect((wrapper.find('#grade-draft').element as HTMLSelectElement).value).toBe('d-1');
    expect(wrapper.find('[data-testid="grade-score"]').text()).toContain('Tổng điểm: 92/100');
    // Facts still missing: the headline says what is known, not a bold KHTNV.
    expect(wrapper.find('[data-testid="grade-highest"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="grade-incomplete"]').text()).toBe(
      'Chưa đủ thông tin để kết luận — còn 5 câu hỏi; nếu trả lời được, cao nhất có thể: Hoàn thành xuất sắc nhiệm vụ (HTXSNV)',
    );
    expect(wrapper.find('[data-testid="grade-pending"]').text()).toBe('Còn 5 câu hỏi cần trả lời.');
    expect(wrapper.find('[data-testid="grade-known"]').text()).toBe('Với thông tin đã có, được phép tới: Hoàn thành tốt nhiệm vụ (HTTNV)');
    expect(wrapper.find('[data-testid="grade-proposal"]').text()).toMatch(/^✗ Mức đề xuất "Hoàn thành xuất sắc nhiệm vụ \(HTXSNV\)" chưa được phép/);
    expect(conditionStatus('Đã khắc phục 100% hạn chế')).toBe('unknown');
    expect(text()).toContain('QĐ 366 Điều 11 (Hoàn thành xuất sắc nhiệm vụ)');
    // Task counts come from the draft: shown read-only, not asked.
    const tasks = wrapper.find('[data-question="tasks"]');
    expect(tasks.attributes('data-held')).toBe('draft');
    expect(tasks.findAll('input, select')).toHaveLength(0);
    expect(tasks.text()).toContain('Tổng số nhiệm vụ, chỉ tiêu: 2 (lấy từ bản kiểm điểm)');

    const q = wrapper.find('[data-question="priorShortcomings"]');
    expect(q.text()).toContain('Chưa trả lời — xác định 1 điều kiện');
    const [total, remedied] = q.findAll('input');
    await total!.setValue('2');
    await remedied!.setValue('1');
    await until(() => conditionStatus('Đã khắc phục 100% hạn chế') === 'unmet', 'the condition unmet');
    await remedied!.setValue('2');
    await until(() => conditionStatus('Đã khắc phục 100% hạn chế') === 'met', 'the condition met');
    expect(wrapper.find('[data-testid="grade-proposal"]').text()).toMatch(/^✓ Mức đề xuất "Hoàn thành xuất sắc nhiệm vụ \(HTXSNV\)" được phép/);
    expect(wrapper.find('[data-question="priorShortcomings"]').text()).toContain('Đã trả lời');

    let saved: unknown;
    await until(() => {
      void db.drafts.get('d-1').then((d) => (saved = d?.assessment.checkAnswers));
      return JSON.stringify(saved) === JSON.stringify({ raw: { 'priorShortcomings.total': '2', 'priorShortcomings.remedied': '2' }, notApplicable: [], readings: {} });
    }, 'the answers saved in the draft');
  });

  it('follows the draft live: a lower score in the editor lowers the result', async () => {
    await putDraftRecord(db, excellent());
    wrapper = mount(GradeScreen, { global: { plugins: [pinia] } });
    await until(() => text().includes('Tổng điểm: 92/100'), 'the score');
    const d = (await db.drafts.get('d-1'))!;
    await putDraftRecord(db, { ...d, assessment: { ...d.assessment, scores: { common: 20, results: 40 } } });
    await until(() => text().includes('Tổng điểm: 60/100'), 'the new score');
    expect(wrapper.find('[data-testid="grade-highest"]').text()).toBe('Mức cao nhất được phép: Hoàn thành nhiệm vụ (HTNV)');
  });

  it('a yes/no trigger answered "Có" makes KHTNV the highest grade; a wrong count is refused in Vietnamese', async () => {
    await putDraftRecord(db, excellent());
    wrapper = mount(GradeScreen, { global: { plugins: [pinia] } });
    await until(() => wrapper!.find('[data-question="forbiddenActs"]').exists(), 'the question');
    const yes = wrapper.find('[data-question="forbiddenActs"]').findAll('input[type="radio"]')[0]!;
    await yes.setValue(true);
    await until(() => wrapper!.find('[data-testid="grade-highest"]').text().includes('KHTNV'), 'KHTNV');
    expect(conditionStatus('Vi phạm những điều đảng viên không được làm')).toBe('met');
    expect(text()).toContain('✗ Thuộc trường hợp này');

    const total = wrapper.find('[data-question="priorShortcomings"]').find('input');
    await total.setValue('1,5');
    expect(wrapper.find('[data-question="priorShortcomings"] [role="alert"]').text()).toBe('Cần số nguyên từ 0 đến 100.000.');
  });

  it('without a draft: year, proposed grade and scores typed on the screen', async () => {
    wrapper = mount(GradeScreen, { global: { plugins: [pinia] } });
    await until(() => wrapper!.find('[data-question="scores"]').exists(), 'the standalone form');
    expect((wrapper.find('#grade-draft').element as HTMLSelectElement).value).toBe('');
    const [common, results] = wrapper.find('[data-question="scores"]').findAll('input');
    await common!.setValue('25');
    await results!.setValue('50');
    await until(() => text().includes('Tổng điểm: 75/100'), 'the score');
    expect(text()).toContain('khung điểm: Hoàn thành tốt nhiệm vụ (HTTNV)');
  });
});
