import { parseRange, rangeAddress } from '../../core/a1';
import { isDateValue, type CellValue } from '../../core/cell';
import { toExcelInput } from './cellInput';
import { ACTION_COST, estimateBytes, splitGrid, type Queued } from './payload';

export type FormulaCell = { f: string } | { v: CellValue };

/** Pads a grid to a rectangle and cuts it into blocks that each fit the request budget. */
export function gridParts<T>(
  at: string,
  grid: T[][],
  budget: number,
  write: (address: string, block: T[][]) => void,
): Queued[] {
  const origin = parseRange(at);
  const width = Math.max(0, ...grid.map((r) => r.length));
  if (!grid.length || !width) return [];
  const rect = grid.map((r) => (r.length === width ? r : [...r, ...Array<T>(width - r.length).fill(null as T)]));
  return splitGrid(rect, Math.max(1024, budget - ACTION_COST * 2)).map((b) => {
    const top = origin.top + b.row;
    const left = origin.left + b.col;
    const address = rangeAddress(top, left, top + b.cells.length - 1, left + b.cells[0].length - 1);
    const dates = b.cells.reduce((n, row) => n + row.filter((x) => isDateValue(x as CellValue)).length, 0);
    return { bytes: ACTION_COST + estimateBytes(b.cells) + dates * ACTION_COST, queue: () => write(address, b.cells) };
  });
}

export function writeValues(ws: Excel.Worksheet, address: string, block: CellValue[][]): void {
  ws.getRange(address).values = block.map((row) => row.map(toExcelInput));
  dateFormats(ws, address, block);
}

/** Date cells get a date format, or Excel would show the serial number. */
export function dateFormats(ws: Excel.Worksheet, address: string, block: CellValue[][]): void {
  const o = parseRange(address);
  block.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== null && isDateValue(v))
        ws.getRange(rangeAddress(o.top + r, o.left + c, o.top + r, o.left + c)).numberFormat = [
          [v.date.length > 10 ? 'yyyy-mm-dd hh:mm' : 'yyyy-mm-dd'],
        ];
    }),
  );
}
