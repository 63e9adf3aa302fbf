/**
 * CLI start: `node bin/lianfang.js packs --json` (the compiled CLI, as installed) against a bare `node -e 0`,
 * interleaved in the same run, median of many. Goal ≤ 4×. Run: npx tsx bench/start.ts [runs]
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { median, printRow, type BenchRow } from './row';

const BIN = path.resolve(__dirname, '../bin/lianfang.js');

function wall(args: string[]): number {
  const t = performance.now();
  const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
  return performance.now() - t;
}

export function benchStart(runs = 15): BenchRow {
  const bare: number[] = [];
  const cli: number[] = [];
  wall([BIN, 'packs', '--json']); // warm the file cache
  for (let i = 0; i < runs; i++) {
    bare.push(wall(['-e', '0']));
    cli.push(wall([BIN, 'packs', '--json']));
  }
  const [c, b] = [median(cli), median(bare)];
  return {
    what: 'CLI start (packs --json)',
    measured: `${c.toFixed(0)} ms`,
    floor: `node -e 0 ${b.toFixed(0)} ms`,
    ratio: c / b,
    goal: 4,
  };
}

if (require.main === module) printRow(benchStart(Number(process.argv[2] ?? 15)));
