// `npm run test:e2e`: builds the extension, then runs the end-to-end tests in Debian's Chromium.
import { execFileSync } from 'node:child_process';
import { ensureSystemPackages } from './ensure-system.mjs';

ensureSystemPackages();
execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' }); // the product build, checked too
// KD_E2E_HOSTS=1: this build alone pre-grants the local test server (see wxt.config.ts).
execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit', env: { ...process.env, KD_E2E_HOSTS: '1' } });
execFileSync('npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts', ...process.argv.slice(2)], { stdio: 'inherit' });
