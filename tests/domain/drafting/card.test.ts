import { describe, expect, it } from 'vitest';
import { cardHeading, whoOf } from '../../../domain/drafting/card';
import { profile } from './fixtures';

describe('draft cards titled with the person (or collective) and the form', () => {
  it.each([
    [{ kind: 'individual', fullName: '  Nguyễn   Văn An ' }, 'Nguyễn Văn An'],
    [{ kind: 'individual', fullName: '' }, ''],
    [{ kind: 'collective', name: 'Chi bộ Văn phòng' }, 'Chi bộ Văn phòng'],
    [{ kind: 'collective', name: 'Tập thể lãnh đạo Sở' }, 'Tập thể lãnh đạo Sở'],
  ])('whoOf(%j) = %j', (subject, who) => expect(whoOf({ profile: profile(2026, subject) })).toBe(who));

  it('no profile: nobody', () => expect(whoOf({})).toBe(''));

  it.each([
    [{ who: 'Nguyễn Văn An', formCode: '02B', reviewYear: 2026 }, 'Nguyễn Văn An — Mẫu 02B năm 2026'],
    [{ who: 'Chi bộ Văn phòng', formCode: '01', reviewYear: 2026 }, 'Chi bộ Văn phòng — Mẫu 01 năm 2026'],
    [{ who: '', formCode: '02B', reviewYear: 2026 }, 'Chưa ghi họ tên — Mẫu 02B năm 2026'],
    [{ who: '  ', formCode: '01', reviewYear: 2025 }, 'Chưa ghi tên tập thể — Mẫu 01 năm 2025'],
  ])('cardHeading(%j) = %j', (card, heading) => expect(cardHeading(card)).toBe(heading));
});
