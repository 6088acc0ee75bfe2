import { describe, expect, it } from 'vitest';
import { applyCompose, headerFieldInput, SCORE_MAX, setHeaderField, unitVisible } from '../../../components/draft/draft-edits';
import { hashText } from '../../../domain/drafting';
import { writableUnits } from '../../../domain/forms';
import { QD366_FORM_01 } from '../../../domain/rulebooks/qd366-2025/forms/01';
import { QD366_FORM_02A } from '../../../domain/rulebooks/qd366-2025/forms/02a';
import { DraftSchema, type Draft } from '../../../domain/schemas/draft';
import { headerFieldValue } from '../../../domain/document/header-values';

const bare = (over: Partial<Draft> = {}): Draft =>
  DraftSchema.parse({ v: 1, id: 'd', reviewYear: 2025, rulebookId: 'qd366-2025', formCode: '02A', createdAt: 0, updatedAt: 0, ...over });

describe('score maxima come from the draft schema', () => {
  it('…/30 and …/70', () => expect(SCORE_MAX).toEqual({ common: 30, results: 70 }));
});

describe('header fields create a minimal profile and stay valid', () => {
  it.each([
    ['fullName', 'Phạm Văn C', 'Phạm Văn C'],
    ['birthDate', '1980-02-29', '29/02/1980'],
    ['workplace', 'Phòng Nội vụ', 'Phòng Nội vụ'],
    ['partyCell', 'Chi bộ Nội vụ', 'Nội vụ'],
    ['governmentPost', 'Chuyên viên', 'Chuyên viên'],
  ] as const)('%s = %j prints %j and the draft still parses', (field, value, printed) => {
    const d = bare();
    setHeaderField(d, QD366_FORM_02A, field, value);
    expect(headerFieldInput(d, field)).toBe(value);
    expect(headerFieldValue(field, d)).toBe(printed);
    expect(DraftSchema.safeParse(d).success).toBe(true);
  });

  it.each([
    ['an incomplete date', '1980-02'],
    ['an empty value', ''],
  ])('birthDate: %s is removed, not stored', (_n, value) => {
    const d = bare();
    setHeaderField(d, QD366_FORM_02A, 'birthDate', '1980-01-01');
    setHeaderField(d, QD366_FORM_02A, 'birthDate', value);
    expect(d.profile?.subject.kind === 'individual' && 'birthDate' in d.profile.subject).toBe(false);
    expect(DraftSchema.safeParse(d).success).toBe(true);
  });

  it('a collective form gets a collective subject', () => {
    const d = bare({ formCode: '01' });
    setHeaderField(d, QD366_FORM_01, 'collectiveName', 'Chi bộ Văn phòng');
    expect(d.profile?.subject).toEqual({ kind: 'collective', name: 'Chi bộ Văn phòng' });
  });
});

describe('leader-only units', () => {
  const leaderUnit = writableUnits(QD366_FORM_02A).find((u) => u.item?.leaderOnly)!;
  const profile = (posts: object[]) => ({ v: 1, reviewYear: 2025, subject: { kind: 'individual', fullName: 'A', occupation: 'cong-chuc', leadershipPosts: posts } });
  it.each([
    ['no profile', undefined, '', true],
    ['a leader', profile([{ title: 'Trưởng phòng' }]), '', true],
    ['a non-leader, empty', profile([]), '', false],
    ['a non-leader who typed there', profile([]), 'Đã viết.', true],
  ])('%s → shown: %s', (_n, p, text, shown) => {
    const d = bare({ ...(p ? { profile: p as Draft['profile'] } : {}), sections: { [leaderUnit.id]: { text } } });
    expect(unitVisible(leaderUnit, d)).toBe(shown);
  });
});

describe('applyCompose', () => {
  const composed = { text: 'Mới.', hash: hashText('Mới.') };
  it.each([
    [undefined, 'replace', { text: 'Mới.', composedHash: hashText('Mới.') }],
    [{ text: 'Cũ.' }, 'replace', { text: 'Mới.', composedHash: hashText('Mới.') }],
    [{ text: 'Cũ.  \n' }, 'append', { text: 'Cũ.\n\nMới.' }],
    [{ text: ' ' }, 'append', { text: 'Mới.', composedHash: hashText('Mới.') }],
  ] as const)('%j + %s → %j', (current, choice, expected) => {
    expect(applyCompose(current, composed, choice)).toEqual(expected);
  });
});
