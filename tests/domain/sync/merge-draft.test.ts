import { describe, expect, it } from 'vitest';
import { mergeDraft } from '../../../domain/sync/merge-draft';
import { mergeTextByWords } from '../../../domain/sync/merge-text';
import { MAX_SECTION_CHARS, type Draft } from '../../../domain/schemas/draft';
import type { Task } from '../../../domain/schemas/facts';
import { fixtureDraft } from '../../stores/fixtures';

/** Issue 20 item 3: two windows on one draft keep every word typed and every task added, field by field. */
describe('texts edited in two windows are merged by words', () => {
  it.each([
    ['both typed at the end', 'Chấp hành tốt.', 'Chấp hành tốt. Tham gia đủ.', 'Chấp hành tốt. Học tập nghị quyết.', 'Chấp hành tốt. Tham gia đủ. Học tập nghị quyết.'],
    ['different paragraphs', 'Một.\nHai.\nBa.', 'Một thêm.\nHai.\nBa.', 'Một.\nHai.\nBa thêm.', 'Một thêm.\nHai.\nBa thêm.'],
    ['one typed at the start, the other at the end', 'giữa', 'đầu giữa', 'giữa cuối', 'đầu giữa cuối'],
    ['both typed into an empty section', '', 'của tôi', 'của cửa sổ kia', 'của tôi của cửa sổ kia'],
    ['one deleted a word, the other typed elsewhere', 'a b c d', 'a c d', 'a b c d e', 'a c d e'],
    ['only one side changed', 'a', 'a', 'a b', 'a b'],
    // Two windows starting in one empty section (e2e "two pages typing"): the other window had typed a space
    // before this one's first word arrived, then its own word at the end. Once a conflict that kept "mine".
    ['a space added before a word and a word after it, the word itself extended here', ' al', ' alph', '  al beta', '  alph beta'],
    ['both began with a space', ' ', ' alp alpha0x', '  b', ' alp alpha0x b'],
    ['typed at two places on one side', 'a b c', 'x a b c', 'a b2 c y', 'x a b2 c y'],
  ])('%s: both kept', (_n, base, mine, theirs, want) => {
    expect(mergeTextByWords(base, mine, theirs)).toBe(want);
  });

  it('a section at the length limit, typed at its start here and at its end there: both kept', () => {
    const base = 'a '.repeat(MAX_SECTION_CHARS / 2 - 10).trimEnd();
    expect(mergeTextByWords(base, `đầu ${base}`, `${base} cuối`)).toBe(`đầu ${base} cuối`);
  });

  it.each([
    ['the same word replaced differently', 'a b c', 'a X c', 'a Y c'],
    ['one replaced words the other deleted', 'a b c', 'a X Y c', 'a c'],
  ])('%s: a conflict (undefined), mine kept by mergeDraft', (_n, base, mine, theirs) => {
    expect(mergeTextByWords(base, mine, theirs)).toBeUndefined();
    const d = fixtureDraft('qd366-2025-01');
    const at = (text: string): Draft => ({ ...d, sections: { 'A.I.1': { text } } });
    const { merged, conflicts } = mergeDraft(at(base), at(mine), at(theirs));
    expect(merged.sections['A.I.1']?.text).toBe(mine);
    expect(conflicts).toEqual([{ key: 'sections.A.I.1', mine, theirs }]);
  });

  it('the title typed in both windows keeps both words, without a conflict', () => {
    const d = fixtureDraft('qd366-2025-01', { title: 'Bản' });
    const { merged, conflicts } = mergeDraft(d, { ...d, title: 'Bản 2025' }, { ...d, title: 'Bản của tôi' });
    expect(merged.title).toBe('Bản 2025 của tôi');
    expect(conflicts).toEqual([]);
  });
});

const task = (id: string, name: string, extra: Partial<Task> = {}): Task => ({ id, name, target: '', result: '', ...extra });
const withTasks = (d: Draft, tasks: Task[]): Draft => ({ ...d, facts: { ...d.facts, tasks } });

describe('fact lists are merged item by item (by id)', () => {
  const d = withTasks(fixtureDraft('qd366-2025-01'), [task('t1', 'Tiếp dân')]);
  it.each([
    ['a task added in each window: both kept', [task('t1', 'Tiếp dân'), task('t2', 'Báo cáo')], [task('t1', 'Tiếp dân'), task('t3', 'Thẩm định')], ['t1:Tiếp dân', 't2:Báo cáo', 't3:Thẩm định']],
    ['a task renamed here, its result typed there: one task with both', [task('t1', 'Tiếp công dân')], [task('t1', 'Tiếp dân', { result: '120 lượt' })], ['t1:Tiếp công dân:120 lượt']],
    ['removed here, untouched there: removed', [], [task('t1', 'Tiếp dân'), task('t4', 'Mới')], ['t4:Mới']],
    ['removed here, edited there: kept (nothing typed is dropped)', [], [task('t1', 'Tiếp dân', { result: '5 lượt' })], ['t1:Tiếp dân:5 lượt']],
  ])('%s', (_n, mine, theirs, want) => {
    const { merged } = mergeDraft(d, withTasks(d, mine), withTasks(d, theirs));
    expect(merged.facts.tasks.map((t) => [t.id, t.name, t.result].filter(Boolean).join(':'))).toEqual(want);
  });

  it('an achievement added in one window and a shortcoming in the other: both kept', () => {
    const mine = { ...d, facts: { ...d.facts, achievements: [{ id: 'a1', text: 'Sáng kiến' }] } };
    const theirs = { ...d, facts: { ...d.facts, shortcomings: [{ id: 's1', text: 'Chậm', causes: [] }] } };
    const { merged } = mergeDraft(d, mine, theirs);
    expect([merged.facts.achievements.length, merged.facts.shortcomings.length]).toEqual([1, 1]);
  });

  it('the profile merges field by field: a name typed here, a workplace there', () => {
    const base = fixtureDraft('qd366-2025-02A');
    const p = base.profile!;
    if (p.subject.kind !== 'individual') throw new Error('fixture');
    const mine = { ...base, profile: { ...p, subject: { ...p.subject, fullName: 'Lê Văn Mới' } } };
    const theirs = { ...base, profile: { ...p, partyUnit: 'Chi bộ Mới' } };
    const { merged } = mergeDraft(base, mine, theirs);
    expect([merged.profile?.subject.kind === 'individual' && merged.profile.subject.fullName, merged.profile?.partyUnit]).toEqual(['Lê Văn Mới', 'Chi bộ Mới']);
  });
});
