/**
 * Writing the report workbook for N risk rows (default 100,000) against ExcelJS's own streaming writer
 * (ExcelJS.stream.xlsx.WorkbookWriter) writing the same cells to the same sheets, in the same run:
 * wall time and peak memory (max RSS of a fresh process per variant), and their ratio.
 * Run: npx tsx bench/report.ts [rows]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { setCellValue } from '../src/adapters/exceljs/cells';
import { planBytes } from '../src/adapters/exceljs/streamOps';
import { parseRange } from '../src/core/a1';
import type { Op } from '../src/core/ops';
import { findPack } from '../src/core/packs';
import { buildReportFromModel, type ReportModel } from '../src/core/report';
import { printRow, type BenchRow } from './row';

type Variant = 'report' | 'stream';
interface Result {
  variant: Variant;
  ms: number;
  maxRssMb: number;
  bytes: number;
  cells: number;
}

const PACK = 'school-2010';

/** A school unit whose D1 register holds `rows` risk points, drawn from the pack's own sample. */
function model(rows: number): ReportModel {
  const pack = findPack(PACK)!;
  const sample = pack.sample.instances.find((i) => i.form === 'D1')!;
  const levels = pack.grading.levels.map((l) => l.name);
  return {
    app: 'lianfang-report',
    schema: 1,
    pack: PACK,
    packName: pack.name,
    plan: pack.plan,
    period: '2024年度',
    generated: '2024-12-31',
    units: [
      {
        unit: pack.sample.unit,
        forms: [
          {
            form: 'D1',
            sheet: 'D1',
            header: { ...sample.header },
            rows: Array.from({ length: rows }, (_, i) => {
              const s = sample.rows[i % sample.rows.length];
              const level = levels[i % levels.length];
              return {
                row: i + 5,
                cells: {
                  ...s,
                  seq: i + 1,
                  dept: `${s.dept}${i % 40}`,
                  riskPoint: `${s.riskPoint}(第${i + 1}条)`,
                  level,
                },
                level,
                levelSource: 'entered' as const,
              };
            }),
            stamps: [],
          },
        ],
        validation: { checked: true, errors: 0, warnings: 0, issues: [] },
      },
    ],
  };
}

/** The cells the report writes, sheet by sheet, as the streaming writer gets them. */
function cellsOf(ops: Op[]): Map<string, { state: string; rows: Map<number, Map<number, unknown>> }> {
  const sheets = new Map<string, { state: string; rows: Map<number, Map<number, unknown>> }>();
  for (const op of ops) {
    if (op.kind === 'addSheet') sheets.set(op.sheet, { state: op.visibility ?? 'visible', rows: new Map() });
    if (op.kind !== 'setValues' && op.kind !== 'link') continue;
    const s = sheets.get(op.sheet)!;
    const at = parseRange(op.kind === 'link' ? op.cell : op.at);
    const values = op.kind === 'link' ? [[op.text]] : op.values;
    values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null) return;
        const rr = at.top + r;
        if (!s.rows.has(rr)) s.rows.set(rr, new Map());
        s.rows.get(rr)!.set(at.left + c, v);
      }),
    );
  }
  return sheets;
}

async function runVariant(variant: Variant, rows: number, file: string): Promise<void> {
  const m = model(rows);
  const pack = findPack(PACK)!;
  let cells = 0;
  const t = performance.now();
  if (variant === 'report') {
    // What `lianfang report` does: a report this large is written part by part as the plan makes it (planBytes).
    const plan = buildReportFromModel(pack, m);
    writeFileSync(file, await planBytes(plan));
  } else {
    // The same cells, unstyled, through ExcelJS's streaming writer (the floor for writing them at all). The floor
    // makes the whole plan at once (plan.ops) to find its cells: making the data stays in the floor.
    const plan = buildReportFromModel(pack, m);
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false, useStyles: false });
    for (const [name, s] of cellsOf(plan.ops)) {
      const ws = wb.addWorksheet(name, { state: s.state as ExcelJS.WorksheetState });
      for (const r of [...s.rows.keys()].sort((a, b) => a - b)) {
        const row = ws.getRow(r);
        for (const [c, v] of s.rows.get(r)!) {
          setCellValue(row.getCell(c), v as never);
          cells++;
        }
        row.commit();
      }
      ws.commit();
    }
    await wb.commit();
  }
  const ms = performance.now() - t;
  const result: Result = {
    variant,
    ms,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    bytes: statSync(file).size,
    cells,
  };
  process.stdout.write(JSON.stringify(result));
  process.exit(0);
}

const MAX_MB = 600;

export function benchReport(rows = 100_000): BenchRow {
  const dir = path.resolve(__dirname, '../artifacts/bench');
  mkdirSync(dir, { recursive: true });
  const results: Result[] = [];
  for (const variant of ['stream', 'report'] as Variant[]) {
    const file = path.join(dir, `report-${variant}-${rows}.xlsx`);
    const out = execFileSync(
      process.execPath,
      ['--require', 'tsx/cjs', '--max-old-space-size=8192', __filename, '--variant', variant, String(rows), file],
      { encoding: 'utf8', maxBuffer: 1 << 20 },
    );
    results.push(JSON.parse(out));
  }
  const [stream, report] = results;
  const lines = [
    `report bench: ${rows} risk rows (${PACK}: D1 + 岗位腐败风险点目录 + rollups + hidden JSON), ${stream.cells} cells`,
    ...results.map(
      (r) =>
        `  ${r.variant.padEnd(8)} ${r.ms.toFixed(0).padStart(7)} ms  (×${(r.ms / stream.ms).toFixed(2)})   max RSS ${r.maxRssMb
          .toFixed(0)
          .padStart(
            5,
          )} MB  (×${(r.maxRssMb / stream.maxRssMb).toFixed(2)})   ${(r.bytes / 1048576).toFixed(1)} MB file`,
    ),
    "  (stream = ExcelJS.stream.xlsx.WorkbookWriter writing the same cell values without styles, from the whole plan made at once; report = `lianfang report`'s path, the plan made part by part as it is written)",
  ];
  console.log(lines.join('\n'));
  writeFileSync(path.join(dir, 'report.txt'), `${lines.join('\n')}\n`);
  return {
    what: `report of ${rows.toLocaleString('en')} rows`,
    measured: `${(report.ms / 1000).toFixed(1)} s`,
    floor: `ExcelJS streaming writer ${(stream.ms / 1000).toFixed(1)} s`,
    ratio: report.ms / stream.ms,
    goal: 1.5,
    also: { text: `max RSS ${report.maxRssMb.toFixed(0)} MB (goal ≤ ${MAX_MB} MB)`, ok: report.maxRssMb <= MAX_MB },
  };
}

const i = process.argv.indexOf('--variant');
if (i > 0) void runVariant(process.argv[i + 1] as Variant, Number(process.argv[i + 2]), process.argv[i + 3]);
else if (require.main === module) printRow(benchReport(Number(process.argv[2] ?? 100_000)));
