import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mount, type VueWrapper } from '@vue/test-utils';
import { createPinia, setActivePinia, type Pinia } from 'pinia';
import AppShell from '../../../components/app/AppShell.vue';
import RuleBadge from '../../../components/common/RuleBadge.vue';
import GradeResult from '../../../components/grading/GradeResult.vue';
import GuideResult from '../../../components/guide/GuideResult.vue';
import { guideRules } from '../../../components/guide/guide-rules';
import { sourceForClause } from '../../../components/sources/rule-sources';
import { CERTAINTY_BADGES, CERTAINTY_LABELS, type Certainty, type RuleRef } from '../../../domain/core/rule';
import { checkGrade } from '../../../domain/grading';
import { conditionKey } from '../../../domain/grading/questions';
import { buildGuide } from '../../../domain/guide/index';
import { ROSTER_RULES } from '../../../domain/roster/rules';
import { allRules, rulesForSource } from '../../../domain/rules-index';
import { CheckCaseSchema } from '../../../domain/schemas/case';
import { ProfileSchema } from '../../../domain/schemas/profile';
import { certaintySummary, citeSource, isSourceRef } from '../../../domain/sources';
import { useDatabase, type KiemDiemDB } from '../../../stores/db';
import { useProfilesStore } from '../../../stores/profiles';
import { freshDb } from '../../stores/fixtures';
import { until } from '../../helpers/until';

/** The certainty badge after each clause, the one certainty line at the top of a screen, and the way to the source. */
const fixture = (path: string): unknown => JSON.parse(readFileSync(join(process.cwd(), 'tests/fixtures', path), 'utf8'));
const retiree = () => ProfileSchema.parse(fixture('profiles/retiree-2025.json'));
const leaderCheck = () => checkGrade(CheckCaseSchema.parse(fixture('cases/2025-leader.json')));
const count = (text: string, part: string) => text.split(part).length - 1;

let wrapper: VueWrapper | undefined;
afterEach(() => {
  wrapper?.unmount();
  wrapper = undefined;
});

describe('RuleBadge', () => {
  const rule = rulesForSource('hd43-2025')[0]!;

  it.each<[Certainty, string]>([
    ['secondary', 'theo trích dẫn, chưa đối chiếu bản gốc'],
    ['uncertain', 'chưa chắc chắn, chưa đối chiếu văn bản gốc'],
    ['verified', 'đã đối chiếu bản gốc'],
  ])('%s, catalogued source: a button with the short word, named by the certainty, the document and the place', (certainty, spoken) => {
    wrapper = mount(RuleBadge, { props: { certainty, source: rule.source } });
    const b = wrapper.get('button');
    expect(b.attributes('type')).toBe('button');
    expect(b.text()).toBe(CERTAINTY_BADGES[certainty]);
    // The visible words first (label in name), then what the button does.
    expect(b.attributes('aria-label')).toBe(`${spoken} — xem nguồn: ${citeSource(rule.source)}`);
    expect(b.attributes('aria-label')).toMatch(/^[^(]+ — xem nguồn: Hướng dẫn số 43-HD\/BTCTW \(31\/10\/2025\) của Ban Tổ chức Trung ương/);
    expect(b.attributes('aria-label')!.startsWith(CERTAINTY_BADGES[certainty])).toBe(true);
  });

  it('a unit\'s own document named in words: not a button, the name in the tooltip', () => {
    wrapper = mount(RuleBadge, { props: { certainty: 'secondary', source: 'Hướng dẫn 01-HD/ĐU của Đảng ủy phường' } });
    expect(wrapper.find('button').exists()).toBe(false);
    expect(wrapper.text()).toBe('theo trích dẫn');
    expect(wrapper.get('span').attributes('title')).toBe('Hướng dẫn 01-HD/ĐU của Đảng ủy phường — Theo nguồn trích dẫn (chưa đối chiếu bản gốc)');
  });
});

describe('clauses known only by their text (grading conditions, roster findings) find their catalogued document', () => {
  const rosterClauses: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v !== 'object' || v === null) return;
    if (typeof (v as RuleRef).clause === 'string' && 'certainty' in v) rosterClauses.push((v as RuleRef).clause);
    Object.values(v).forEach(walk);
  };
  walk(ROSTER_RULES);

  it('every clause of the rules index and of the roster rules', () => {
    const clauses = [...new Set([...allRules().map((r) => r.clause), ...rosterClauses])];
    expect(clauses.length).toBeGreaterThan(200);
    expect(clauses.filter((c) => { const s = sourceForClause(c); return !s || !isSourceRef(s); })).toEqual([]);
  });
});

