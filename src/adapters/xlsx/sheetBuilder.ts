import { cellAddress } from '../../core/a1';
import type { CellValue } from '../../core/cell';
import type { SheetSnapshot } from '../../core/port';
import { LianfangError } from '../../core/errors';
import { mergeBudget, validationBudget } from '../exceljs/safe/plan';
import type { ReadWarning } from '../exceljs/safe/prepare';
import { MAX_COL, MAX_ROW, colNumber, parseArea } from '../exceljs/safe/ranges';
import { slideFormula } from './formula';
import { applyMerges, denseRows, typed } from './sheetCells';

export interface SheetContext {
  file: string;
  part: string;
  name: string;
  visibility: SheetSnapshot['visibility'];
  strings: Array<string | null> | undefined;
  dateStyles: boolean[];
  /** Each cell style's number format, where it has one but General (readCellStyles). */
  styleFormats: Array<string | undefined>;
  date1904: boolean;
  warnings: ReadWarning[];
}

export interface SheetRead {
  sheet: SheetSnapshot;
  /** Features ExcelJS drops on save (lostOnSave.ts): sparklines, x14 data validations. */
  sparklines: boolean;
  extValidations: boolean;
}

/** One cell as it streams past: its attributes and the text of <v>, <is> and <f>. */
export interface Cell {
  ref: string;
  col: number;
  type: string | undefined;
  /** Whether its style (s) shows a date. */
  dateStyle: boolean;
  /** Its style's number format, where it has one but General. */
  format: string | undefined;
  value: string | undefined;
  runs: string[] | undefined;
  formula: string | undefined;
  shareType: string | undefined;
  shareRef: string | undefined;
  shareId: string | undefined;
}

/** A cell opened at `ref` (or, without one, at its column of the current row), nothing of its content read yet. */
export const newCell = (
  ref: string,
  col: number,
  type: string | undefined,
  dateStyle: boolean,
  format: string | undefined,
): Cell => ({
  ref,
  col,
  type,
  dateStyle,
  format,
  value: undefined,
  runs: undefined,
  formula: undefined,
  shareType: undefined,
  shareRef: undefined,
  shareId: undefined,
});

const ROW_OF = /(\d+)$/;

/** What a worksheet's events build, whichever scanner gives them: rows, formulas, merges, the features lost on save. */
export class SheetBuilder {
  readonly rows: Array<Array<CellValue | undefined>> = [];
  readonly formulas: Record<string, string> = {};
  readonly formats: Record<string, string> = {};
  /** Rows marked hidden or of height 0, and columns likewise: what does not print. */
  private readonly hiddenRowSet = new Set<number>();
  private readonly hiddenColSet = new Set<number>();
  readonly masters = new Map<string, { ref: string; formula: string }>();
  readonly merges: string[] = [];
  readonly keepMerge: (ref: string) => boolean;
  private readonly clipValidation: (sqref: string) => string | undefined;
  /**
   * Empty cells, [ref, row, column] each: they count as used only under a hyperlink (ExcelJS turns them into
   * hyperlink cells). Kept while the part may have hyperlinks (looked for once there are many).
   */
  private empties: Array<string | number> | undefined = [];
  readonly linked: string[] = [];
  sparklines = false;
  extValidations = false;
  lastRow = 0;
  rowNum = 0;
  row: Array<CellValue | undefined> = [];
  prevCol = 0;

  constructor(
    private readonly xml: string,
    readonly ctx: SheetContext,
  ) {
    this.keepMerge = mergeBudget(ctx.file, ctx.name, ctx.warnings);
    this.clipValidation = validationBudget(ctx.file, ctx.name, ctx.warnings);
  }

  outOfRange(cell: string): LianfangError {
    const { file, part, name: sheet } = this.ctx;
    return new LianfangError('corrupt', { file, kind: 'out_of_range', part, sheet, cell });
  }

  /** <row r hidden ht>: the next row when r is absent. */
  startRow(r: string | undefined, hidden?: string, height?: string): void {
    this.rowNum = r === undefined ? this.rowNum + 1 : Number(r);
    if (!(this.rowNum >= 1 && this.rowNum <= MAX_ROW)) throw this.outOfRange(r ?? String(this.rowNum));
    this.row = this.rows[this.rowNum - 1] = [];
    this.prevCol = 0;
    if (isTrue(hidden) || (height !== undefined && Number(height) <= 0)) this.hiddenRowSet.add(this.rowNum);
  }

  /** <col min max width hidden>: hidden columns, or of width 0 (as ExcelJS reads them). */
  column(min: string | undefined, max: string | undefined, width: string | undefined, hidden: string | undefined) {
    if (!(isTrue(hidden) || (width !== undefined && Number(width) <= 0))) return;
    const from = Number(min);
    const to = Math.min(Number(max ?? min), MAX_COL);
    if (!(from >= 1)) return;
    for (let c = from; c <= to; c++) this.hiddenColSet.add(c);
  }

