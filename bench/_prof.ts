import { readFileSync } from 'node:fs';
import { launchWithExtension } from '../tests/e2e/support/browser';
const s = await launchWithExtension(undefined, '/work/main/.output/chrome-mv3');
const page = await s.context.newPage();
await page.goto(s.url('sidepanel.html'));
await page.waitForTimeout(1000);
console.log(await page.evaluate(readFileSync(process.argv[2]!, 'utf8')));
await s.close();
