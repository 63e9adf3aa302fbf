import type ExcelJS from 'exceljs';
import { applyOps } from '../../adapters/exceljs/applyOps';
import { snapshotWorkbook } from '../../adapters/exceljs/snapshot';
import type { Pack } from '../../core/forms/pack';
import { buildReport } from '../../core/report';
import { loadExcelJS, toBytes } from './workbook';

/** 生成报送工作簿: the report workbook over every opened unit workbook, built in the browser. */
export async function reportWorkbookBytes(
  pack: Pack,
  docs: ReadonlyArray<{ file: string; wb: ExcelJS.Workbook }>,
): Promise<Uint8Array> {
  const generated = new Date().toISOString().slice(0, 10);
  const sources = docs.map((d) => ({ name: d.file, snapshot: snapshotWorkbook(d.wb) }));
  const plan = await buildReport({ pack, sources, generated });
  const { Workbook } = await loadExcelJS();
  const out = new Workbook();
  out.creator = 'lianfang';
  applyOps(out, plan.ops);
  return toBytes(out);
}

export const reportFileName = (file: string) => `${file.replace(/\.xlsx$/i, '')}-报送.xlsx`;
