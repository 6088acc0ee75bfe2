import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Measure } from './stats';

/** The side panel's initial JavaScript: the scripts sidepanel.html loads and their static imports. */
export function sidePanelInitialJs(outDir: string): Measure {
  const html = readFileSync(join(outDir, 'sidepanel.html'), 'utf8');
  const entries = [...html.matchAll(/<script[^>]+src="([^"]+)"/g), ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)].map((m) => m[1]!);
  const seen = new Set<string>();
  const queue = entries.map((e) => e.replace(/^\//, ''));
  let raw = 0;
  let gz = 0;
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(outDir, file));
    raw += code.length;
    gz += gzipSync(code, { level: 9 }).length;
    // static imports only: `import … from "./x.js"` / `import "./x.js"` (dynamic import() chunks are not initial)
    for (const m of code.toString('utf8').matchAll(/(?:^|[;\n}])\s*import\s*(?:[^'"()]*?from\s*)?["']([^"']+\.js)["']/g)) {
      const rel = m[1]!;
      const path = join(file, '..', rel).replace(/\\/g, '/');
      queue.push(path.replace(/^\//, ''));
    }
  }
  const docx = [...seen].some((f) => readFileSync(join(outDir, f), 'utf8').includes('w:document'));
  return {
    name: 'side panel: initial JavaScript, gzip',
    value: gz / 1024,
    unit: 'kB',
    budget: 150,
    detail: `${seen.size} files, ${(raw / 1024).toFixed(1)} kB raw; docx in it: ${docx ? 'YES' : 'no'}`,
  };
}
