import { mount, type VueWrapper } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import WorklogScreen from '../../../components/worklog/WorklogScreen.vue';
import { useDatabase } from '../../../stores/db';
import { logIdFor, useWorklogStore } from '../../../stores/worklog';
import { freshDb } from '../../stores/fixtures';
import { until } from '../../helpers/until';

/** The year the screen opens (this year) and its log id with no profile. */
export const YEAR = new Date().getFullYear();
export const LOG_ID = logIdFor(undefined, YEAR);

/** A fresh database and Pinia (call in beforeEach); close with `useDatabase().close()`. */
export function freshWorklog(): void {
  setActivePinia(createPinia());
  useDatabase(freshDb('worklog-ui'));
}

const mounted: VueWrapper[] = [];
/** Unmounts what mountEntries mounted (ids from useId repeat between apps) and closes the database. */
export function closeWorklog(): void {
  for (const w of mounted.splice(0)) w.unmount();
  useDatabase().close();
}

/** The Sổ công việc screen on its «Công việc» tab, attached to the document (focus is checked). */
export async function mountEntries(): Promise<VueWrapper> {
  const w = mount(WorklogScreen, { attachTo: document.body });
  mounted.push(w);
  await until(() => w.find('[data-testid="worklog-counts"]').exists(), 'the «Công việc» tab');
  return w;
}

export const stored = () => useWorklogStore().listEntries(LOG_ID);

/** Rows on screen: their title and meta line. */
export const rows = (w: VueWrapper) => w.findAll('[data-testid="worklog-entry"]').map((r) => `${r.find('.title').text()} | ${r.find('.meta').text()}`);

export const button = (w: VueWrapper, text: string) => {
  const b = w.findAll('button').find((x) => x.text() === text || x.text().startsWith(`${text} `) || x.text().startsWith(`${text}«`));
  if (!b) throw new Error(`no button «${text}»: ${w.findAll('button').map((x) => x.text()).join(' / ')}`);
  return b;
};

/** The field labelled `label` (label text as shown, exact). */
export function field(w: VueWrapper, label: string, within = w.element) {
  const l = [...within.querySelectorAll('label')].find((x) => x.textContent?.trim() === label);
  if (!l) throw new Error(`no field «${label}»`);
  const el = within.ownerDocument.getElementById(l.htmlFor);
  if (!el) throw new Error(`no element for «${label}»`);
  return el as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
}

/** Types into a field as the user does (input, then change when it is left). */
export async function type(el: HTMLInputElement | HTMLTextAreaElement, value: string) {
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
  await new Promise((r) => setTimeout(r, 0));
}

export async function choose(el: HTMLSelectElement, value: string) {
  el.value = value;
  el.dispatchEvent(new Event('change', { bubbles: true }));
  await new Promise((r) => setTimeout(r, 0));
}
