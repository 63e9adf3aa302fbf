/**
 * `npm run bench`: every benchmark in turn, each in its own process (they take their own arguments and
 * measure memory per process). Add a bench by adding its file here.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const BENCHES = ['read.ts', 'validate.ts'];

let failed = 0;
for (const file of BENCHES) {
  console.log(`\n== bench/${file}`);
  try {
    execFileSync(process.execPath, ['--require', 'tsx/cjs', path.join(__dirname, file)], { stdio: 'inherit' });
  } catch {
    failed++;
  }
}
if (failed) process.exitCode = 1;
