// ESLint (flat config). Besides typescript-eslint's and eslint-plugin-vue's recommended sets, it enforces the
// layer rules of CONTRIBUTING.md › Layout as errors. Only non-type-aware rules: the whole lint stays fast.
//
// ESLint applies the LAST matching config's options of a rule, so each `no-restricted-*` rule is set once per
// area below (domain, UI, content script, other product code, tests), each area carrying every restriction
// that applies to it.
import { builtinModules } from 'node:module';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import pluginVue from 'eslint-plugin-vue';
import tseslint from 'typescript-eslint';

const LAYOUT = 'CONTRIBUTING.md › Layout';
const STYLE = 'CONTRIBUTING.md › Style';
const PRIVACY = 'README.md: the app sends no network request';

// ---- What product code (everything that ships) may not do -----------------------------------------------------

const NETWORK_GLOBALS = ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'WebTransport'];

const productGlobals = NETWORK_GLOBALS.map((name) => ({
  name,
  message: `Product code makes no network request: no ${name} (${PRIVACY}).`,
}));

const productProperties = ['window', 'globalThis', 'self'].flatMap((object) =>
  ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource'].map((property) => ({
    object,
    property,
    message: `Product code makes no network request: no ${object}.${property} (${PRIVACY}).`,
  })),
);

const productSyntax = [
  {
    selector: "MemberExpression[property.name='sendBeacon']",
    message: `Product code makes no network request: no sendBeacon (${PRIVACY}).`,
  },
  {
    selector:
      "AssignmentExpression > MemberExpression.left:matches([property.name=/^(innerHTML|outerHTML)$/], [property.value=/^(innerHTML|outerHTML)$/])",
    message: 'No assignment to innerHTML/outerHTML: build elements or bind text (Vue escapes it).',
  },
  {
    selector: "CallExpression > MemberExpression.callee:matches([property.name='insertAdjacentHTML'], [object.name='document'][property.name=/^write(ln)?$/])",
    message: 'No HTML from strings (insertAdjacentHTML, document.write): build elements or bind text.',
  },
];

// ---- domain/: pure TypeScript shared by Node (CLI, tests) and the browser -------------------------------------

/** Names that would tie domain/ to the browser: the DOM, storage, network, workers, extension APIs. */
const DOMAIN_ALLOWED_GLOBALS = new Set([
  // available alike in Node and browsers, no I/O
  'console',
  'setTimeout',
  'clearTimeout',
  'setInterval',
  'clearInterval',
  'queueMicrotask',
  'structuredClone',
  'TextEncoder',
  'TextDecoder',
  'URL',
  'URLSearchParams',
  'AbortController',
  'AbortSignal',
  'atob',
  'btoa',
]);
const language = new Set(Object.keys(globals.builtin)); // Intl, Map, Promise, globalThis…
const browserOnly = [
  ...new Set([
    ...Object.keys(globals.browser),
    ...Object.keys(globals.worker),
    ...Object.keys(globals.serviceworker),
    ...Object.keys(globals.webextensions), // browser, chrome
  ]),
]
  .filter((name) => !language.has(name) && !DOMAIN_ALLOWED_GLOBALS.has(name) && !NETWORK_GLOBALS.includes(name))
  .sort();

const domainGlobals = [
  ...productGlobals,
  ...browserOnly.map((name) => ({
    name,
    message: `domain/ is pure TypeScript: no browser, DOM, storage or extension global such as \`${name}\`; pass values in from a store or component (${LAYOUT}).`,
  })),
];

const NODE_BUILTINS = builtinModules.filter((m) => !m.startsWith('_')).map((m) => m.replace(/[/]/g, '\\/'));

/** no-restricted-imports patterns; the same regexes also catch `import('…')` (see `dynamicImports`). */
const domainImports = [
  {
    regex: '^(vue|pinia|@vue\\/.*|@pinia\\/.*)$',
    message: `domain/ is pure TypeScript: no Vue or Pinia (${LAYOUT}).`,
  },
  {
    regex: '^dexie(\\/.*)?$',
    message: `domain/ is pure TypeScript: no Dexie; persistence lives in stores/ (${LAYOUT}).`,
  },
  {
    regex: '^(wxt|@wxt-dev\\/.*|#imports)(\\/.*)?$',
    message: `domain/ is pure TypeScript: no WXT or browser APIs (${LAYOUT}).`,
  },
  {
    regex: '^(@|~|@@|~~)(\\/.*)?$',
    message: `domain/ uses relative imports only (no @/ or ~/ alias), so Node and the browser share it (${LAYOUT}).`,
  },
  {
    regex: `^(node:.*|(${NODE_BUILTINS.join('|')})(\\/.*)?)$`,
    message: `domain/ is pure TypeScript: no Node built-in module; the CLI or a store does the I/O (${LAYOUT}).`,
  },
  {
    regex: '^(\\.\\.\\/)+(stores|components|composables|entrypoints|cli)(\\/.*)?$',
    message: `domain/ depends on nothing outside domain/: not on stores/, components/, composables/, entrypoints/ or cli/ (${LAYOUT}).`,
  },
];

