// `npm run bench`: build, then measure against the budgets (see bench/run.ts). Not a test.
import { execFileSync } from 'node:child_process';
import { ensureSystemPackages } from './ensure-system.mjs';

ensureSystemPackages();
execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
execFileSync('npx', ['tsx', 'bench/run.ts'], { stdio: 'inherit' });
