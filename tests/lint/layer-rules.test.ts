// @vitest-environment node
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The layer rules of CONTRIBUTING.md › Layout are lint rules (eslint.config.js). This proves they can fail:
 * deliberate violations report exactly the expected rule, near misses report nothing. The texts are linted as
 * if they were at `filePath` (nothing is written).
 */
const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(filePath: string, code: string): Promise<(string | null)[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId);
}

const DOMAIN = 'domain/drafting/check.ts';
const COMPONENT_TS = 'components/x/x-helpers.ts';
const COMPONENT_VUE = 'components/x/XPanel.vue';
const lines = (n: number) => Array.from({ length: n }, (_, i) => `console.log(${i});`).join('\n');

describe('layer rules', () => {
  it.each([
    // domain/: pure TypeScript
    ['domain imports vue', 'no-restricted-imports', DOMAIN, "import { ref } from 'vue';\nexport const x = ref(1);"],
    ['domain imports dexie', 'no-restricted-imports', DOMAIN, "import Dexie from 'dexie';\nexport const db = new Dexie('x');"],
    ['domain imports node:fs', 'no-restricted-imports', DOMAIN, "import { readFileSync } from 'node:fs';\nexport const read = () => readFileSync('x');"],
    ['domain imports bare path', 'no-restricted-imports', DOMAIN, "import { join } from 'path';\nexport const p = join('a', 'b');"],
    ['domain uses the @/ alias', 'no-restricted-imports', DOMAIN, "import { src } from '@/domain/core/rule';\nexport const s = src;"],
    ['domain climbs into stores/', 'no-restricted-imports', DOMAIN, "import { useDatabase } from '../../stores/db';\nexport const d = useDatabase;"],
    ['domain imports vue lazily', 'no-restricted-syntax', DOMAIN, "export const load = () => import('vue');"],
    ['domain reads document.title', 'no-restricted-globals', DOMAIN, 'export const title = () => document.title;'],
    ['domain writes localStorage', 'no-restricted-globals', DOMAIN, "export const save = (k: string) => localStorage.setItem(k, '1');"],
    ['domain makes a Blob', 'no-restricted-globals', DOMAIN, 'export const empty = () => new Blob([]);'],
    ['domain calls the extension API', 'no-restricted-globals', DOMAIN, 'export const id = () => browser.runtime.id;'],
    // components/ and composables/: only stores do persistence
    ['component (ts) imports @/stores/db', 'no-restricted-imports', COMPONENT_TS, "import { useDatabase } from '@/stores/db';\nexport const d = useDatabase;"],
    [
      'component (vue) imports ../../stores/db',
      'no-restricted-imports',
      COMPONENT_VUE,
      "<script setup lang=\"ts\">\nimport { useDatabase } from '../../stores/db';\nconst name = useDatabase().name;\n</script>\n<template><p>{{ name }}</p></template>\n",
    ],
    ['composable imports dexie', 'no-restricted-imports', 'composables/useThing.ts', "import { liveQuery } from 'dexie';\nexport const q = liveQuery;"],
    ['content script imports a store', 'no-restricted-imports', 'entrypoints/fill.content/extra.ts', "import { useDraftsStore } from '@/stores/drafts';\nexport const s = useDraftsStore;"],
    // product code: no network, no HTML from strings
    ['a store calls fetch(', 'no-restricted-globals', 'stores/remote.ts', "export const get = () => fetch('/x');"],
    ['a component calls window.fetch(', 'no-restricted-properties', COMPONENT_TS, "export const get = () => window.fetch('/x');"],
    ['a store sends a beacon', 'no-restricted-syntax', 'stores/remote.ts', "export const send = () => navigator.sendBeacon('/x', '');"],
    ['a component sets innerHTML', 'no-restricted-syntax', COMPONENT_TS, "export const set = (el: HTMLElement) => {\n  el.innerHTML = '<b>x</b>';\n};"],
    ['a component uses v-html', 'vue/no-v-html', COMPONENT_VUE, '<script setup lang="ts">\nconst html = \'\';\n</script>\n<template><p v-html="html" /></template>\n'],
    // entry points stay a few lines
    ['a long background entry point', 'max-lines', 'entrypoints/background.ts', lines(41)],
    ['a long page entry point', 'max-lines', 'entrypoints/app/main.ts', lines(41)],
    // tests: nothing focused or skipped
    ['it.only', 'no-restricted-properties', 'tests/x/x.test.ts', "import { it } from 'vitest';\nit.only('x', () => {});"],
    ['describe.skip', 'no-restricted-properties', 'tests/x/x.test.ts', "import { describe } from 'vitest';\ndescribe.skip('x', () => {});"],
    ['test.todo', 'no-restricted-properties', 'tests/x/x.test.ts', "import { test } from 'vitest';\ntest.todo('x');"],
    ['it.concurrent.only', 'no-restricted-syntax', 'tests/x/x.test.ts', "import { it } from 'vitest';\nit.concurrent.only('x', () => {});"],
  ])('%s → %s', async (_name, rule, filePath, code) => {
    expect(await ruleIds(filePath, code)).toEqual([rule]);
  });

  it.each([
    ['domain imports zod', DOMAIN, "import { z } from 'zod';\nexport const S = z.string();"],
    ['domain imports ../core/rule', DOMAIN, "import { src, type RuleRef } from '../core/rule';\nexport const s = src;\nexport type R = RuleRef;"],
    ['domain imports docx', DOMAIN, "import { Paragraph } from 'docx';\nexport const p = () => new Paragraph('x');"],
    [
      'domain uses language built-ins',
      DOMAIN,
      "export const f = () => new Intl.NumberFormat('vi-VN').format(1) + new TextEncoder().encode('a').length + structuredClone({ a: 1 }).a;",
    ],
    ['domain has its own `document` parameter', DOMAIN, 'export const title = (document: { title: string }) => document.title;'],
    ['component imports @/stores/drafts', COMPONENT_TS, "import { useDraftsStore } from '@/stores/drafts';\nexport const s = useDraftsStore;"],
    ['component imports @/stores/live-query', COMPONENT_TS, "import { observeQuery } from '@/stores/live-query';\nexport const q = observeQuery;"],
    ['component sets textContent', COMPONENT_TS, "export const set = (el: HTMLElement) => {\n  el.textContent = '<b>x</b>';\n};"],
    ['a store uses Dexie', 'stores/thing.ts', "import Dexie from 'dexie';\nexport const db = new Dexie('x');"],
    ['the CLI reads a file', 'cli/commands/thing.ts', "import { readFileSync } from 'node:fs';\nexport const read = () => readFileSync('x');"],
    ['a script calls fetch', 'scripts/thing.mjs', "export const get = () => fetch('http://127.0.0.1:1/');"],
    ['a long content-script module', 'entrypoints/fill.content/extra.ts', lines(60)],
    ['a table-driven test', 'tests/x/x.test.ts', "import { expect, it } from 'vitest';\nit.each([[1]])('x %i', (n) => expect(n).toBe(1));"],
  ])('%s → nothing', async (_name, filePath, code) => {
    expect(await ruleIds(filePath, code)).toEqual([]);
  });
});
