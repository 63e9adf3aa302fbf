import type ExcelJS from 'exceljs';
import { STAMPS_SHEET, SIGN_PLACEHOLDER, SEAL_PLACEHOLDER } from '../../src/core/approve';

/** The stamp records of a workbook as an attacker edits them: one parsed JSON record per row. */
export function readRecords(wb: ExcelJS.Workbook): { head: string; records: Array<Record<string, unknown>> } {
  const ws = wb.getWorksheet(STAMPS_SHEET)!;
  const rows: string[] = [];
  ws.eachRow((row) => {
    const cells = (row.values as unknown[]).slice(1).map((x) => (x === null || x === undefined ? '' : String(x)));
    rows.push(cells.join(''));
  });
  return { head: rows[0], records: rows.slice(1).map((r) => JSON.parse(r)) };
}

/** Rewrites the stamps sheet with the records kept by `keep` (a record at most 30 000 characters per cell). */
export function writeRecords(wb: ExcelJS.Workbook, head: string, records: Array<Record<string, unknown>>): void {
  const ws = wb.getWorksheet(STAMPS_SHEET)!;
  // (ExcelJS's spliceRows leaves rows behind: clear every cell instead.)
  ws.eachRow((row) => row.eachCell((cell) => (cell.value = null)));
  ws.getCell(1, 1).value = head;
  records.forEach((r, i) => {
    const text = JSON.stringify(r);
    for (let c = 0; c * 30_000 < text.length; c++)
      ws.getCell(i + 2, c + 1).value = text.slice(c * 30_000, (c + 1) * 30_000);
  });
}

/** Removes every stamp (and content copy) of one anchor, as someone hiding that form's sign-off would. */
export function stripAnchor(wb: ExcelJS.Workbook, anchor: string): void {
  const { head, records } = readRecords(wb);
  const keep = records.filter((r) => r.type !== 'stamp' || (r.stamp as { anchor: string }).anchor !== anchor);
  writeRecords(wb, head, keep);
}

/** Puts the printed blanks back in a sheet's sign-off cells, as they were before anyone signed. */
export function resetBlock(ws: ExcelJS.Worksheet, cells: Array<{ cell: string; seal: boolean }>): void {
  for (const { cell, seal } of cells) ws.getCell(cell).value = seal ? SEAL_PLACEHOLDER : SIGN_PLACEHOLDER;
}
