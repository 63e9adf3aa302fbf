/**
 * `npm run bench`: runs every benchmark in turn, each in its own process (fresh memory, honest timings).
 * Pass names to run only some: npm run bench -- consolidate validate
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

/** name → script (and its default arguments). Add a line for a new benchmark. */
const BENCHES: Record<string, string[]> = {
  read: ['read.ts'],
  validate: ['validate.ts'],
  consolidate: ['consolidate.ts', '1000'],
  report: ['report.ts'],
};

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
let failed = 0;
for (const [name, [script, ...args]] of Object.entries(BENCHES)) {
  if (wanted.length && !wanted.includes(name)) continue;
  console.log(`\n== ${name}`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(__dirname, script), ...args], {
    stdio: 'inherit',
  });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
