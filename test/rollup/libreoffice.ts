import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { convertWithLibreOffice } from '../helpers/libreoffice';

export interface FormulaCheck {
  file: string;
  sheet: string;
  cell: string;
  formula: string;
  cached: unknown;
  recalculated: unknown;
}

/**
 * LibreOffice keeps the cached values of an .xlsx that says Excel wrote it (ExcelJS does) unless told otherwise:
 * its default for OOXML is "never recalculate". The private profile says "always".
 */
const ALWAYS_RECALCULATE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

const CANARY = 'recalc-canary.xlsx';

/** A workbook whose cached value is wrong on purpose: after LibreOffice, it must read right, or nothing was recalculated. */
async function writeCanary(dir: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('canary');
  ws.getCell('A1').value = 2;
  ws.getCell('A2').value = { formula: 'A1*2', result: 5 };
  const file = path.join(dir, CANARY);
  await wb.xlsx.writeFile(file);
  return file;
}

/**
 * Has LibreOffice recalculate the files (private profile, one soffice run for all), then reads, with openpyxl,
 * the value lianfang cached and the value LibreOffice computed for every formula cell of the given sheets.
 */
export async function recalculateWithLibreOffice(
  files: Array<{ file: string; sheets: string[] }>,
  outDir: string,
): Promise<FormulaCheck[]> {
  rmSync(outDir, { recursive: true, force: true });
  const canaryDir = `/tmp/lo-canary-${randomBytes(6).toString('hex')}`;
  mkdirSync(canaryDir, { recursive: true });
  const canary = await writeCanary(canaryDir);
  try {
    convertWithLibreOffice([canary, ...files.map((f) => f.file)], 'xlsx', outDir, {
      settings: ALWAYS_RECALCULATE,
      // TODAY() as on an office PC in China: lianfang dates its counts in China time (round/todayInChina).
      env: { TZ: 'Asia/Shanghai' },
    });
  } finally {
    rmSync(canaryDir, { recursive: true, force: true });
  }
  const script = `
import json, sys, openpyxl
res = {}
for f in sys.argv[1:]:
    wb = openpyxl.load_workbook(f, data_only=True)
    res[f] = {ws.title: {c.coordinate: c.value for row in ws.iter_rows() for c in row if c.value is not None} for ws in wb.worksheets}
print(json.dumps(res, ensure_ascii=False, default=str))
`;
  const recalced = files.map((f) => path.join(outDir, path.basename(f.file)));
  const canaryOut = path.join(outDir, CANARY);
  const values = JSON.parse(
    execFileSync('/usr/bin/python3', ['-c', script, canaryOut, ...files.map((f) => f.file), ...recalced], {
      maxBuffer: 64e6,
    }).toString(),
  ) as Record<string, Record<string, Record<string, unknown>>>;
  if (values[canaryOut]?.canary?.A2 !== 4)
    throw new Error(`LibreOffice did not recalculate (canary A2 = ${String(values[canaryOut]?.canary?.A2)})`);
  rmSync(canaryOut, { force: true });
  const out: FormulaCheck[] = [];
  for (const [i, { file, sheets }] of files.entries()) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    for (const sheet of sheets)
      wb.getWorksheet(sheet)!.eachRow((row) =>
        row.eachCell((cell) => {
          const v = cell.value as ExcelJS.CellFormulaValue | null;
          if (!v || typeof v !== 'object' || !('formula' in v) || v.formula.startsWith('HYPERLINK')) return;
          out.push({
            file,
            sheet,
            cell: cell.address,
            formula: v.formula,
            cached: values[file][sheet]?.[cell.address] ?? null,
            recalculated: values[recalced[i]][sheet]?.[cell.address] ?? null,
          });
        }),
      );
  }
  return out;
}

/** Numbers compared to 1e-9, anything else exactly; each mismatch named by file, sheet and cell. */
export const mismatches = (checks: FormulaCheck[]) =>
  checks
    .filter((c) =>
      typeof c.cached === 'number' && typeof c.recalculated === 'number'
        ? Math.abs(c.cached - c.recalculated) > 1e-9
        : c.cached !== c.recalculated,
    )
    .map(
      (c) =>
        `${path.basename(c.file)} ${c.sheet}!${c.cell} ${c.formula}: cached ${String(c.cached)}, LibreOffice ${String(c.recalculated)}`,
    );
