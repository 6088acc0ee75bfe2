import { describe, expect, it, vi } from 'vitest';
import { mount } from '@vue/test-utils';
import { nextTick } from 'vue';
import { useComposeFlow, NOTHING_TO_COMPOSE } from '../../../components/draft/compose-flow';
import DraftComposeDialog from '../../../components/draft/DraftComposeDialog.vue';
import { hashText, type SectionContent } from '../../../domain/drafting';
import { writableUnits } from '../../../domain/forms';
import { QD366_FORM_02B } from '../../../domain/rulebooks/qd366-2025/forms/02b';

const unit = writableUnits(QD366_FORM_02B).find((u) => u.id === 'A.I.2')!;
const composedText = 'Hoàn thành 1/1 nhiệm vụ được giao (100%).';

function setup(initial: SectionContent | undefined, text = composedText, snapshotFails = false) {
  const sections: Record<string, SectionContent | undefined> = { [unit.id]: initial };
  const calls: string[] = [];
  const flow = useComposeFlow({
    current: (id) => sections[id],
    compose: () => ({ text, hash: hashText(text) }),
    snapshot: vi.fn(async () => {
      calls.push('snapshot');
      if (snapshotFails) throw new Error('quota');
    }),
    apply: (id, content) => {
      calls.push('apply');
      sections[id] = content;
    },
  });
  return { flow, sections, calls };
}

describe('"Soạn đoạn văn" flow', () => {
  it.each([
    ['an empty slot', undefined],
    ['a blank slot', { text: '   ' }],
    ['the text it composed last time, unedited', { text: 'Cũ.', composedHash: hashText('Cũ.') }],
  ])('writes at once over %s, remembering the hash', (_name, initial) => {
    const { flow, sections, calls } = setup(initial);
    expect(flow.request(unit)).toBe('applied');
    expect(flow.pending.value).toBeUndefined();
    expect(calls).toEqual(['apply']);
    expect(sections[unit.id]).toEqual({ text: composedText, composedHash: hashText(composedText) });
  });

  it.each([
    ['text the user wrote', { text: 'Tôi tự viết.' }],
    ['composed text the user then edited', { text: 'Cũ, đã sửa.', composedHash: hashText('Cũ.') }],
  ])('asks before touching %s', (_name, initial) => {
    const { flow, sections, calls } = setup(initial);
    expect(flow.request(unit)).toBe('asked');
    expect(flow.pending.value?.unit.id).toBe('A.I.2');
    expect(calls).toEqual([]);
    expect(sections[unit.id]).toEqual(initial);
  });

  it('"Thay thế" keeps the old text as a version first, then replaces', async () => {
    const { flow, sections, calls } = setup({ text: 'Tôi tự viết.' });
    flow.request(unit);
    await flow.choose('replace');
    expect(calls).toEqual(['snapshot', 'apply']);
    expect(sections[unit.id]).toEqual({ text: composedText, composedHash: hashText(composedText) });
    expect(flow.pending.value).toBeUndefined();
  });

  it('"Thêm vào cuối" keeps the user text and drops the hash (the slot now holds the user\'s words)', async () => {
    const { flow, sections, calls } = setup({ text: 'Tôi tự viết.\n' });
    flow.request(unit);
    await flow.choose('append');
    expect(calls).toEqual(['apply']);
    expect(sections[unit.id]).toEqual({ text: `Tôi tự viết.\n\n${composedText}` });
  });

  it('"Hủy" changes nothing', async () => {
    const { flow, sections, calls } = setup({ text: 'Tôi tự viết.' });
    flow.request(unit);
    await flow.choose('cancel');
    expect(calls).toEqual([]);
    expect(sections[unit.id]).toEqual({ text: 'Tôi tự viết.' });
  });

  it('does not replace when the safety version cannot be saved', async () => {
    const { flow, sections, calls } = setup({ text: 'Tôi tự viết.' }, composedText, true);
    flow.request(unit);
    await flow.choose('replace');
    expect(calls).toEqual(['snapshot']);
    expect(sections[unit.id]).toEqual({ text: 'Tôi tự viết.' });
    expect(flow.error.value).toMatch(/chưa thay thế/);
  });

  it('with nothing to compose from, says so under the unit and writes nothing', () => {
    const { flow, sections } = setup({ text: 'Tôi tự viết.' }, '');
    expect(flow.request(unit)).toBe('empty');
    expect(flow.notice.value).toEqual({ unitId: 'A.I.2', text: NOTHING_TO_COMPOSE });
    expect(sections[unit.id]).toEqual({ text: 'Tôi tự viết.' });
  });
});

describe('DraftComposeDialog', () => {
  it('is a labelled modal dialog that focuses "Thay thế" and offers the three choices in order', async () => {
    const w = mount(DraftComposeDialog, { props: { unitLabel: 'Kết quả thực hiện nhiệm vụ' }, attachTo: document.body });
    await nextTick();
    await nextTick();
    const dialog = w.get('[role="dialog"]');
    expect(dialog.attributes('aria-modal')).toBe('true');
    expect(document.getElementById(dialog.attributes('aria-labelledby')!)?.textContent).toBe('Mục này đã có nội dung bạn viết');
    expect(w.findAll('button').map((b) => b.text())).toEqual(['Thay thế', 'Thêm vào cuối', 'Hủy']);
    expect(document.activeElement?.textContent?.trim()).toBe('Thay thế');
    w.unmount();
  });

  it.each([
    ['Thay thế', 'replace'],
    ['Thêm vào cuối', 'append'],
    ['Hủy', 'cancel'],
  ])('"%s" emits %s', async (label, choice) => {
    const w = mount(DraftComposeDialog, { props: { unitLabel: 'x' } });
    await w.findAll('button').find((b) => b.text() === label)!.trigger('click');
    expect(w.emitted('choose')).toEqual([[choice]]);
  });

  it('Escape cancels', async () => {
    const w = mount(DraftComposeDialog, { props: { unitLabel: 'x' } });
    await w.get('.dialog-backdrop').trigger('keydown', { key: 'Escape' });
    expect(w.emitted('choose')).toEqual([['cancel']]);
  });
});
