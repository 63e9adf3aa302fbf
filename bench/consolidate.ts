/**
 * The committee's job: `lianfang consolidate` (the compiled CLI, as installed, writing 汇总.xlsx) over 650 unit
 * workbooks — 13 heshui units of different sizes, each handed in by 50 units — against a bare unzip + XML scan of
 * the same files in this process, interleaved in the same run (median of 5, each round's ratio shown). Goal ≤ 3×.
 * Run: npx tsx bench/consolidate.ts [units]
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { heshui2012 } from '../src/core/packs/heshui-2012/pack';
import { unitWorkbook } from '../test/consolidate/units';
import { median, printRow, type BenchRow } from './row';

const BIN = path.resolve(__dirname, '../bin/lianfang.js');
const KINDS = 13;

async function makeUnits(units: number, dir: string): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  if (readdirSync(dir).filter((f) => f.endsWith('.xlsx')).length !== units) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    for (let i = 0; i < units; i++)
      writeFileSync(
        path.join(dir, `${String(i).padStart(5, '0')}.xlsx`),
        await unitWorkbook(heshui2012, `合水县第${i + 1}单位`, i % KINDS, new Date(Date.UTC(2012, 8, 1, 0, i))),
      );
  }
  return readdirSync(dir)
    .filter((f) => f.endsWith('.xlsx'))
    .sort()
    .map((f) => path.join(dir, f));
}

/** The floor: read each file, unzip its sheets and shared strings, pass a regex over every cell. */
async function bareScan(files: string[]): Promise<number> {
  let hits = 0;
  for (const f of files) {
    const zip = unzipSync(new Uint8Array(await readFile(f)), {
      filter: (e) => e.name.startsWith('xl/worksheets/sheet') || e.name === 'xl/sharedStrings.xml',
    });
    for (const part of Object.values(zip))
      for (const m of strFromU8(part).matchAll(/<c r="([A-Z]+\d+)"[^>]*?(?:\/>|>(.*?)<\/c>)/g)) if (m[2]) hits++;
  }
  return hits;
}

export async function benchConsolidate(units = 650, rounds = 5): Promise<BenchRow> {
  const root = path.resolve(__dirname, '../artifacts/bench/consolidate');
  const files = await makeUnits(units, path.join(root, String(units)));
  const expect = path.join(root, `expect-${units}.txt`);
  writeFileSync(expect, Array.from({ length: units + 2 }, (_, i) => `合水县第${i + 1}单位`).join('\n'));
  const out = path.join(root, `汇总-${units}.xlsx`);
  const floors: number[] = [];
  const runs: number[] = [];
  for (let k = 0; k < rounds; k++) {
    let t = performance.now();
    await bareScan(files);
    floors.push(performance.now() - t);
    t = performance.now();
    const r = spawnSync(
      process.execPath,
      [BIN, 'consolidate', path.dirname(files[0]), '--expect', expect, '-o', out, '--force'],
      {
        encoding: 'utf8',
      },
    );
    runs.push(performance.now() - t);
    // Exit 1: the two expected units that never handed in (the bench's check that all the rest were read).
    // Either width of punctuation: the check is on the counts, not on the sentence's typography.
    if (
      r.status !== 1 ||
      !new RegExp(`共 ${units} 个文件[:：]${units} 个单位[,，].*应报未报 2 个[^\\n]*无法读取 0 个`).test(r.stdout)
    )
      throw new Error(`consolidate went wrong (exit ${r.status}): ${r.stdout}${r.stderr}`);
  }
  const [full, floor] = [median(runs), median(floors)];
  // Each round's own ratio too: the machine moves the floor and the run alike, and by more than a change does.
  const ratios = runs.map((t, k) => t / floors[k]).sort((a, b) => a - b);
  return {
    what: `consolidate ${units} unit workbooks → 汇总.xlsx`,
    measured: `${(full / 1000).toFixed(2)} s (${(full / units).toFixed(2)} ms/file; rounds ${ratios[0].toFixed(1)}–${ratios[ratios.length - 1].toFixed(1)}×)`,
    floor: `unzip + XML scan ${(floor / 1000).toFixed(2)} s`,
    ratio: full / floor,
    goal: 3,
  };
}

if (require.main === module)
  void benchConsolidate(Number(process.argv[2] ?? 650)).then(printRow, (e) => {
    console.error(e);
    process.exit(1);
  });
