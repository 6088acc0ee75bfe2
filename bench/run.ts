/**
 * `npm run bench`: measures each figure against its budget and prints one table (+ bench-output/bench.json).
 * Not a test: it never fails CI. Absolute times vary between machines; the share of budget is the figure to watch.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { sidePanelInitialJs } from './bundle';
import { chromiumMeasures } from './chromium';
import { chromiumBackup } from './chromium-backup';
import { chromiumRoster } from './chromium-roster';
import { chromiumWorklogBackup } from './chromium-worklog-backup';
import { chromiumMau05 } from './chromium-mau05';
import { chromiumWorklog } from './chromium-worklog';
import { domainMeasures } from './domain';
import type { Measure } from './stats';

const outDir = resolve('.output/chrome-mv3');
const measures: Measure[] = [];
measures.push(sidePanelInitialJs(outDir));
measures.push(...(await domainMeasures()));
measures.push(...(await chromiumMeasures(outDir)));
measures.push(await chromiumBackup(outDir));
measures.push(await chromiumWorklogBackup(outDir));
measures.push(...(await chromiumRoster(outDir)));
measures.push(...(await chromiumWorklog(outDir)));
measures.push(...(await chromiumMau05(outDir)));

const rows = measures.map((m) => {
  const share = (m.value / m.budget) * 100;
  return {
    measure: m.name,
    value: `${m.value.toFixed(m.value < 10 ? 3 : 1)} ${m.unit}`,
    budget: `< ${m.budget} ${m.unit}`,
    share: `${share.toFixed(0)}%`,
    ok: share < 100 ? 'ok' : 'OVER',
    detail: m.detail ?? '',
  };
});
const widths = Object.keys(rows[0]!).map((k) => Math.max(k.length, ...rows.map((r) => String(r[k as keyof typeof r]).length)));
const line = (cells: string[]) => '| ' + cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ') + ' |';
console.log(line(Object.keys(rows[0]!)));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const r of rows) console.log(line(Object.values(r)));
mkdirSync('bench-output', { recursive: true });
writeFileSync('bench-output/bench.json', JSON.stringify({ date: new Date().toISOString(), node: process.version, measures }, null, 2));
console.log('\nĐã ghi bench-output/bench.json');