  /** Whether a merged range covers part of row r other than its top-left cell (ExcelJS gives such a row cells). */
  private mergeCovers(r: number): boolean {
    return this.merges.some((ref) => {
      const a = parseArea(ref);
      return !!a && r >= a.top && r <= a.bottom && (r > a.top || a.right > a.left);
    });
  }

  /** The style's format by its index (the s of a <c>), read as the fast path reads it. */
  formatOf(style: string | undefined): string | undefined {
    return style === undefined ? undefined : this.ctx.styleFormats[parseInt(style, 10)];
  }

  /** A <c>'s column from its r (A1, $A$1), the next column when r is absent or empty. */
  cellColumn(ref: string): number {
    let col = this.prevCol + 1;
    if (ref) {
      const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref);
      if (!m) throw this.outOfRange(ref);
      col = colNumber(m[1]);
      const r = Number(m[2]);
      if (col > MAX_COL || r > MAX_ROW || r < 1) throw this.outOfRange(ROW_OF.exec(ref)?.[1] ?? ref);
    }
    this.prevCol = col;
    return col;
  }

  isDateStyle(style: string | undefined): boolean {
    return style !== undefined && this.ctx.dateStyles[parseInt(style, 10)] === true;
  }

  finishCell(c: Cell): void {
    const { ctx } = this;
    let value: CellValue | undefined;
    if (c.formula || c.shareType) {
      value = c.value ? typed(c.value, c.type, c.dateStyle, ctx.date1904) : null;
      let formula = c.formula;
      if (c.shareType === 'shared' && c.shareId !== undefined) {
        if (c.shareRef) this.masters.set(c.shareId, { ref: c.ref, formula: c.formula ?? '' });
        else if (!formula) {
          const master = this.masters.get(c.shareId);
          if (master?.formula) formula = slideFormula(master.formula, master.ref, c.ref);
        }
      }
      if (formula) this.formulas[cellAddress(this.rowNum, c.col)] = formula;
    } else if (c.runs) value = c.runs.join('');
    else if (c.value !== undefined) {
      if (c.type === 's') {
        const index = parseInt(c.value, 10);
        if (!ctx.strings) value = index;
        else {
          value = ctx.strings[index];
          if (value === undefined)
            throw new LianfangError('corrupt', {
              file: ctx.file,
              kind: 'unreadable',
              part: ctx.part,
              detail: `shared string ${c.value}`,
            });
        }
      } else value = typed(c.value, c.type, c.dateStyle, ctx.date1904);
    }
    if (value === undefined) {
      const empties = this.empties;
      if (!empties) return;
      empties.push(c.ref, this.rowNum, c.col);
      if (empties.length === 30_000 && !this.xml.includes('hyperlink')) this.empties = undefined;
      return;
    }
    this.row[c.col - 1] = value;
    if (c.format) this.formats[cellAddress(this.rowNum, c.col)] = c.format;
    if (this.rowNum > this.lastRow) this.lastRow = this.rowNum;
  }

  mergeCell(ref: string): void {
    if (this.keepMerge(ref)) this.merges.push(ref);
  }

  /** A <dataValidation sqref>, through plan.ts's budget (which warns of clipped ranges). */
  validation(sqref: string): void {
    this.clipValidation(sqref);
  }

  /** After the last event: hyperlinked empty cells, merges, the dense rows. */
  finish(): SheetRead {
    const { rows, ctx } = this;
    let { lastRow } = this;
    const emptyCells = new Map<string, [number, number]>();
    const empties = this.linked.length ? this.empties : undefined;
    if (empties)
      for (let i = 0; i < empties.length; i += 3)
        emptyCells.set(empties[i] as string, [empties[i + 1] as number, empties[i + 2] as number]);
    for (const ref of this.linked) {
      const at = emptyCells.get(ref);
      if (!at) continue;
      const r = rows[at[0] - 1];
      if (r && r[at[1] - 1] === undefined) r[at[1] - 1] = null;
      lastRow = Math.max(lastRow, at[0]);
    }
    lastRow = Math.max(lastRow, applyMerges(rows, this.merges, ctx.file, ctx.part));
    const sheet: SheetSnapshot = {
      name: ctx.name,
      visibility: ctx.visibility,
      rows: denseRows(rows, lastRow),
      merges: this.merges,
    };
    if (Object.keys(this.formulas).length) sheet.formulas = this.formulas;
    if (Object.keys(this.formats).length) sheet.formats = this.formats;
    // A hidden row without values hides nothing; ExcelJS lists those that hold a value or a merged cell's part.
    if (this.hiddenRowSet.size) {
      const held = (r: number) => rows[r - 1]?.some((v) => v !== undefined) || this.mergeCovers(r);
      const hiddenRows = [...this.hiddenRowSet].filter(held).sort((a, b) => a - b);
      if (hiddenRows.length) sheet.hiddenRows = hiddenRows;
    }
    if (this.hiddenColSet.size) sheet.hiddenCols = [...this.hiddenColSet].sort((a, b) => a - b);
    return { sheet, sparklines: this.sparklines, extValidations: this.extValidations };
  }
}

const isTrue = (v: string | undefined) => v === '1' || v === 'true';
