import { columnNumber } from '../../../core/a1';
/** Counting the cells a reference covers, without materialising any of them. */

export const MAX_ROW = 1_048_576;
export const MAX_COL = 16_384;

export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const AREA = /^\$?([A-Za-z]{1,3})?\$?(\d{1,7})?(?::\$?([A-Za-z]{1,3})?\$?(\d{1,7})?)?$/;

export function colNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) {
    const w = letters.charCodeAt(i);
    if (w > 64 && w < 91) n = n * 26 + (w - 64);
    else if (w > 96 && w < 123) n = n * 26 + (w - 96);
    else return columnNumber(letters); // not ASCII letters: as the core's toUpperCase spells them
  }
  return n;
}

export function colLetters(n: number): string {
  let s = '';
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

/** A1, A1:B2, A:C (whole columns), 3:5 (whole rows); undefined for anything else. */
export function parseArea(ref: string): Area | undefined {
  const simple = simpleArea(ref);
  if (simple) return simple;
  const m = AREA.exec(ref.trim());
  if (!m || (!m[1] && !m[2])) return undefined;
  const [, c1, r1, c2, r2] = m;
  const hasSecond = ref.includes(':');
  if (hasSecond && !c2 && !r2) return undefined;
  const left = c1 ? colNumber(c1) : 1;
  const top = r1 ? Number(r1) : 1;
  const right = hasSecond ? (c2 ? colNumber(c2) : c1 ? left : MAX_COL) : c1 ? left : MAX_COL;
  const bottom = hasSecond ? (r2 ? Number(r2) : r1 ? top : MAX_ROW) : r1 ? top : MAX_ROW;
  // Whole rows (3:5) have no letters; whole columns (A:C) have no digits.
  const area = {
    top: Math.min(top, bottom),
    bottom: Math.max(top, bottom),
    left: c1 || c2 ? Math.min(left, right) : 1,
    right: c1 || c2 ? Math.max(left, right) : MAX_COL,
  };
  if (!r1 && !r2) {
    area.top = 1;
    area.bottom = MAX_ROW;
  }
  return area;
}

/**
 * The common shapes, A1 and A1:B2 (each part $-anchored or not), read by char codes: what parseArea's regex gives
 * for them; undefined for anything else (whole rows or columns, white space …), left to the regex.
 */
function simpleArea(ref: string): Area | undefined {
  const n = ref.length;
  const end = cellAt(ref, 0, n);
  if (end < 0) return undefined;
  const row1 = cellRow;
  const col1 = cellCol;
  if (end === n) return { top: row1, bottom: row1, left: col1, right: col1 };
  if (ref.charCodeAt(end) !== 58 || cellAt(ref, end + 1, n) !== n) return undefined; // ':' and a second cell
  return {
    top: Math.min(row1, cellRow),
    bottom: Math.max(row1, cellRow),
    left: Math.min(col1, cellCol),
    right: Math.max(col1, cellCol),
  };
}

/** The row and column of the cell cellAt read last (no object per cell). */
let cellRow = 0;
let cellCol = 0;

/** One cell, \$?[A-Za-z]{1,3}\$?\d{1,7}, from `from` up to a ':' or `to`: where it ends, or -1 when not that shape. */
function cellAt(ref: string, from: number, to: number): number {
  let i = from;
  if (ref.charCodeAt(i) === 36) i++;
  let col = 0;
  const letters = i;
  for (let w = ref.charCodeAt(i); i < to; w = ref.charCodeAt(++i)) {
    if (w > 64 && w < 91) col = col * 26 + (w - 64);
    else if (w > 96 && w < 123) col = col * 26 + (w - 96);
    else break;
  }
  if (i === letters || i - letters > 3) return -1;
  if (ref.charCodeAt(i) === 36) i++;
  let row = 0;
  const digits = i;
  for (let w = ref.charCodeAt(i); i < to && w > 47 && w < 58; w = ref.charCodeAt(++i)) row = row * 10 + (w - 48);
  if (i === digits || i - digits > 7 || (i < to && ref.charCodeAt(i) !== 58)) return -1;
  cellRow = row;
  cellCol = col;
  return i;
}

export const areaCells = (a: Area): number => (a.bottom - a.top + 1) * (a.right - a.left + 1);

export const areaRef = (a: Area): string =>
  a.top === a.bottom && a.left === a.right
    ? `${colLetters(a.left)}${a.top}`
    : `${colLetters(a.left)}${a.top}:${colLetters(a.right)}${a.bottom}`;

/** Splits a defined name's formula on commas that are outside quotes and parentheses. */
export function splitTopLevel(formula: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote = false;
  let start = 0;
  for (let i = 0; i < formula.length; i++) {
    const c = formula[i];
    if (c === "'") quote = !quote;
    else if (!quote && c === '(') depth++;
    else if (!quote && c === ')') depth--;
    else if (!quote && depth === 0 && c === ',') {
      out.push(formula.slice(start, i));
      start = i + 1;
    }
  }
  out.push(formula.slice(start));
  return out;
}

/** `'My sheet'!$A$1:$B$2` → { sheet, ref }; undefined when the text is not a plain sheet reference. */
export function parseSheetRef(text: string): { sheet: string; ref: string } | undefined {
  const m = /^\s*(?:'((?:[^']|'')+)'|([^'!]+))!([$A-Za-z0-9:]+)\s*$/.exec(text);
  if (!m || !parseArea(m[3])) return undefined;
  return { sheet: m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2], ref: m[3] };
}
