import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { RosterSchema } from '../../../domain/schemas/roster';
import { formatZodError } from '../../../domain/schemas/errors';

/** Roster v1 with the members' quarter results (issue 16): an optional, versioned field; older rosters load as they are. */
const roster = (quarterResults?: unknown) => ({ v: 1, reviewYear: 2026, members: [{ name: 'An', proposedGrade: 'HTTNV', ...(quarterResults === undefined ? {} : { quarterResults }) }] });
const errors = (value: unknown) => {
  const r = RosterSchema.safeParse(value);
  return r.success ? [] : formatZodError(r.error);
};

describe('roster member quarter results', () => {
  it('every roster fixture (saved before the field) still loads, without it', () => {
    const dir = join(process.cwd(), 'tests/fixtures/rosters');
    const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const r = RosterSchema.safeParse(JSON.parse(readFileSync(join(dir, f), 'utf8')));
      expect(r.success, f).toBe(true);
      if (r.success) expect(r.data.members.every((m) => m.quarterResults === undefined)).toBe(true);
    }
  });

  it('a member with quarters: the version is filled in, proposed defaults to false', () => {
    const r = RosterSchema.parse(roster({ year: 2026, quarters: [{ quarter: 1, grade: 'HTTNV', proposed: true, total: 85 }, { quarter: 2, total: 70 }] }));
    expect(r.members[0]!.quarterResults).toEqual({ v: 1, year: 2026, quarters: [{ quarter: 1, grade: 'HTTNV', proposed: true, total: 85 }, { quarter: 2, proposed: false, total: 70 }] });
  });

  it.each([
    [{ year: 2026, quarters: [{ quarter: 5, total: 1 }] }, 'Trường «members[0].quarterResults.quarters[0].quarter»: quý từ 1 đến 4.'],
    [{ year: 2026, quarters: [{ quarter: 1, total: 100.5 }] }, 'Trường «members[0].quarterResults.quarters[0].total»: tối đa 100 điểm.'],
    [{ year: 2026, quarters: [{ quarter: 1, total: 80 }, { quarter: 1, total: 81 }] }, 'Trường «members[0].quarterResults.quarters[1].quarter»: quý 1 có hai lần.'],
    [{ year: 2026, quarters: [{ quarter: 1, grade: 'TOT', total: 80 }] }, /quarters\[0\]\.grade/],
    [{ v: 2, year: 2026, quarters: [] }, /quarterResults\.v/],
  ])('%j is refused, naming the field', (value, message) => {
    const found = errors(roster(value));
    if (typeof message === 'string') expect(found).toEqual([message]);
    else expect(found.join('\n')).toMatch(message);
  });
});
