import { describe, expect, it } from 'vitest';
import { applyCompose, headerFieldInput, SCORE_MAX, setHeaderField, setIssuance, setUpperPartyUnit, unitVisible } from '../../../components/draft/draft-edits';
import { upperUnitLine } from '../../../domain/document/header-block';
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
    ['partyPost', 'Bí thư Chi bộ Phòng Kinh tế', 'Bí thư Chi bộ Phòng Kinh tế'],
    ['unionPost', 'Chủ tịch Công đoàn cơ sở', 'Chủ tịch Công đoàn cơ sở'],
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

describe('party posts typed or from the profile, the upper party unit, the issuance', () => {
  it('prints the posts from the profile without repeated words until a line is typed', () => {
    const d = bare({
      profile: {
        v: 1,
        reviewYear: 2025,
        subject: { kind: 'individual', fullName: 'A', partyStatus: 'chinh-thuc', leadershipPosts: [{ title: 'Bí thư Chi bộ', unit: 'Chi bộ Phòng Kinh tế', isHead: true, concurrent: false, centrallyManaged: false }] },
      },
    });
    expect(headerFieldValue('partyPost', d)).toBe('Bí thư Chi bộ Phòng Kinh tế');
    setHeaderField(d, QD366_FORM_02A, 'partyPost', 'Bí thư Chi bộ, Ủy viên Ban Chấp hành Đảng bộ phường');
    expect(headerFieldValue('partyPost', d)).toBe('Bí thư Chi bộ, Ủy viên Ban Chấp hành Đảng bộ phường');
    setHeaderField(d, QD366_FORM_02A, 'partyPost', '');
    expect(headerFieldValue('partyPost', d)).toBe('Bí thư Chi bộ Phòng Kinh tế');
  });

  it.each([
    ['Đảng bộ phường Thành Sen', 'ĐẢNG BỘ PHƯỜNG THÀNH SEN'],
    ['', 'ĐẢNG BỘ ……'],
  ])('upper party unit %j prints %j', (value, line) => {
    const d = bare();
    setUpperPartyUnit(d, QD366_FORM_02A, value);
    expect(upperUnitLine(d)).toBe(line);
    expect(DraftSchema.safeParse(d).success).toBe(true);
  });

  it('keeps issuance fields, drops emptied ones and the object when nothing is left', () => {
    const d = bare({ formCode: '01' });
    setIssuance(d, 'signerName', 'Trần Thị Bình');
    setIssuance(d, 'number', '12-BC/CB');
    expect(d.issuance).toEqual({ signerName: 'Trần Thị Bình', number: '12-BC/CB' });
    setIssuance(d, 'number', '  ');
    setIssuance(d, 'signerName', undefined);
    expect('issuance' in d).toBe(false);
    expect(DraftSchema.safeParse(d).success).toBe(true);
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
