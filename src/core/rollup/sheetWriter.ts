import { cellAddress, rangeAddress } from '../a1';
import { textWidth } from '../build/layout';
import type { CellValue } from '../cell';
import type { CellStyle, Op } from '../ops';

/**
 * Collects a generated sheet's cells, formulas and formatting, then hands them over as one setFormulas op
 * (formulas with the values lianfang computed; plain cells carry a null formula) plus the formatting ops.
 */
export class SheetWriter {
  private values: CellValue[][] = [];
  private formulas: (string | null)[][] = [];
  private readonly extra: Op[] = [];
  private readonly heights = new Map<number, number>();
  width = 1;

  constructor(readonly sheet: string) {}

  set(row: number, col: number, v: CellValue, formula: string | null = null): void {
    while (this.values.length < row) {
      this.values.push([]);
      this.formulas.push([]);
    }
    this.values[row - 1][col - 1] = v;
    this.formulas[row - 1][col - 1] = formula ? `=${formula.replace(/^=/, '')}` : null;
    this.width = Math.max(this.width, col);
  }

  /** Counts written as plain values because their formula would pass Excel's length limit. */
  staticCounts = 0;

  /** A count cell: its live formula with the value, or the value alone when the formula would be too long. */
  setCount(row: number, col: number, f: { formula: string | null; value: number; tooLong?: boolean }): void {
    if (f.tooLong) this.staticCounts++;
    this.set(row, col, f.value, f.formula);
  }

  /** The value set at a cell (0 when none): lets later cells total earlier ones. */
  value(row: number, col: number): CellValue {
    return this.values[row - 1]?.[col - 1] ?? 0;
  }

  get rows(): number {
    return this.values.length;
  }

  addr(row: number, col: number): string {
    return cellAddress(row, col);
  }

  style(r1: number, c1: number, r2: number, c2: number, style: CellStyle): void {
    this.extra.push({ kind: 'style', sheet: this.sheet, range: rangeAddress(r1, c1, r2, c2), style });
  }

  merge(r1: number, c1: number, r2: number, c2: number): void {
    if (r1 !== r2 || c1 !== c2)
      this.extra.push({ kind: 'merge', sheet: this.sheet, range: rangeAddress(r1, c1, r2, c2) });
  }

  /**
   * Keeps the tallest height a row needs for wrapped texts, each with the width (in column units) it is printed in:
   * LibreOffice and Excel do not grow a row for wrapped text by themselves when the file sets heights.
   */
  fit(row: number, texts: Array<[string, number]>, size = 11): void {
    this.fitLines(row, Math.max(1, ...texts.map(([t, width]) => linesIn(t, width))), size);
  }

  /** Keeps the row at least `lines` lines of text tall. */
  fitLines(row: number, lines: number, size = 11): void {
    const h = Math.min(409, lines * size * 1.4 + 5);
    this.heights.set(row, Math.max(this.heights.get(row) ?? 0, h));
  }

  op(op: Op): void {
    this.extra.push(op);
  }

  toOps(): Op[] {
    const pad = <T>(rows: T[][], fill: T) =>
      rows.map((r) => Array.from({ length: this.width }, (_, i) => (r[i] === undefined ? fill : r[i])));
    const values = pad(this.values, null as CellValue);
    const formulas = pad(this.formulas, null as string | null);
    const heights = [...this.heights].map(([row, height]): Op => ({
      kind: 'rowHeight',
      sheet: this.sheet,
      row,
      height,
    }));
    return [{ kind: 'setFormulas', sheet: this.sheet, at: 'A1', formulas, results: values }, ...this.extra, ...heights];
  }
}

/** Lines a text wraps to in a cell `width` column units wide (CJK characters count double). */
export function linesIn(text: string, width: number): number {
  const usable = Math.max(2, width - 1.5);
  return text.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(textWidth(part) / usable)), 0);
}
