import { describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import DraftTasksEditor from '../../../components/draft/DraftTasksEditor.vue';
import type { Task } from '../../../domain/schemas/facts';
import { TaskSchema } from '../../../domain/schemas/facts';
import { composeSection } from '../../../domain/drafting';
import { writableUnits } from '../../../domain/forms';
import { QD366_FORM_02B } from '../../../domain/rulebooks/qd366-2025/forms/02b';

type Mutator = (tasks: Task[]) => void;
const task = (over: Partial<Task> = {}): Task => ({ id: 't1', name: 'Thẩm định hồ sơ', target: '120 hồ sơ', result: '', ...over });

/** Mounts the editor over `tasks` and applies every emitted edit to it, as the draft editor does. */
function editorOver(tasks: Task[]) {
  const w = mount(DraftTasksEditor, { props: { tasks } });
  const apply = async () => {
    for (const [m] of (w.emitted('edit') ?? []) as [Mutator][]) m(tasks);
    w.emitted('edit')?.splice(0);
    await w.setProps({ tasks: [...tasks] });
  };
  return { w, apply };
}
const inputByLabel = (w: ReturnType<typeof mount>, card: number, label: string) => {
  const fieldset = w.findAll('[data-testid="task"]')[card]!;
  const l = fieldset.findAll('label').find((x) => x.text() === label)!;
  return l.attributes('for') ? fieldset.get(`[id="${l.attributes('for')}"]`) : l.get('input');
};

describe('DraftTasksEditor', () => {
  it('every input is labelled; the result is one choice (Kết quả thực hiện), then Vượt mức', () => {
    const { w } = editorOver([task()]);
    const card = w.get('[data-testid="task"]');
    expect(card.get('legend').text()).toBe('Nhiệm vụ 1');
    const labels = card.findAll('label').map((l) => l.text());
    expect(labels).toEqual(['Nhiệm vụ', 'Chỉ tiêu, yêu cầu', 'Kết quả đạt được', 'Đơn vị tính', 'Sản phẩm, minh chứng', 'Kết quả thực hiện', 'Vượt mức']);
    expect(card.findAll('select option').map((o) => o.text())).toEqual(['— Chưa chọn —', 'Hoàn thành đúng hạn', 'Hoàn thành nhưng chậm tiến độ', 'Không hoàn thành']);
    for (const input of card.findAll('input, select')) {
      const id = input.attributes('id');
      const labelled = id ? card.find(`label[for="${id}"]`).exists() : input.element.closest('label') !== null;
      expect(labelled).toBe(true);
    }
  });

  it('adds a task that passes the schema, edits its fields, and removes it', async () => {
    const tasks: Task[] = [];
    const { w, apply } = editorOver(tasks);
    await w.findAll('button').find((b) => b.text() === 'Thêm nhiệm vụ')!.trigger('click');
    await apply();
    expect(tasks).toHaveLength(1);
    expect(TaskSchema.safeParse(tasks[0]).success).toBe(true);

    await inputByLabel(w, 0, 'Nhiệm vụ').setValue('Tuyên truyền ở khu dân cư');
    await inputByLabel(w, 0, 'Kết quả đạt được').setValue('14 buổi');
    await inputByLabel(w, 0, 'Sản phẩm, minh chứng').setValue('Biên bản 14 buổi');
    await inputByLabel(w, 0, 'Kết quả thực hiện').setValue('late');
    await inputByLabel(w, 0, 'Vượt mức').setValue(true);
    await apply();
    expect(tasks[0]).toMatchObject({ name: 'Tuyên truyền ở khu dân cư', result: '14 buổi', evidence: 'Biên bản 14 buổi', completed: true, onTime: false, exceeded: true });

    await inputByLabel(w, 0, 'Sản phẩm, minh chứng').setValue('');
    await inputByLabel(w, 0, 'Vượt mức').setValue(false);
    await apply();
    expect('evidence' in tasks[0]!).toBe(false);
    expect(tasks[0]!.exceeded).toBe(false);

    await w.findAll('button').find((b) => b.text() === 'Xóa nhiệm vụ 1')!.trigger('click');
    await apply();
    expect(tasks).toEqual([]);
  });

  it('edits the right task among several (by id, not position)', async () => {
    const tasks = [task({ id: 'a', name: 'Một' }), task({ id: 'b', name: 'Hai' })];
    const { w, apply } = editorOver(tasks);
    await inputByLabel(w, 1, 'Kết quả đạt được').setValue('40/40 hồ sơ');
    await apply();
    expect(tasks.map((t) => t.result)).toEqual(['', '40/40 hồ sơ']);
  });

  it.each([
    [['on-time', undefined], 'Hoàn thành 1/2 nhiệm vụ được giao (50%).'],
    [['on-time', 'late'], 'Hoàn thành 2/2 nhiệm vụ được giao (100%).'],
  ] as const)('the results %j feed the composed figures', async (done, first) => {
    const tasks = [task({ id: 'a' }), task({ id: 'b' })];
    const { w, apply } = editorOver(tasks);
    for (const [i, d] of done.entries()) if (d) await inputByLabel(w, i, 'Kết quả thực hiện').setValue(d);
    await apply();
    const unit = writableUnits(QD366_FORM_02B).find((u) => u.id === 'A.I.2')!;
    const facts = { tasks, achievements: [], shortcomings: [], suggestions: [], carryOver: [] };
    expect(composeSection(unit, facts).text.split('\n')[0]).toBe(first);
  });

  it.each([
    ['on-time', { completed: true, onTime: true }],
    ['late', { completed: true, onTime: false }],
    ['not-completed', { completed: false }],
    ['', {}],
  ] as const)('choosing %j stores %j (and "không hoàn thành" cannot be "vượt mức")', async (choice, stored) => {
    const tasks = [task({ exceeded: true, completed: true, onTime: true })];
    const { w, apply } = editorOver(tasks);
    await inputByLabel(w, 0, 'Kết quả thực hiện').setValue(choice);
    await apply();
    const { completed, onTime } = tasks[0]!;
    expect(JSON.parse(JSON.stringify({ completed, onTime }))).toEqual(stored);
    expect(inputByLabel(w, 0, 'Vượt mức').attributes('disabled')).toBe(choice === 'not-completed' ? '' : undefined);
  });

  it('an older draft\'s "Hoàn thành" without "Đúng hạn" shows as such until a result is chosen', () => {
    const { w } = editorOver([task({ completed: true })]);
    expect((inputByLabel(w, 0, 'Kết quả thực hiện').element as HTMLSelectElement).value).toBe('completed-time-unknown');
  });
});
