import { parseRange, type RangeBox } from './a1';
import type { CellValue } from './cell';

/** What the core may read from a workbook. Adapters fill it; the core never calls a host itself. */
export interface SheetSnapshot {
  name: string;
  visibility: 'visible' | 'hidden' | 'veryHidden';
  /** Dense values from A1 to the last used cell: rows[r - 1][c - 1]. Rows may be shorter than the widest. */
  rows: CellValue[][];
  /** Merged ranges in A1 form. */
  merges: string[];
  /** Formulas by A1 address, where a cell holds one (its cached result is in `rows`). */
  formulas?: Record<string, string>;
  /** Number formats by A1 address, for cells whose format is not General (what prints: "0.00", ";;;" …). */
  formats?: Record<string, string>;
  /** Hidden rows and columns (1-based), including those of height or width 0: they do not print. */
  hiddenRows?: number[];
  hiddenCols?: number[];
}

export interface DefinedName {
  name: string;
  /** The sheet the name points into, when it points into one. */
  sheet?: string;
  /** The range, without the sheet: $A$1:$F$20. */
  range?: string;
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
  names: DefinedName[];
}

export interface WorkbookPort {
  /** Everything the core needs in one read: hosts batch it (office-js: a constant number of syncs). */
  read(): Promise<WorkbookSnapshot>;
}

export const cellAt = (sheet: SheetSnapshot, row: number, col: number): CellValue =>
  sheet.rows[row - 1]?.[col - 1] ?? null;

/** The merged range whose top-left cell is (row, col), if any (a sheet's merges never overlap: its reader refuses). */
export function mergeHeadedBy(sheet: SheetSnapshot, row: number, col: number): RangeBox | undefined {
  return mergeBoxes(sheet).find((b) => b.top === row && b.left === col);
}

/** A sheet's merged ranges, parsed once for every cell asked about (again if the list is changed). */
const parsedMerges = new WeakMap<readonly string[], RangeBox[]>();
function mergeBoxes(sheet: SheetSnapshot): RangeBox[] {
  let boxes = parsedMerges.get(sheet.merges);
  if (!boxes || boxes.length !== sheet.merges.length)
    parsedMerges.set(sheet.merges, (boxes = sheet.merges.map(parseRange)));
  return boxes;
}

export const sheetByName = (wb: WorkbookSnapshot, name: string): SheetSnapshot | undefined =>
  wb.sheets.find((s) => s.name === name);