// ---- components/ and composables/: only stores do persistence ---------------------------------------------------

const uiImports = [
  {
    regex: '^dexie(\\/.*)?$',
    message: `Components and composables never touch Dexie: go through a store in stores/ (${LAYOUT}).`,
  },
  {
    regex: '^((@|~|@@|~~)\\/|(\\.\\.\\/)+)stores\\/db(\\.ts)?$',
    message: `Components and composables never touch the database (stores/db): go through a store (${LAYOUT}).`,
  },
];

// ---- entrypoints/fill.content/: runs in the web page, never sees the database ----------------------------------

const contentScriptImports = [
  {
    regex: '^dexie(\\/.*)?$',
    message: `The content script runs in the web page and never sees the database: no Dexie (${LAYOUT}).`,
  },
  {
    regex: '^((@|~|@@|~~)\\/|(\\.\\.\\/)+)stores(\\/.*)?$',
    message: `The content script runs in the web page and never sees the database: no stores/ (${LAYOUT}).`,
  },
];

/** `import('…')` is not seen by no-restricted-imports: the same patterns as no-restricted-syntax selectors. */
const dynamicImports = (patterns) =>
  patterns.map(({ regex, message }) => ({
    selector: `ImportExpression > Literal.source[value=/${regex}/]`,
    message,
  }));

/** One area's restrictions, each rule set once (later configs replace a rule's options, they do not add). */
const restrict = ({ imports = [], globals: names = [], properties = [], syntax = [] }) => ({
  'no-restricted-imports': ['error', { patterns: imports }],
  'no-restricted-globals': ['error', ...names],
  'no-restricted-properties': ['error', ...properties],
  'no-restricted-syntax': ['error', ...syntax, ...dynamicImports(imports)],
});

const PRODUCT = ['domain/**', 'stores/**', 'components/**', 'composables/**', 'entrypoints/**', '*.ts'];
const UI = ['components/**', 'composables/**'];
const CONTENT_SCRIPT = ['entrypoints/fill.content/**'];

// ---- tests/: nothing focused or skipped -------------------------------------------------------------------------

const testProperties = ['it', 'test', 'describe'].flatMap((object) =>
  ['only', 'skip', 'todo', 'skipIf', 'runIf'].map((property) => ({
    object,
    property,
    message: `No focused or skipped tests on main: remove .${property} (${STYLE}).`,
  })),
);
const testSyntax = [
  {
    // it.concurrent.only, describe.sequential.skip…
    selector:
      "MemberExpression[object.type='MemberExpression'][object.object.name=/^(it|test|describe)$/][property.name=/^(only|skip|todo|skipIf|runIf)$/]",
    message: `No focused or skipped tests on main (${STYLE}).`,
  },
];

export default defineConfig(
  globalIgnores(['.output*/**', '.wxt/**', 'node_modules/**', 'test-output/**', 'bench-output/**', 'schemas/**', 'public/**']),
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },

  // Base sets (not type-checked).
  ...tseslint.configs.recommended,
  ...pluginVue.configs['flat/essential'],
  {
    files: ['**/*.vue'],
    languageOptions: {
      parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.vue'], sourceType: 'module' },
    },
  },
  {
    rules: {
      // `const { dropped: _dropped, ...rest } = x` is how this code base leaves a field out of a copy.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      // From eslint:recommended (whose other rules tsc already covers): domain/document/plain-text.ts strips
      // XML-invalid control characters on purpose and says so with a disable comment for this rule.
      'no-control-regex': 'error',
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },

  // Layer rules (CONTRIBUTING.md › Layout). Product code first, then the areas with more restrictions.
  {
    files: PRODUCT,
    rules: {
      ...restrict({ globals: productGlobals, properties: productProperties, syntax: productSyntax }),
      'vue/no-v-html': 'error',
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    files: ['domain/**'],
    rules: restrict({
      imports: domainImports,
      globals: domainGlobals,
      properties: productProperties,
      syntax: productSyntax,
    }),
  },
  {
    files: UI,
    rules: restrict({ imports: uiImports, globals: productGlobals, properties: productProperties, syntax: productSyntax }),
  },
  {
    files: CONTENT_SCRIPT,
    rules: restrict({
      imports: contentScriptImports,
      globals: productGlobals,
      properties: productProperties,
      syntax: productSyntax,
    }),
  },
  {
    // Entry points stay a few lines; the content script's page-side modules (agent, labels…) are exempt.
    files: ['entrypoints/*/main.ts', 'entrypoints/*/index.ts', 'entrypoints/background.ts'],
    rules: { 'max-lines': ['error', { max: 40, skipBlankLines: true, skipComments: true }] },
  },
  {
    files: ['tests/**'],
    rules: restrict({ properties: testProperties, syntax: testSyntax }),
  },
);
