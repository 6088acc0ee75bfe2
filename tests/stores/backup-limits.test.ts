import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { applyImport, exportBackup, prepareImport } from '../../stores/backup';
import { putDraftRecord, type KiemDiemDB } from '../../stores/db';
import { addVersion } from '../../stores/history';
import { MAX_SECTION_CHARS, type Draft } from '../../domain/schemas/draft';
import type { Overflow } from '../../domain/backup/fit';
import { fixtureDraft, freshDb } from './fixtures';

/**
 * Issue 20 item 1: a backup made by the app always imports. Drafts stored past the schema's limits (as the
 * main-thread save once wrote them) export within limits, with what was cut in `overflow:<id>`, and every
 * character comes back on import: the draft's text plus the cut text is the original.
 */
let source: KiemDiemDB;
let target: KiemDiemDB;
beforeEach(async () => {
  setActivePinia(createPinia());
  [source, target] = [freshDb('limits-src'), freshDb('limits-dst')];
  await Promise.all([source.open(), target.open()]);
});
afterEach(async () => {
  await Promise.all([source.delete(), target.delete()]);
});

const long = (n: number, tag = 'x') => `${tag}${'ă'.repeat(n - tag.length)}`;
const task = (i: number, name = `Nhiệm vụ ${i}`) => ({ id: `t${i}`, name, target: '', result: '' });
type Case = [name: string, change: (d: Draft) => void, read: (d: Draft) => string, original: string];
const CASES: Case[] = [
  ['a section at the limit', (d) => (d.sections['A.I.1'] = { text: long(MAX_SECTION_CHARS) }), (d) => d.sections['A.I.1']!.text, long(MAX_SECTION_CHARS)],
  ['a section one past the limit', (d) => (d.sections['A.I.1'] = { text: long(MAX_SECTION_CHARS + 1) }), (d) => d.sections['A.I.1']!.text, long(MAX_SECTION_CHARS + 1)],
  ['a section of 450,000 characters', (d) => (d.sections['A.I.1'] = { text: long(450_000) }), (d) => d.sections['A.I.1']!.text, long(450_000)],
  ['a title of 301 characters', (d) => (d.title = long(301, 't')), (d) => d.title, long(301, 't')],
  ['a place of 201 characters', (d) => (d.place = long(201, 'p')), (d) => d.place ?? '', long(201, 'p')],
  ['a task name of 1,001 characters', (d) => (d.facts.tasks = [task(1, long(1001, 'n'))]), (d) => d.facts.tasks[0]!.name, long(1001, 'n')],
  ['a dismissal reason of 1,001 characters', (d) => (d.assessment.dismissedFlags = { f1: long(1001, 'r') }), (d) => d.assessment.dismissedFlags.f1 ?? '', long(1001, 'r')],
];

describe('export → import of every limit case', () => {
  it.each(CASES)('%s: the backup imports, the draft and its version come back, nothing is lost', async (_n, change, read, original) => {
    const draft = fixtureDraft('qd366-2025-02A', { id: 'lim-1' });
    change(draft);
    const other = fixtureDraft('qd124-2023-01', { id: 'lim-2' });
    await putDraftRecord(source, draft);
    await putDraftRecord(source, other);
    await addVersion(source, structuredClone(draft), 'manual', 1);

    const file = await exportBackup(source);
    const prepared = await prepareImport(file.blob, target);
    if (!prepared.ok) throw new Error(prepared.errors.join('\n'));
    expect((await applyImport(prepared.value.backup, target)).ok).toBe(true);

    expect((await target.drafts.toArray()).map((d) => d.id).sort()).toEqual(['lim-1', 'lim-2']);
    const back = (await target.drafts.get('lim-1'))!;
    const parts = ((await target.settings.get('overflow:lim-1'))?.value as { parts: Overflow[] } | undefined)?.parts ?? [];
    const cutOfDraft = parts.filter((p) => !p.path.startsWith('phiên bản')).map((p) => p.text).join('');
    expect((read(back) + cutOfDraft).length).toBe(original.length);
    expect(read(back) + cutOfDraft).toBe(original);
    expect(parts.length > 0).toBe(original.length > read(back).length);
    const history = await target.draftHistories.get('lim-1');
    expect(history?.versions.length).toBe(1);
  });

  it('501 tasks: the first 500 stay in the draft, the 501st is kept (as JSON) beside it', async () => {
    const draft = fixtureDraft('qd366-2025-02A', { id: 'lim-1' });
    draft.facts.tasks = Array.from({ length: 501 }, (_, i) => task(i));
    await putDraftRecord(source, draft);
    const prepared = await prepareImport((await exportBackup(source)).blob, target);
    if (!prepared.ok) throw new Error(prepared.errors.join('\n'));
    await applyImport(prepared.value.backup, target);
    expect((await target.drafts.get('lim-1'))?.facts.tasks.length).toBe(500);
    const parts = ((await target.settings.get('overflow:lim-1'))?.value as { parts: Overflow[] }).parts;
    expect(parts.map((p) => [p.path, (JSON.parse(p.text) as { name: string }[]).map((t) => t.name)])).toEqual([['facts.tasks', ['Nhiệm vụ 500']]]);
  });
});
