import { parseRange } from '../a1';
import { displayText, type CellValue } from '../cell';
import { blank as isBlank } from '../normalise/blank';
import { termKey } from '../forms/termKey';
import { labelKey } from '../normalise/text';
import type { SheetSnapshot } from '../port';

/** A sheet seen the way a person reads it: merged cells carry their value, labels compared by what they say. */
export interface Grid {
  sheet: SheetSnapshot;
  rowCount: number;
  /** The cell's own value. */
  at(row: number, col: number): CellValue;
  /** The value shown in the cell: a cell covered by a merge shows the merge's top-left value. */
  shown(row: number, col: number): CellValue;
  /** labelKey of the cell's text ('' for blanks), cached. */
  key(row: number, col: number): string;
  /** termKey of the cell's text ('' for blanks), cached: what headings and field labels are matched by. */
  term(row: number, col: number): string;
  /** The row's non-blank headings as [column, term], left to right within MAX_WIDTH, cached. */
  terms(row: number): ReadonlyArray<readonly [number, string]>;
  /** The cell's displayed text, NFKC (full-width colons and letters as half-width), cached. */
  text(row: number, col: number): string;
  width(row: number): number;

  /** Right-most column of the merge starting at (row, col), or col itself. */
  mergeRight(row: number, col: number): number;
  /** Cell covered by a vertical merge (not its top-left). */
  coveredVertically(row: number, col: number): boolean;
}

/** Columns read for headings, labels and row starts: no plan's table is wider; a hostile 16,384-wide row stays cheap. */
export const MAX_WIDTH = 256;

/** The column of the row's first cell that is not blank (1-based), 0 for a blank row. */
export function firstFilled(grid: Grid, r: number): number {
  for (let c = 1, w = grid.width(r); c <= w; c++) if (!isBlank(grid.at(r, c))) return c;
  return 0;
}

/** One number per cell (row * CELL_ID + col): wider than any sheet's 16,384 columns. */
const CELL_ID = 20000;

export function makeGrid(sheet: SheetSnapshot): Grid {
  const right = new Map<number, number>(); // by row * CELL_ID + col
  const boxes: Array<ReturnType<typeof parseRange>> = [];
  for (const ref of sheet.merges) {
    let box;
    try {
      box = parseRange(ref);
    } catch {
      continue;
    }
    right.set(box.top * CELL_ID + box.left, box.right);
    boxes.push(box);
  }
  // What each merge covers, mapped when first asked: most sheets tried as forms are never read as one.
  let cover: { covered: Map<number, Map<number, CellValue>>; vertical: Map<number, Set<number>> } | undefined;
  const covers = () => {
    if (cover) return cover;
    const covered = new Map<number, Map<number, CellValue>>();
    const vertical = new Map<number, Set<number>>();
    for (const box of boxes) {
      const v = sheet.rows[box.top - 1]?.[box.left - 1] ?? null;
      for (let r = box.top; r <= box.bottom; r++)
        for (let c = box.left; c <= box.right; c++) {
          if (r === box.top && c === box.left) continue;
          let m = covered.get(r);
          if (!m) covered.set(r, (m = new Map()));
          m.set(c, v);
          if (r > box.top) {
            let s = vertical.get(r);
            if (!s) vertical.set(r, (s = new Set()));
            s.add(c);
          }
        }
    }
    return (cover = { covered, vertical });
  };
  // Per row, by column: recognition keys the same first rows of a sheet for every form it tries.
  const keys: Array<Array<string | undefined> | undefined> = [];
  const termKeys: Array<Array<string | undefined> | undefined> = [];
  const rowTerms: Array<Array<readonly [number, string]> | undefined> = [];
  const texts: Array<Array<string | undefined> | undefined> = [];
  const at = (row: number, col: number): CellValue => sheet.rows[row - 1]?.[col - 1] ?? null;
  const grid: Grid = {
    sheet,
    rowCount: sheet.rows.length,
    at,
    shown(row, col) {
      const own = at(row, col);
      if (!isBlank(own)) return own;
      return covers().covered.get(row)?.get(col) ?? own;
    },
    key(row, col) {
      const inRow = (keys[row] ??= []);
      let k = inRow[col];
      if (k === undefined) {
        const v = at(row, col);
        if (typeof v === 'number') {
          // A number's text (digits, '.', '-', 'e', '+') holds nothing labelKey or termKey would take away.
          inRow[col] = k = String(v);
          (termKeys[row] ??= [])[col] = k;
          return k;
        }
        const both = isBlank(v) ? NO_KEYS : keysOf(displayText(v));
        inRow[col] = k = both.key;
        (termKeys[row] ??= [])[col] = both.term;
      }
      return k;
    },
    term(row, col) {
      const t = termKeys[row]?.[col];
      if (t !== undefined) return t;
      grid.key(row, col);
      return termKeys[row]![col]!;
    },
    terms(row) {
      let list = rowTerms[row];
      if (!list) {
        list = [];
        for (let c = 1, w = grid.width(row); c <= w; c++) {
          const t = grid.term(row, c);
          if (t) list.push([c, t]);
        }
        rowTerms[row] = list;
      }
      return list;
    },
    text(row, col) {
      const inRow = (texts[row] ??= []);
      let t = inRow[col];
      if (t === undefined) {
        const raw = displayText(at(row, col));
        inRow[col] = t = NFKC_STABLE.test(raw) ? raw : raw.normalize('NFKC');
      }
      return t;
    },
    width: (row) => Math.min(sheet.rows[row - 1]?.length ?? 0, MAX_WIDTH),
    mergeRight: (row, col) => right.get(row * CELL_ID + col) ?? col,
    coveredVertically: (row, col) => covers().vertical.get(row)?.has(col) ?? false,
  };
  return grid;
}

/** Text NFKC leaves as it is: printable ASCII and the CJK unified ideographs (compatibility ones lie elsewhere). */
const NFKC_STABLE = /^[\t\n\r -~\u4e00-\u9fff]*$/;

interface TextKeys {
  key: string;
  term: string;
}
const NO_KEYS: TextKeys = { key: '', term: '' };

/**
 * A cell text's labelKey and termKey, by the text: units hand in the same headings, labels, levels and names, and
 * recognition keys every cell of a sheet's first rows — the lines of a 填表说明 sheet too, which every unit hands
 * in alike and which are judged as every form. Bounded: a sheet of distinct texts costs a clear now and then, never
 * memory (at most KNOWN_MAX texts of KNOWN_LENGTH); longer texts (descriptions, measures) are reduced each time.
 */
function keysOf(text: string): TextKeys {
  if (text.length > KNOWN_LENGTH) return reduceText(text);
  let k = known.get(text);
  if (k === undefined) {
    if (known.size >= KNOWN_MAX) known.clear();
    known.set(text, (k = reduceText(text)));
  }
  return k;
}

const known = new Map<string, TextKeys>();
const KNOWN_MAX = 20_000;
const KNOWN_LENGTH = 256;

function reduceText(text: string): TextKeys {
  const key = labelKey(text);
  return { key, term: key ? termKey(key) : '' };
}

/** The non-blank cells of a row, left to right. */
export function rowCells(grid: Grid, row: number): Array<{ col: number; value: CellValue }> {
  const out: Array<{ col: number; value: CellValue }> = [];
  const w = grid.width(row);
  for (let c = 1; c <= w; c++) {
    const v = grid.at(row, c);
    if (!isBlank(v)) out.push({ col: c, value: v });
  }
  return out;
}
