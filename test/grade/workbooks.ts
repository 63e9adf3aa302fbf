import { mkdirSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { applyOps } from '../../src/adapters/exceljs/applyOps';
import { snapshotWorkbook } from '../../src/adapters/exceljs/snapshot';
import { planInsert } from '../../src/core/build/template';
import type { Pack, SampleInstance } from '../../src/core/forms/pack';
import type { Op } from '../../src/core/ops';
import { recogniseForRollup } from '../../src/core/rollup/rollupWorkbook';

/** Hand-made workbooks for grading and rollup tests, built through the same path as `lianfang demo`. */
export async function packWorkbook(pack: Pack, instances: SampleInstance[] = pack.sample.instances) {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'lianfang-test';
  applyOps(wb, planInsert({ pack, instances }).ops);
  return reload(wb);
}

/** Write and read back, so tests see what a file on disk holds. */
export async function reload(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const out = new ExcelJS.Workbook();
  await out.xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  return out;
}

export const snap = (wb: ExcelJS.Workbook) => snapshotWorkbook(wb);
export const recognise = (wb: ExcelJS.Workbook) => recogniseForRollup(snapshotWorkbook(wb));

export function apply(wb: ExcelJS.Workbook, ops: Op[]) {
  applyOps(wb, ops);
  return reload(wb);
}

export function artifacts(area: string): string {
  const dir = path.resolve(__dirname, '../../artifacts', area);
  mkdirSync(dir, { recursive: true });
  return dir;
}
