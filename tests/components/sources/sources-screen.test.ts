import { afterEach, describe, expect, it } from 'vitest';
import { mount, type VueWrapper } from '@vue/test-utils';
import SourcesScreen from '../../../components/sources/SourcesScreen.vue';
import { CERTAINTY_LABELS } from '../../../domain/core/rule';
import { formatNumberVi } from '../../../domain/core/text';
import { rulesForSource } from '../../../domain/rules-index';
import { groupSources, listSources, readAtText, SOURCE_ERAS, sourceById, sourceName } from '../../../domain/sources';
import { until } from '../../helpers/until';

/** The "Nguồn quy định" screen: every catalogued document, by era (newest first) then kind, each fully described. */
let wrapper: VueWrapper | undefined;
afterEach(() => {
  wrapper?.unmount();
  wrapper = undefined;
});
const screen = () => (wrapper = mount(SourcesScreen, { attachTo: document.body }));
const doc = (id: string) => wrapper!.get(`#nguon-${id}`);

describe('SourcesScreen', () => {
  it('lists every catalogue record once, each targetable as #nguon-<id>', () => {
    const w = screen();
    const shown = w.findAll('[data-testid="source"]');
    expect(shown).toHaveLength(listSources().length);
    expect(shown.map((s) => s.attributes('id')).sort()).toEqual(listSources().map((r) => `nguon-${r.id}`).sort());
    for (const s of shown) expect(s.attributes('tabindex')).toBe('-1');
  });

  it('groups by era in order, the 2025 era first, then by kind', () => {
    const w = screen();
    const eras = w.findAll('[data-testid="source-era"]');
    expect(eras.map((e) => e.get('h3').text())).toEqual(groupSources().map((g) => g.era.label));
    expect(eras[0]!.get('h3').text()).toBe(SOURCE_ERAS[0].label);
    expect(SOURCE_ERAS[0].from).toBe(2025);
    // Each era lists its documents under kind headings, in the catalogue's grouping.
    groupSources().forEach((g, i) => {
      expect(eras[i]!.findAll('h4').map((h) => h.text())).toEqual(g.kinds.map((k) => k.label));
      expect(eras[i]!.findAll('[data-testid="source"]').map((s) => s.attributes('data-source'))).toEqual(g.kinds.flatMap((k) => k.records.map((r) => r.id)));
    });
  });

  it.each(listSources().map((r) => [r.id, r] as const))('%s: name, title, summary, where to read it, certainty in words', (id, record) => {
    screen();
    const d = doc(id);
    expect(d.get('h5').text()).toBe(sourceName(record));
    expect(d.text()).toContain(record.title);
    expect(d.text()).toContain(record.summary);
    expect(d.get('[data-testid="source-certainty"]').text()).toBe(CERTAINTY_LABELS[record.certainty]);
    const readAt = d.get('[data-testid="source-read-at"]');
    expect(readAt.text().replace(/\s+/g, ' ')).toBe(readAtText(record));
    const link = readAt.find('a');
    if ('url' in record.readAt) {
      expect(link.attributes()).toMatchObject({ href: record.readAt.url, target: '_blank', rel: 'noopener noreferrer' });
    } else {
      expect(link.exists()).toBe(false);
    }
  });

  it.each(['qd366-2025', 'hd43-2025', 'qd132-2018'])('%s: the rule count and the folded clause lines match the rules index', (id) => {
    screen();
    const rules = rulesForSource(id);
    expect(rules.length).toBeGreaterThan(0);
    expect(doc(id).get('[data-testid="source-rule-count"]').text()).toBe(formatNumberVi(rules.length));
    const lines = doc(id).findAll('details li').map((li) => li.text());
    expect(lines).toHaveLength(new Set(rules.map((r) => r.clause)).size);
    for (const r of rules) expect(lines.some((l) => l.startsWith(r.clause))).toBe(true);
  });

  it('says what a document replaces; the button moves to that document and focuses it', async () => {
    const withReplaces = listSources().filter((r) => r.replaces);
    expect(withReplaces.length).toBeGreaterThan(0);
    screen();
    for (const r of withReplaces) {
      const row = doc(r.id).findAll('.facts > div').find((d) => d.get('dt').text() === 'Thay thế:');
      expect(row?.get('dd').text()).toBe(sourceName(sourceById(r.replaces!)!));
    }
    await doc('hd43-2025').get('.facts button').trigger('click');
    await until(() => document.activeElement?.id === 'nguon-hd25-2023', 'the replaced document focused');
  });
});
