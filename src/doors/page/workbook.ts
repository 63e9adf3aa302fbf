import type ExcelJS from 'exceljs';
import { applyOps } from '../../adapters/exceljs/applyOps';
import { newWorkbook } from '../../adapters/exceljs/lazy';
import { workbookBytes } from '../../adapters/exceljs/write';
import { snapshotSheet, snapshotWorkbook } from '../../adapters/exceljs/snapshot';
import { planInsert } from '../../core/build/template';
import type { Pack } from '../../core/forms/pack';
import { LianfangError } from '../../core/errors';
import { loadPrepared } from '../../adapters/exceljs/safe/loadPrepared';
import type { CellShown } from '../ui/CellPreview';
import type { Host } from '../ui/host';
import { sniffFormat } from '../../adapters/exceljs/safe/sniff';

/** ExcelJS is large: the page loads it on first use, not at start. */
export { loadExcelJS } from '../../adapters/exceljs/lazy';

export async function blankWorkbookBytes(pack: Pack): Promise<Uint8Array> {
  const wb = await newWorkbook();
  applyOps(wb, planInsert({ pack }).ops);
  return toBytes(wb);
}

export async function toBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return await workbookBytes(wb);
}

/**
 * Opens an uploaded .xlsx as the CLI opens one: every check of the safe reader (zip bombs, DTDs, hostile names such
 * as __proto__, oversized ranges) in a Web Worker with its time limit, then ExcelJS loads the file as those checks
 * rewrote it. Anything refused becomes the same message and code as on the command line.
 */
export async function openWorkbook(bytes: ArrayBuffer, file: string): Promise<ExcelJS.Workbook> {
  // Every .xlsx is a zip: other files are refused before any reader sees them, in the CLI's words (an old .xls is
  // told to be saved again as .xlsx, a password-protected one to have its password taken off).
  sniffFormat(new Uint8Array(bytes), file);
  const checked = await readChecked(new Uint8Array(bytes), file);
  return loadPrepared(checked, file);
}

/** The worker's checks and rewrite; where there is no Worker (jsdom tests) the same code runs in place. */
async function readChecked(bytes: Uint8Array, file: string): Promise<Uint8Array> {
  if (typeof Worker !== 'undefined') {
    const { readInBrowserWorker } = await import('../../adapters/exceljs/worker/readInBrowserWorker');
    return (await readInBrowserWorker(bytes, { file, prepare: true })).bytes!;
  }
  const { handleRead } = await import('../../adapters/exceljs/worker/handle');
  const { reply } = await handleRead({ id: 1, file, bytes, prepare: true });
  if (!reply.ok) throw new LianfangError(reply.code, reply.params);
  return reply.bytes!;
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
