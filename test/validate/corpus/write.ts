import ExcelJS from 'exceljs';

/** A value as typed in a cell: text, number, a real date, or blank. */
export type Typed = string | number | Date | null;

/** A cell that is right in the clean book and wrong in the dirty one, where validation must report `code`. */
export interface Plant {
  plant: string;
  clean: Typed;
  dirty: Typed;
}
export const P = (code: string, clean: Typed, dirty: Typed): Plant => ({ plant: code, clean, dirty });

/** A level cell of a row with factor scores: `typed` is what the clerk wrote (blank: grading fills it), `level` what the scheme gives. */
export interface Graded {
  grade: string;
  typed: Typed | Plant;
}
export const G = (level: string, typed: Typed | Plant = null): Graded => ({ grade: level, typed });

export type Cell = Typed | Plant | Graded;

export interface Expected {
  code: string;
  sheet: string;
  cell: string;
}

/**
 * Writes hand-typed workbooks the way offices lay them out (titles a few rows down, merged cells, header fields
 * typed into one cell) — deliberately not with lianfang's own template builder.
 */
export class HandTyped {
  readonly wb = new ExcelJS.Workbook();
  readonly planted: Expected[] = [];
  /** Level cells and the level the pack's scheme gives their row (clean book). */
  readonly grades: Array<{ sheet: string; cell: string; level: string }> = [];

  constructor(readonly dirty: boolean) {}

  /** Rows from `top` (1-based); `merges` as A1 ranges; `extra` expectations that exist only in the dirty book. */
  sheet(
    name: string,
    rows: Cell[][],
    opts: { merges?: string[]; top?: number; hidden?: boolean } = {},
  ): ExcelJS.Worksheet {
    const ws = this.wb.addWorksheet(name, { state: opts.hidden ? 'hidden' : 'visible' });
    const top = opts.top ?? 1;
    rows.forEach((row, i) =>
      row.forEach((v, c) => {
        if (v === null) return;
        const cell = ws.getCell(top + i, c + 1);
        const plant = (p: Plant) => {
          if (this.dirty) this.planted.push({ code: p.plant, sheet: name, cell: cell.address });
          return this.dirty ? p.dirty : p.clean;
        };
        if (v instanceof Date || typeof v !== 'object') cell.value = v;
        else if ('grade' in v) {
          const t = v.typed;
          cell.value = t !== null && typeof t === 'object' && !(t instanceof Date) ? plant(t) : t;
          this.grades.push({ sheet: name, cell: cell.address, level: v.grade });
        } else cell.value = plant(v);
      }),
    );
    for (const m of opts.merges ?? []) ws.mergeCells(m);
    return ws;
  }

  /** An issue the dirty book must show that is not tied to one typed cell (a share, a missing field). */
  expect(code: string, sheet: string, cell: string): void {
    if (this.dirty) this.planted.push({ code, sheet, cell });
  }

  /** Two runs of rows that differ only in the dirty book (a whole row added, e.g. a duplicate). */
  pick<T>(clean: T, dirty: T): T {
    return this.dirty ? dirty : clean;
  }
}
