/**
 * `npm run bench`: runs every benchmark in turn, each in its own process (fresh memory, honest timings), then
 * prints issue 16's table: each row a ratio measured in the same run against its floor, and whether it meets its
 * goal. Pass names to run only some: npm run bench -- consolidate start
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { rowOk, type BenchRow } from './row';

/** name → script (and its default arguments). Add a line for a new benchmark. */
const BENCHES: Record<string, string[]> = {
  consolidate: ['consolidate.ts', '650'],
  start: ['start.ts'],
  report: ['report.ts'],
  page: ['page.ts'],
  read: ['read.ts'],
  validate: ['validate.ts'],
};

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const rows: BenchRow[] = [];
let failed = 0;
for (const [name, [script, ...args]] of Object.entries(BENCHES)) {
  if (wanted.length && !wanted.includes(name)) continue;
  console.log(`\n== ${name}`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(__dirname, script), ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
    maxBuffer: 16 << 20,
  });
  for (const line of r.stdout.split('\n')) {
    if (line.startsWith('BENCH_ROW ')) rows.push(JSON.parse(line.slice('BENCH_ROW '.length)) as BenchRow);
    else if (line) console.log(line);
  }
  if (r.status !== 0) failed++;
}
if (rows.length) {
  console.log('\n| what | measured | floor | ratio | goal | |');
  console.log('|---|---|---|---|---|---|');
  for (const r of rows)
    console.log(
      `| ${r.what} | ${r.measured}${r.also ? `; ${r.also.text}` : ''} | ${r.floor} | ${r.ratio.toFixed(2)}× | ≤ ${r.goal}× | ${rowOk(r) ? 'OK' : 'over goal'} |`,
    );
}
process.exit(failed ? 1 : 0);
