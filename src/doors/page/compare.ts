import { applyOps } from '../../adapters/exceljs/applyOps';
import { snapshotWorkbook } from '../../adapters/exceljs/snapshot';
import type { Comparison } from '../../core/compare/compare';
import { comparisonOps } from '../../core/compare/compareSheets';
import { unitRisks, type UnitRisks } from '../../core/compare/extract';
import { isLianfangError } from '../../core/errors';
import { message } from '../../core/messages';
import { loadExcelJS, openWorkbook, toBytes } from './workbook';

/** One year's drop: every unit's register, and the files that could not be read (named, the rest go on). */
export interface YearFiles {
  units: UnitRisks[];
  unreadable: Array<{ file: string; code: string; reason: string }>;
}

/** The file's path inside a dropped folder where the browser gives one (2025/甲小学.xlsx), else its name. */
export const fileLabel = (f: File): string =>
  (f as File & { webkitRelativePath?: string }).webkitRelativePath || f.name;

export async function readYear(files: readonly File[]): Promise<YearFiles> {
  const out: YearFiles = { units: [], unreadable: [] };
  for (const f of files) {
    if (!/\.xlsx$/i.test(f.name) || f.name.startsWith('~$')) continue;
    const file = fileLabel(f);
    try {
      const wb = await openWorkbook(await f.arrayBuffer(), file);
      out.units.push(unitRisks(snapshotWorkbook(wb), file, { modified: new Date(f.lastModified).toISOString() }));
    } catch (e) {
      const code = isLianfangError(e) ? e.code : 'ui_unreadable';
      out.unreadable.push({ file, code, reason: message(code, { file, ...(isLianfangError(e) ? e.params : {}) }) });
    }
  }
  return out;
}

/** 对比.xlsx, written in the browser exactly as the CLI writes it. */
export async function comparisonBytes(c: Comparison, years: { last: string; now: string }): Promise<Uint8Array> {
  const { Workbook } = await loadExcelJS();
  const wb = new Workbook();
  wb.creator = 'lianfang';
  applyOps(wb, comparisonOps(c, years));
  return toBytes(wb);
}
