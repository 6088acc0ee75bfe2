import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Privacy by construction: no product source can send data anywhere or run strings as code, and the extension's
 * pages run under a strict CSP. (The e2e suite also checks that a real Chromium session makes no outside request.)
 */
const ROOT = process.cwd();
const PRODUCT_DIRS = ['domain', 'stores', 'components', 'composables', 'entrypoints'];
const EXTENSIONS = /\.(ts|mts|js|mjs|vue|html)$/;

function productFiles(): string[] {
  const out: string[] = [];
  const stack = PRODUCT_DIRS.map((d) => join(ROOT, d)).filter((d) => existsSync(d));
  while (stack.length > 0) {
    const dir = stack.pop()!;
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) stack.push(path);
      else if (EXTENSIONS.test(name)) out.push(path);
    }
  }
  return out.sort();
}

const FORBIDDEN: [string, RegExp][] = [
  ['fetch()', /(^|[^\w.$])fetch\s*\(|\.fetch\s*\(/],
  ['XMLHttpRequest', /\bXMLHttpRequest\b/],
  ['sendBeacon', /\bsendBeacon\b/],
  ['WebSocket', /\bWebSocket\b/],
  ['EventSource', /\bEventSource\b/],
  ['remote import()', /\bimport\s*\(\s*['"`](https?:)?\/\//],
  ['v-html', /\bv-html\b/],
  ['innerHTML =', /\.innerHTML\s*\+?=/],
  ['outerHTML =', /\.outerHTML\s*\+?=/],
  ['insertAdjacentHTML', /\binsertAdjacentHTML\b/],
  ['document.write', /\bdocument\.write(ln)?\s*\(/],
  ['eval(', /(^|[^\w.$])eval\s*\(/],
  ['new Function(', /\bnew\s+Function\s*\(/],
  ['setTimeout with a string', /\bsetTimeout\s*\(\s*['"`]/],
];

describe('no network, no string-to-code in product sources', () => {
  const files = productFiles();

  it('finds the product sources', () => {
    expect(files.length).toBeGreaterThan(20);
    expect(files.some((f) => f.endsWith('.vue'))).toBe(true);
  });

  it.each(FORBIDDEN)('no %s', (_label, pattern) => {
    const hits = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, i) => (pattern.test(line) ? `${relative(ROOT, file)}:${i + 1}: ${line.trim()}` : undefined))
        .filter((h): h is string => h !== undefined),
    );
    expect(hits).toEqual([]);
  });

  it.each([
    ['fetch(url)', true],
    ['await window.fetch(u)', true],
    ['prefetch(x)', false],
    ["el.innerHTML = '<b>'", true],
    ['el.textContent = x', false],
    ['eval("1")', true],
    ['retrieval(x)', false],
    ['new Function("a", "b")', true],
    ["import('https://cdn.example/x.js')", true],
    ["await import('docx')", false],
  ])('the scanner flags %s: %s', (line, flagged) => {
    expect(FORBIDDEN.some(([, p]) => p.test(line))).toBe(flagged);
  });
});

/** Parses "a b; c d" into directive → sources. */
function parseCsp(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name!.toLowerCase(), sources]),
  );
}

function cspProblems(csp: string): string[] {
  const problems: string[] = [];
  const d = parseCsp(csp);
  const script = d.get('script-src') ?? d.get('default-src');
  if (!script) problems.push('no script-src / default-src');
  else if (!script.every((s) => ["'self'", "'wasm-unsafe-eval'"].includes(s))) problems.push(`script-src allows ${script.join(' ')}`);
  if (!(d.get('object-src') ?? d.get('default-src'))?.every((s) => ["'none'", "'self'"].includes(s))) problems.push('object-src not restricted');
  if (/unsafe-eval|unsafe-inline|\bdata:|\bblob:|\*/.test(d.get('script-src')?.join(' ') ?? '')) problems.push('unsafe script source');
  for (const [name, sources] of d) {
    const remote = sources.filter((s) => /^(https?:|wss?:|\*|[\w-]+\.[\w.-]+)/.test(s));
    if (remote.length) problems.push(`${name} allows remote ${remote.join(' ')}`);
  }
  return problems;
}

describe('extension pages CSP', () => {
  it.each([
    ["script-src 'self'; object-src 'none'", []],
    ["script-src 'self' 'unsafe-eval'; object-src 'none'", ["script-src allows 'self' 'unsafe-eval'", 'unsafe script source']],
    ["script-src 'self' https://cdn.example; object-src 'self'", ["script-src allows 'self' https://cdn.example", 'script-src allows remote https://cdn.example']],
    ["script-src 'self'; object-src 'none'; connect-src *", ['connect-src allows remote *']],
    ["object-src 'none'", ['no script-src / default-src']],
  ])('checker: %s', (csp, problems) => expect(cspProblems(csp)).toEqual(problems));

  const manifestPath = join(ROOT, '.output/chrome-mv3/manifest.json');
  const sources: [string, () => string | undefined][] = [
    [
      'built manifest (.output/chrome-mv3/manifest.json, when built)',
      () => (existsSync(manifestPath) ? (JSON.parse(readFileSync(manifestPath, 'utf8')).content_security_policy?.extension_pages ?? '') : undefined),
    ],
    ['wxt.config.ts', () => /extension_pages:\s*(['"`])(.*?)\1/s.exec(readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8'))?.[2] ?? ''],
  ];

  it.each(sources)('%s has a strict extension_pages CSP', (_label, read) => {
    const csp = read();
    if (csp === undefined) return; // not built in this checkout; wxt.config.ts is checked below either way
    expect(csp).not.toBe('');
    expect(cspProblems(csp)).toEqual([]);
  });
});
