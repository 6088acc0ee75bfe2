// `npm test`: type check, lint, unit + component tests, then end-to-end tests in a real Chromium with the built
// extension. Ends with the plain line "N passed, N failed" that CI reads.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureSystemPackages } from './ensure-system.mjs';

mkdirSync('test-output', { recursive: true });
let passed = 0;
let failed = 0;
const failures = [];
const started = Date.now();

function run(label, cmd, args, env = process.env) {
  console.log(`\n=== ${label} ===`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env });
  return r.status === 0;
}

/** The start of a failure message (a property test's seed is on its second line), each line cut short. */
const firstLines = (message) =>
  String(message ?? '')
    .split('\n')
    .slice(0, 4)
    .map((l) => `    ${l.length > 300 ? `${l.slice(0, 300)}…` : l}`)
    .join('\n');

function countVitest(label, file) {
  if (!existsSync(file)) {
    console.log(`${label}: không đọc được kết quả (${file}).`);
    failures.push(`${label}: không có ${file}`);
    failed += 1;
    return;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  for (const file of report.testResults) {
    const where = file.name.replace(`${process.cwd()}/`, '');
    for (const a of file.assertionResults) {
      if (a.status === 'failed') failures.push(`${where} › ${a.fullName}\n${firstLines(a.failureMessages?.[0])}`);
    }
    if (file.status === 'failed' && file.assertionResults.length === 0) failures.push(`${where}\n${firstLines(file.message)}`);
  }
  // A suite that failed to load counts as a failure even if it reported no test.
  const brokenSuites = report.testResults.filter((t) => t.status === 'failed' && t.assertionResults.length === 0).length;
  failed += brokenSuites;
  if (report.numPendingTests || report.numTodoTests) {
    console.log(`${label}: ${report.numPendingTests + report.numTodoTests} bài bị bỏ qua — không được phép trên main.`);
    failed += report.numPendingTests + report.numTodoTests;
  }
}

function vitest(label, config, out) {
  rmSync(out, { force: true });
  run(label, 'npx', ['vitest', 'run', ...(config ? ['--config', config] : []), '--reporter=default', '--reporter=json', `--outputFile.json=${out}`]);
  countVitest(label, out);
}

if (!run('Kiểm tra kiểu (vue-tsc)', 'npx', ['vue-tsc', '--noEmit'])) {
  console.log('Kiểm tra kiểu thất bại.');
  failures.push('vue-tsc --noEmit');
  failed += 1;
} else passed += 1;

// The layer rules of CONTRIBUTING.md (domain/ pure, only stores touch Dexie, no network…): eslint.config.js.
const lintStarted = Date.now();
const linted = run('Kiểm tra mã (ESLint)', 'npx', ['eslint', '.']);
console.log(`ESLint: ${((Date.now() - lintStarted) / 1000).toFixed(1).replace('.', ',')} s`);
if (!linted) {
  console.log('ESLint báo lỗi (xem ở trên).');
  failures.push('eslint . (npm run lint)');
  failed += 1;
} else passed += 1;

ensureSystemPackages();
vitest('Kiểm thử đơn vị và thành phần (Vitest)', undefined, 'test-output/unit.json');

// The product build (.output, checked by tests/e2e/product-build.e2e.test.ts) and the e2e build (.output-e2e,
// KD_E2E_HOSTS=1: pre-grants the local test server, see wxt.config.ts).
const built =
  run('Đóng gói tiện ích (wxt build)', 'npx', ['wxt', 'build']) &&
  run('Đóng gói bản kiểm thử đầu-cuối (KD_E2E_HOSTS=1 wxt build)', 'npx', ['wxt', 'build'], { ...process.env, KD_E2E_HOSTS: '1' });
if (built) {
  vitest('Kiểm thử đầu-cuối trong Chromium', 'vitest.e2e.config.ts', 'test-output/e2e.json');
} else {
  console.log('Đóng gói thất bại: bỏ qua kiểm thử đầu-cuối.');
  failures.push('wxt build');
  failed += 1;
}

// CI shows only the end of the output: name what failed here, just above the count.
if (failures.length) console.log(`\nBài không đạt:\n${failures.map((f) => `  ✗ ${f}`).join('\n')}`);
console.log(`\nThời gian: ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
