import type ExcelJS from 'exceljs';
import { applyOps } from '../../adapters/exceljs/applyOps';
import { workbookBytes } from '../../adapters/exceljs/write';
import { snapshotSheet, snapshotWorkbook } from '../../adapters/exceljs/snapshot';
import { planInsert } from '../../core/build/template';
import type { Pack } from '../../core/forms/pack';
import { LianfangError } from '../../core/errors';
import type { CellShown } from '../ui/CellPreview';
import type { Host } from '../ui/host';

/** ExcelJS is large: the page loads it on first use, not at start. */
export const loadExcelJS = async (): Promise<typeof ExcelJS> => {
  const m = (await import('exceljs')) as unknown as { default?: typeof ExcelJS } & typeof ExcelJS;
  return m.default ?? m;
};

export async function blankWorkbookBytes(pack: Pack): Promise<Uint8Array> {
  const { Workbook } = await loadExcelJS();
  const wb = new Workbook();
  wb.creator = 'lianfang';
  applyOps(wb, planInsert({ pack }).ops);
  return toBytes(wb);
}

export async function toBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return await workbookBytes(wb);
}

/** Opens .xlsx bytes; anything else (an .xls, a broken or encrypted file) becomes a message the user can act on. */
export async function openWorkbook(bytes: ArrayBuffer, file: string): Promise<ExcelJS.Workbook> {
  // Every .xlsx is a zip: refuse other files before ExcelJS gives a puzzling error.
  const head = new Uint8Array(bytes.slice(0, 2));
  if (head[0] !== 0x50 || head[1] !== 0x4b) throw new LianfangError('ui_not_xlsx', { file });
  const { Workbook } = await loadExcelJS();
  const wb = new Workbook();
  try {
    await wb.xlsx.load(bytes);
  } catch (e) {
    throw new LianfangError('ui_unreadable', { file }, { cause: e });
  }
  return wb;
}

/**
 * The page's Host: the workbook held in the browser, read and changed through the ExcelJS adapter.
 * There is no Excel to select a cell in, so `select` hands the sheet as it is now to `show` (the cell preview).
 */
export const workbookHost = (wb: ExcelJS.Workbook, changed: () => void, show?: (s: CellShown) => void): Host => ({
  kind: 'file',
  read: async () => snapshotWorkbook(wb),
  apply: async (ops) => {
    applyOps(wb, ops);
    changed();
  },
  select: async (sheet, cell, message) => {
    const ws = wb.getWorksheet(sheet);
    if (!ws) throw new LianfangError('ui_sheet_gone', { sheet });
    show?.({ sheet: snapshotSheet(ws), cell, message });
  },
});
