import { describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import DraftFlagItem from '../../../components/draft/DraftFlagItem.vue';
import DraftFlagSummary from '../../../components/draft/DraftFlagSummary.vue';
import { dismissFlag, restoreFlag } from '../../../components/draft/draft-edits';
import { newDraft, reviewDraft, type Flag } from '../../../domain/drafting';
import { QD366_FORM_02B } from '../../../domain/rulebooks/qd366-2025/forms/02b';
import type { Draft } from '../../../domain/schemas/draft';

const flag: Flag = {
  id: 'no-figures:A.I.2',
  unitId: 'A.I.2',
  kind: 'no-figures',
  severity: 'warning',
  message: 'mục A.I.2 chưa có số liệu hay sản phẩm cụ thể.',
  rule: { id: 'hd43.7.12.evidence', clause: 'HD 43 mục 7.12', source: 'x', certainty: 'secondary' },
};

function draft02B(): Draft {
  const d = newDraft({
    id: 'd1',
    profile: { v: 1, reviewYear: 2025, subject: { kind: 'individual', fullName: 'Lê Văn A', partyStatus: 'chinh-thuc', occupation: 'cong-chuc', leadershipPosts: [] } },
    reviewYear: 2025,
    now: 0,
  });
  d.sections['A.I.2'] = { text: 'Hoàn thành tốt các nhiệm vụ được giao.' };
  return d;
}

describe('DraftFlagItem: "Bỏ qua" needs a reason', () => {
  it('shows why, where and the clause (with how sure we are)', () => {
    const w = mount(DraftFlagItem, { props: { flag } });
    expect(w.text()).toContain('mục A.I.2 chưa có số liệu hay sản phẩm cụ thể.');
    expect(w.get('.clause').text()).toBe('Căn cứ: HD 43 mục 7.12 theo trích dẫn');
    expect(w.get('[data-testid="rule-badge"]').text()).toBe('theo trích dẫn');
  });

  it.each([
    ['', false],
    ['   ', false],
    ['  Đã nêu số liệu ở phụ lục  ', true],
  ])('reason %j → dismissed: %s', async (reason, dismissed) => {
    const w = mount(DraftFlagItem, { props: { flag }, attachTo: document.body });
    await w.get('button').trigger('click');
    const input = w.get('input');
    expect(w.get(`label[for="${input.attributes('id')}"]`).text()).toBe('Lý do bỏ qua');
    await input.setValue(reason);
    await w.get('form').trigger('submit');
    if (dismissed) {
      expect(w.emitted('dismiss')).toEqual([['Đã nêu số liệu ở phụ lục']]);
      expect(w.find('form').exists()).toBe(false);
    } else {
      expect(w.emitted('dismiss')).toBeUndefined();
      expect(w.get('[role="alert"]').text()).toBe('Cần ghi lý do bỏ qua điểm này.');
      expect(input.attributes('aria-invalid')).toBe('true');
    }
    w.unmount();
  });

  it('"Hủy" closes the reason form without dismissing', async () => {
    const w = mount(DraftFlagItem, { props: { flag } });
    await w.get('button').trigger('click');
    await w.findAll('button').find((b) => b.text() === 'Hủy')!.trigger('click');
    expect(w.find('form').exists()).toBe(false);
    expect(w.emitted('dismiss')).toBeUndefined();
  });
});

describe('dismissing stores the reason in assessment.dismissedFlags', () => {
  it('the flag moves to the dismissed list with its reason, and can be restored', () => {
    const d = draft02B();
    const before = reviewDraft(d, QD366_FORM_02B);
    expect(before.flags.map((f) => f.id)).toContain('no-figures:A.I.2');

    expect(dismissFlag(d, 'no-figures:A.I.2', '  Số liệu ở phụ lục kèm theo ')).toBe(true);
    expect(d.assessment.dismissedFlags).toEqual({ 'no-figures:A.I.2': 'Số liệu ở phụ lục kèm theo' });
    const after = reviewDraft(d, QD366_FORM_02B);
    expect(after.flags.map((f) => f.id)).not.toContain('no-figures:A.I.2');
    expect(after.dismissed).toEqual([expect.objectContaining({ id: 'no-figures:A.I.2', reason: 'Số liệu ở phụ lục kèm theo' })]);

    restoreFlag(d, 'no-figures:A.I.2');
    expect(d.assessment.dismissedFlags).toEqual({});
    expect(reviewDraft(d, QD366_FORM_02B).flags.map((f) => f.id)).toContain('no-figures:A.I.2');
  });

  it('a blank reason changes nothing', () => {
    const d = draft02B();
    expect(dismissFlag(d, 'no-figures:A.I.2', ' ')).toBe(false);
    expect(d.assessment.dismissedFlags).toEqual({});
  });

  it('the summary counts the flags and lists the dismissed ones with their reason, each restorable', async () => {
    const w = mount(DraftFlagSummary, {
      props: { count: 3, general: [], dismissed: [{ ...flag, reason: 'Số liệu ở phụ lục' }] },
    });
    expect(w.get('[data-testid="flag-count"]').text()).toBe('3 điểm cần xem lại');
    expect(w.get('[data-testid="dismissed-flag"]').text()).toContain('Lý do: Số liệu ở phụ lục');
    await w.get('[data-testid="dismissed-flag"] button').trigger('click');
    expect(w.emitted('restore')).toEqual([['no-figures:A.I.2']]);
    await w.setProps({ count: 0, dismissed: [] });
    expect(w.get('[data-testid="flag-count"]').text()).toBe('Không có điểm nào cần xem lại');
  });
});
