import { cellAddress, parseRange } from '../a1';
import { displayText, isBlank, type CellValue } from '../cell';
import type { WorkbookSnapshot } from '../port';
import type { RiskSource } from './riskRows';

/**
 * Where a row's value sits in another cell: a merged cell read on every row it covers (a 排查类别 or 科室 merged
 * down), or a group heading row (一、议事决策类) above the rows it names. COUNTIFS sees a blank in such a row, so
 * the counts add these rows on their own, while the source cell still says what it said.
 */
export interface Borrowed {
  /** The cell the value comes from (A1, on the source's sheet); null when it could not be found. */
  cell: string | null;
  /** Its text when the rollup was made. */
  text: string;
}

/** Row → column key → the cell its value is borrowed from, for the columns the counts use. */
export type BorrowedCells = Map<number, Record<string, Borrowed>>;

/** The borrowed cells of a source's body rows in the given columns; empty when every value sits in its own cell. */
export function borrowedCells(wb: WorkbookSnapshot, s: RiskSource, keys: string[]): BorrowedCells {
  const out: BorrowedCells = new Map();
  const sheet = wb.sheets.find((x) => x.name === s.rf.sheet);
  if (!sheet) return out;
  const merges = sheet.merges.flatMap((m) => {
    try {
      return [parseRange(m)];
    } catch {
      return [];
    }
  });
  const own = new Set(s.rf.rows.map((r) => r.row));
  const at = (r: number, c: number): CellValue => sheet.rows[r - 1]?.[c - 1] ?? null;
  for (const row of s.rf.rows)
    for (const key of keys) {
      const col = s.rf.columns[key];
      if (!col || !isBlank(at(row.row, col)) || isBlank(row.cells[key] ?? null)) continue;
      const box = merges.find((b) => b.top < row.row && row.row <= b.bottom && b.left <= col && col <= b.right);
      const from = box ? { r: box.top, c: box.left } : above(at, own, row.row, col, s.rf.headerEnd ?? s.rf.headerRow);
      const entry = out.get(row.row) ?? {};
      entry[key] = from
        ? { cell: cellAddress(from.r, from.c), text: displayText(at(from.r, from.c)) }
        : { cell: null, text: displayText(row.cells[key] ?? null) };
      out.set(row.row, entry);
    }
  return out;
}

/**
 * Where a blank group cell takes its value from: the same column higher up (a group typed on its first row only),
 * or a group heading row between the body rows (一、议事决策类), whose first filled cell names the group.
 */
function above(
  at: (r: number, c: number) => CellValue,
  own: Set<number>,
  row: number,
  col: number,
  header: number,
): { r: number; c: number } | null {
  for (let r = row - 1; r > header; r--) {
    if (!isBlank(at(r, col))) return { r, c: col };
    if (own.has(r)) continue;
    for (let c = 1; c <= 64; c++) if (!isBlank(at(r, c))) return { r, c };
  }
  return null;
}