describe('the certainty is said once at the top, not after every rule', () => {
  it('a retiree\'s guide: one summary line first, a short badge per clause, "chưa đối chiếu bản gốc" once', () => {
    const guide = buildGuide(retiree(), undefined, '2025-12-01');
    const rules = guideRules(guide);
    wrapper = mount(GuideResult, { props: { guide } });
    const result = wrapper.get('[data-testid="guide-result"]');
    const summary = result.get('[data-testid="certainty-summary"]');
    expect(result.element.firstElementChild).toBe(summary.element);
    expect(summary.text()).toBe(`${certaintySummary(rules)} Xem nguồn`);
    expect(summary.text()).toMatch(/^Trong \d+ quy tắc dùng ở đây, \d+ dựa trên văn bản trích dẫn \(chưa đối chiếu bản gốc\)/);

    const clauses = wrapper.findAll('[data-testid="clause"]');
    expect(clauses.length).toBe(rules.length);
    expect(clauses.length).toBeGreaterThan(10);
    expect(wrapper.findAll('[data-testid="rule-badge"]')).toHaveLength(rules.length);
    expect(count(wrapper.text(), 'chưa đối chiếu bản gốc')).toBe(1);
    expect(count(wrapper.text(), 'văn bản gốc')).toBe(0);
    // The clause itself stays clean (the e2e guide test compares it exactly).
    for (const c of clauses) expect(rules.map((r) => r.clause)).toContain(c.text());
  });

  it('a leader\'s grade check: one line counting the conditions shown, each condition with a badge to its document', () => {
    const result = leaderCheck();
    wrapper = mount(GradeResult, { props: { result } });
    const summary = wrapper.get('[data-testid="certainty-summary"]');
    expect(summary.text()).toBe(
      `${certaintySummary(result.conditions.map((c) => ({ id: conditionKey(c), certainty: c.certainty })))} Xem nguồn`,
    );
    expect(summary.text()).toContain(`Trong ${result.conditions.length} quy tắc dùng ở đây`);
    // Once in the summary; elsewhere only where a condition's own text says what of it is not verified.
    const inTexts = result.conditions.reduce((n, c) => n + count(c.text, 'chưa đối chiếu'), 0);
    expect(count(wrapper.text(), 'chưa đối chiếu')).toBe(1 + inTexts);
    for (const label of Object.values(CERTAINTY_LABELS)) expect(wrapper.text()).not.toContain(label);
    const badges = wrapper.findAll('[data-testid="grade-condition"] [data-testid="rule-badge"]');
    expect(badges).toHaveLength(result.conditions.length);
    for (const b of badges) expect(b.element.tagName).toBe('BUTTON');
  });
});

describe('from a badge to the document', () => {
  let db: KiemDiemDB;
  let pinia: Pinia;
  beforeEach(() => {
    db = useDatabase(freshDb('sources'));
    pinia = createPinia();
    setActivePinia(pinia);
  });
  afterEach(() => db.close());

  it('a badge in the role guide opens «Nguồn» at its document, focused; «← Quay lại Hướng dẫn» goes back', async () => {
    await useProfilesStore().saveProfile(retiree());
    wrapper = mount(AppShell, { props: { mode: 'tab' }, global: { plugins: [pinia] }, attachTo: document.body });
    const navButton = (label: string) => wrapper!.findAll('nav button').find((b) => b.text() === label)!;
    expect(navButton('Nguồn').exists()).toBe(true);
    await navButton('Hướng dẫn').trigger('click');
    await until(() => wrapper!.find('[data-testid="guide-result"]').exists(), 'the guide');

    const badge = wrapper.findAll('button[data-testid="rule-badge"]').find((b) => b.attributes('aria-label')?.includes('43-HD/BTCTW'));
    expect(badge?.exists()).toBe(true);
    await badge!.trigger('click');
    await until(() => document.activeElement?.id === 'nguon-hd43-2025', 'the document focused');
    expect(navButton('Nguồn').attributes('aria-current')).toBe('page');
    expect(wrapper.find('[data-testid="guide-result"]').exists()).toBe(false);

    const back = wrapper.findAll('button').find((b) => b.text() === '← Quay lại Hướng dẫn');
    await back!.trigger('click');
    await until(() => wrapper!.find('[data-testid="guide-result"]').exists(), 'back in the guide');
    expect(navButton('Hướng dẫn').attributes('aria-current')).toBe('page');

    // «Xem nguồn» at the top of the guide opens the screen at its heading.
    await wrapper.get('[data-testid="certainty-summary"] button').trigger('click');
    await until(() => document.activeElement?.id === 'sources-title', 'the sources heading focused');
    // From the navigation: no way back to offer.
    await navButton('Bản kiểm điểm').trigger('click');
    await navButton('Nguồn').trigger('click');
    await until(() => wrapper!.find('[data-testid="sources-screen"]').exists(), 'the sources screen');
    expect(wrapper.findAll('button').some((b) => b.text().startsWith('← Quay lại'))).toBe(false);
  });
});
