/**
 * Safe open (pre-parse checks + worker thread + main-thread workbook) against plain ExcelJS on the
 * same file: wall time and peak memory (max RSS of a fresh process per variant), and their ratio.
 * Run: npx tsx bench/read.ts [rows]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { snapshotWorkbook } from '../src/adapters/exceljs/snapshot';
import { openWorkbookFile } from '../src/doors/cli/open';

type Variant = 'plain' | 'safe' | 'safe-snapshot-only';
interface Result {
  variant: Variant;
  ms: number;
  maxRssMb: number;
}

async function makeFile(file: string, rows: number): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('风险点');
  ws.addRow(['序号', '岗位', '风险点', '防控措施', '等级', '责任人', '日期', '备注']);
  for (let i = 1; i <= rows; i++)
    ws.addRow([
      i,
      `岗位${i % 50}`,
      `廉政风险描述第${i}条,涉及审批与资金`,
      `制度约束与监督检查${i}`,
      ['高', '中', '低'][i % 3],
      `张${i % 7}`,
      new Date(Date.UTC(2026, 0, 1 + (i % 300))),
      i % 11 ? '' : '重点',
    ]);
  writeFileSync(file, new Uint8Array(await wb.xlsx.writeBuffer()));
}

/** One variant in this (fresh) process; prints its result as JSON. */
async function runVariant(variant: Variant, file: string): Promise<void> {
  const t = performance.now();
  if (variant === 'plain') {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
    snapshotWorkbook(wb);
  } else {
    const opened = await openWorkbookFile(file);
    if (variant === 'safe') await opened.loadWorkbook();
  }
  const ms = performance.now() - t;
  const result: Result = { variant, ms, maxRssMb: process.resourceUsage().maxRSS / 1024 };
  process.stdout.write(JSON.stringify(result));
  process.exit(0);
}

async function main(): Promise<void> {
  const rows = Number(process.argv[2] ?? 20000);
  const dir = path.resolve('artifacts/bench');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `read-${rows}.xlsx`);
  await makeFile(file, rows);
  const size = readFileSync(file).length;
  const results: Result[] = [];
  for (const variant of ['plain', 'safe', 'safe-snapshot-only'] as Variant[]) {
    const out = execFileSync(process.execPath, ['--require', 'tsx/cjs', __filename, '--variant', variant, file], {
      encoding: 'utf8',
    });
    results.push(JSON.parse(out));
  }
  const plain = results[0];
  console.log(`read bench: ${rows} rows × 8 columns, ${(size / 1024).toFixed(0)} KB`);
  for (const r of results)
    console.log(
      `  ${r.variant.padEnd(20)} ${r.ms.toFixed(0).padStart(6)} ms  (×${(r.ms / plain.ms).toFixed(2)})   max RSS ${r.maxRssMb.toFixed(0).padStart(5)} MB  (×${(r.maxRssMb / plain.maxRssMb).toFixed(2)})`,
    );
  console.log('  (safe = checks + worker thread snapshot + main-thread ExcelJS workbook; RSS includes the worker)');
}

const i = process.argv.indexOf('--variant');
if (i > 0) void runVariant(process.argv[i + 1] as Variant, process.argv[i + 2]);
else if (require.main === module) void main();
