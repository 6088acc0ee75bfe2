import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import DraftWorklog from '../../../components/draft/DraftWorklog.vue';
import { useDatabase, type KiemDiemDB } from '../../../stores/db';
import { useWorklogStore } from '../../../stores/worklog';
import { taskCountsFromDraft } from '../../../domain/grading/from-draft';
import type { Draft } from '../../../domain/schemas/draft';
import { fixtureDraft, freshDb } from '../../stores/fixtures';

/** The annual draft's «Từ sổ công việc» card: counts, taking the tasks, the quarter grades with their rules. */
let db: KiemDiemDB;
beforeEach(async () => {
  setActivePinia(createPinia());
  db = useDatabase(freshDb('draft-worklog'));
  await db.open();
});
afterEach(async () => void (await db.delete()));

const settle = async () => {
  for (let i = 0; i < 20; i++) await flushPromises();
};
const q = (quarter: number, grade: string, decided = false) => ({
  year: 2026, quarter, scores: { general: { score: 25 }, results: { score: 55 } }, ...(decided ? { decidedGrade: grade } : { proposedGrade: grade }),
});

async function seed() {
  const s = useWorklogStore();
  const { id } = await s.openLog(2026);
  await s.putEntries(id, [
    { title: 'Báo cáo tổng kết', status: 'dung-han', doneOn: '2026-01-20' },
    { title: 'Thẩm định hồ sơ', status: 'cham', deadline: '2026-04-30', doneOn: '2026-05-06' },
    { title: 'Đề án số hóa', status: 'chua-hoan-thanh', deadline: '2026-10-31' },
    { title: 'Năm trước', status: 'dung-han', doneOn: '2025-12-30' },
  ]);
  await s.saveQuarter(id, q(1, 'HTTNV', true) as never);
  await s.saveQuarter(id, q(2, 'KHTNV') as never);
  return id;
}

function mountWith(draft: Draft) {
  const edits: ((d: Draft) => void)[] = [];
  const w = mount(DraftWorklog, { props: { draft, onEdit: (m: (d: Draft) => void) => edits.push(m) } });
  return { w, edits };
}

describe('DraftWorklog', () => {
  it('without a log of the year it says where to write one and offers nothing to take', async () => {
    const { w } = mountWith(fixtureDraft('qd366-2025-02A', { reviewYear: 2026 }));
    await settle();
    expect(w.text()).toContain('Chưa có công việc nào của năm 2026 trong sổ');
    expect(w.findAll('button')).toHaveLength(0);
  });

  it('shows the year counts, takes the tasks into the draft, and the draft then counts the same', async () => {
    await seed();
    const draft = fixtureDraft('qd366-2025-02A', { reviewYear: 2026 });
    draft.facts.tasks = [{ id: 'typed', name: 'Nhiệm vụ gõ tay', target: '', result: '', completed: true, onTime: true }];
    const { w, edits } = mountWith(draft);
    await settle();
    expect(w.get('[data-testid="draft-worklog-counts"]').text()).toMatch(/^3 nhiệm vụ: 1 đúng hạn, 1 chậm, 1 chưa hoàn thành, 0 vượt mức\./);
    await w.findAll('button').find((b) => b.text() === 'Lấy nhiệm vụ từ sổ công việc')!.trigger('click');
    expect(w.emitted('snapshot')).toHaveLength(1);
    edits[0]!(draft);
    expect(draft.facts.tasks.map((t) => t.name)).toEqual(['Báo cáo tổng kết', 'Thẩm định hồ sơ', 'Đề án số hóa', 'Nhiệm vụ gõ tay']);
    expect(taskCountsFromDraft(draft.facts.tasks)).toEqual({ total: 4, onTime: 2, late: 1, notCompleted: 1, exceeded: 0 });
    expect(w.text()).toContain('Đã lấy 3 nhiệm vụ từ sổ công việc: 3 mới, 0 cập nhật; giữ nguyên 1 nhiệm vụ gõ trong bản kiểm điểm.');
  });

  it('shows the quarter grades and the local rule a KHTNV quarter breaks, with its source', async () => {
    await seed();
    const { w } = mountWith(fixtureDraft('qd366-2025-02A', { reviewYear: 2026 }));
    await settle();
    const quarters = w.get('[data-testid="draft-worklog-quarters"]').text().replace(/\s+/g, ' ');
    expect(quarters).toContain('Quý I: Hoàn thành tốt nhiệm vụ (cấp có thẩm quyền quyết định) · Quý II: Không hoàn thành nhiệm vụ (tự đề xuất) · Quý III: chưa có · Quý IV: gộp vào đánh giá năm');
    expect(quarters).toMatch(/Không đạt \(HTXSNV\): Không có quý nào xếp loại «Không hoàn thành nhiệm vụ» \(quý 2 xếp loại KHTNV\)/);
    expect(quarters).toContain('không tính trung bình');
  });
});
