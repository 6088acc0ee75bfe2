import { afterEach, describe, expect, it, vi } from 'vitest';
import { mount, type VueWrapper } from '@vue/test-utils';
import DraftExportButton from '../../../components/draft/DraftExportButton.vue';
import { QD366_FORM_02B } from '../../../domain/rulebooks/qd366-2025/forms/02b';
import { DraftSchema } from '../../../domain/schemas/draft';
import { until } from '../../helpers/until';

/** A signing date outside the review season is said next to the button and asked about before any file is made. */
let w: VueWrapper | undefined;
afterEach(() => {
  w?.unmount();
  w = undefined;
  vi.restoreAllMocks();
});

const draft = (signedDate: string) =>
  DraftSchema.parse({ v: 1, id: 'd', reviewYear: 2025, rulebookId: 'qd366-2025', formCode: '02B', createdAt: 0, updatedAt: 0, signedDate });

describe('export: date warnings', () => {
  it('lists nothing for a date in season', () => {
    w = mount(DraftExportButton, { props: { draft: draft('2025-12-05'), form: QD366_FORM_02B }, attachTo: document.body });
    expect(w.find('[data-testid="export-date-warnings"]').exists()).toBe(false);
  });

  it('shows the warning before export and asks; «Hủy» makes no file', async () => {
    const create = vi.spyOn(URL, 'createObjectURL');
    w = mount(DraftExportButton, { props: { draft: draft('2025-06-05'), form: QD366_FORM_02B }, attachTo: document.body });
    expect(w.find('[data-testid="export-date-warnings"]').text()).toContain('sớm hơn mùa kiểm điểm năm 2025');
    await w.find('button.primary').trigger('click');
    await until(() => document.querySelector('[data-testid="date-warning-dialog"]') !== null, 'the date dialog');
    expect(document.querySelector('[data-testid="date-warning-dialog"]')?.textContent).toContain('05/06/2025');
    const cancel = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Hủy')!;
    cancel.click();
    await until(() => document.querySelector('[data-testid="date-warning-dialog"]') === null, 'the dialog closed');
    expect(create).not.toHaveBeenCalled();
    expect(w.find('[data-testid="export-status"]').exists()).toBe(false);
  });
});
