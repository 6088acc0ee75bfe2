import { launchWithExtension } from '../tests/e2e/support/browser';
import { sampleDraft } from './sample-drafts';
import { writeFileSync } from 'node:fs';
const s = await launchWithExtension(undefined, '/tmp/prof/out/chrome-mv3');
const page = await s.context.newPage();
await page.goto(s.url('sidepanel.html'));
await page.waitForFunction(() => performance.getEntriesByName('kd:list-ready').length > 0);
const d = sampleDraft('bench-20-pages', 20);
await page.evaluate(`(async (d) => {
  const db = await new Promise((ok) => { const r = indexedDB.open('kiem-diem'); r.onsuccess = () => ok(r.result); });
  await new Promise((ok) => { const tx = db.transaction(['drafts','draftSummaries'],'readwrite'); tx.objectStore('drafts').put(d);
   tx.objectStore('draftSummaries').put({id:d.id,title:d.title,reviewYear:d.reviewYear,formCode:d.formCode,rulebookId:d.rulebookId,updatedAt:d.updatedAt,rev:d.rev}); tx.oncomplete = ok; });
  db.close();
})(${JSON.stringify(d)})`);
await page.reload();
await page.getByRole('button', { name: /Bản kiểm điểm mẫu bench-20-pages/ }).click();
const area = page.locator('textarea').first();
await area.click();
await page.keyboard.press('End');
const cdp = await s.context.newCDPSession(page);
const N = Number(process.argv[2] ?? 63);
const loop = `(async () => {
  const el = document.activeElement;
  const times = [];
  const parts = [];
  for (let i = 0; i < ${N}; i++) {
    const saved = new Promise((ok) => {
      const obs = new PerformanceObserver((list) => {
        const m = list.getEntries().find((e) => e.name === 'kd:saved');
        if (m) { obs.disconnect(); ok(m.startTime); }
      });
      obs.observe({ entryTypes: ['mark'] });
    });
    performance.mark('k:start'); const t0 = performance.now();
    el.value += 'a';
    el.dispatchEvent(new InputEvent('input', { bubbles: true, data: 'a', inputType: 'insertText' }));
    const t1 = performance.now();
    const t2 = await saved;
    times.push(t2 - t0); parts.push(t1 - t0);
    await new Promise((r) => setTimeout(r, 30));
  }
  const a = times.slice(3).sort((x, y) => x - y); const p = parts.slice(3).sort((x, y) => x - y);
  return { median: a[Math.floor(a.length/2)], p95: a[Math.floor(a.length*0.95)], syncMedian: p[Math.floor(p.length/2)] };
})()`;

const events: any[] = [];
cdp.on('Tracing.dataCollected', (e: any) => events.push(...e.value));
await cdp.send('Tracing.start', { categories: 'toplevel,devtools.timeline,blink.user_timing,v8,IndexedDB', transferMode: 'ReportEvents' } as any);
console.log(await page.evaluate(loop));
const done = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
await cdp.send('Tracing.end');
await done;
writeFileSync('/tmp/prof/trace.json', JSON.stringify(events));
const main = events.filter((e) => e.ph === 'X' && e.dur);
const tids = new Map<string, number>();
for (const e of main) tids.set(e.pid + ':' + e.tid, (tids.get(e.pid + ':' + e.tid) ?? 0) + e.dur);
console.log([...tids.entries()].sort((a,b)=>b[1]-a[1]).slice(0,5));
const topTid = [...tids.entries()].sort((a,b)=>b[1]-a[1]);
for (const [tid] of topTid.slice(0,3)) {
const agg = new Map<string, number>();
for (const e of main) if (e.pid + ':' + e.tid === tid) agg.set(e.name, (agg.get(e.name) ?? 0) + e.dur / 1000);
console.log(tid, [...agg.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${v.toFixed(1).padStart(8)} ms  ${k}`).join('\n'));
}
await s.close();
