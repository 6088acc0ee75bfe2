import { defineComponent, h, onMounted, type Component } from 'vue';
import { mount, type VueWrapper } from '@vue/test-utils';
import type { Pinia } from 'pinia';
import { useWorklog } from '../../../composables/useWorklog';
import type { WorklogEntry } from '../../../domain/schemas/worklog';
import { until } from '../../helpers/until';

/** Mounts a work-log tab over the year's log of the active profile (none: the personal log), as WorklogScreen does. */
export async function mountTab(tab: Component, pinia: Pinia, year = 2026): Promise<VueWrapper> {
  const Harness = defineComponent({
    setup() {
      const log = useWorklog(year);
      onMounted(() => void log.open(year));
      return () => (log.ready.value ? h(tab, { log }) : h('p', 'Đang mở sổ…'));
    },
  });
  const w = mount(Harness, { global: { plugins: [pinia] }, attachTo: document.body });
  await until(() => !w.text().includes('Đang mở sổ…'), 'the log');
  return w;
}

export const entry = (id: string, title: string, status: WorklogEntry['status'], doneOn?: string, deadline?: string) => ({
  id, title, status, ...(doneOn ? { doneOn } : {}), ...(deadline ? { deadline } : {}),
});

/** Quarter II of 2026: 2 on time (one exceeded in quality), 1 late, 1 not completed; one entry in quarter I. */
export const SEED = [
  entry('a', 'Báo cáo sơ kết 6 tháng', 'vuot-chat-luong', '2026-06-20'),
  entry('b', 'Kế hoạch kiểm tra chuyên đề', 'dung-han', '2026-04-10'),
  entry('c', 'Thẩm định hồ sơ dự án A', 'cham', '2026-05-30', '2026-05-15'),
  entry('d', 'Rà soát quy chế chi tiêu nội bộ', 'chua-hoan-thanh', undefined, '2026-06-30'),
  entry('e', 'Tổng kết năm 2025', 'dung-han', '2026-01-15'),
];

export const byText = (w: VueWrapper, selector: string, text: string) => {
  const found = w.findAll(selector).find((x) => x.text() === text);
  if (!found) throw new Error(`no ${selector} «${text}»`);
  return found;
};
/** The control labelled `label` (its <label for>). */
export const field = (w: VueWrapper, label: string) => {
  const l = w.findAll('label').find((x) => x.text().startsWith(label));
  if (!l) throw new Error(`no label ${label}`);
  return w.find(`#${CSS.escape(l.attributes('for')!)}`);
};
