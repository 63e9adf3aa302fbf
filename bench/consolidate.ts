/**
 * Consolidating many unit workbooks (the committee's job) against a bare unzip + XML scan of the same files,
 * measured in the same run: time per workbook and the ratio. Run: npx tsx bench/consolidate.ts [units]
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { unzipSync, strFromU8 } from 'fflate';
import { applyOps } from '../src/adapters/exceljs/applyOps';
import { consolidationOps } from '../src/core/consolidate';
import { heshui2012 } from '../src/core/packs/heshui-2012/pack';
import { consolidateFiles } from '../src/doors/cli/commands/consolidate';
import { openMany } from '../src/doors/cli/open';
import { unitWorkbook } from '../test/consolidate/units';

const units = Number(process.argv[2] ?? 1000);
const dir = path.resolve(__dirname, '../artifacts/bench/consolidate', String(units));

async function makeUnits(): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const have = readdirSync(dir).filter((f) => f.endsWith('.xlsx'));
  if (have.length !== units)
    for (let i = 0; i < units; i++)
      writeFileSync(
        path.join(dir, `${String(i).padStart(5, '0')}.xlsx`),
        await unitWorkbook(heshui2012, `合水县第${i + 1}单位`, i % 7, new Date(Date.UTC(2012, 8, 1, 0, i))),
      );
  return readdirSync(dir)
    .filter((f) => f.endsWith('.xlsx'))
    .sort()
    .map((f) => path.join(dir, f));
}

/** The floor: read, unzip and pass a regex over every sheet's XML and the shared strings. */
async function bareScan(files: string[]): Promise<number> {
  let hits = 0;
  for (const f of files) {
    const zip = unzipSync(new Uint8Array(await readFile(f)), {
      filter: (e) => e.name.startsWith('xl/worksheets/sheet') || e.name === 'xl/sharedStrings.xml',
    });
    for (const part of Object.values(zip)) {
      const xml = strFromU8(part);
      for (const m of xml.matchAll(/<c r="([A-Z]+\d+)"[^>]*?(?:\/>|>(.*?)<\/c>)/g)) if (m[2]) hits++;
    }
  }
  return hits;
}

async function time<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await fn();
  return { ms: performance.now() - t0, value };
}

async function main() {
  const files = await makeUnits();
  const expect = Array.from({ length: units + 2 }, (_, i) => `合水县第${i + 1}单位`);
  const scan = await time(() => bareScan(files));
  // Reading alone (safe open in a worker thread): the part of consolidation that is not lianfang's core.
  const read = await time(() => openMany(files, (o) => o.snapshot.sheets.length));
  const full = await time(async () => {
    const c = await consolidateFiles(files, { expect });
    const wb = new ExcelJS.Workbook();
    applyOps(wb, consolidationOps(c));
    await wb.xlsx.writeBuffer();
    return c;
  });
  if (full.value.units.length !== units || full.value.missing.length !== 2)
    throw new Error(`consolidation wrong: ${full.value.units.length} units, ${full.value.missing.length} missing`);
  const per = (ms: number) => (ms / units).toFixed(2);
  const rows = [
    ['bare unzip + XML scan', scan.ms, 1],
    ['safe open only (worker, no consolidation)', read.ms, read.ms / scan.ms],
    ['consolidate (validate + verify + write 汇总.xlsx)', full.ms, full.ms / scan.ms],
  ] as const;
  console.log(`consolidate: ${units} unit workbooks (heshui, ~11 risk rows each)`);
  for (const [name, ms, ratio] of rows)
    console.log(`  ${name.padEnd(50)} ${per(ms).padStart(8)} ms/workbook   ${ratio.toFixed(1).padStart(6)} × scan`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
