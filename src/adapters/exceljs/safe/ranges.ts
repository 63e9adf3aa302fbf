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
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function colLetters(n: number): string {
  let s = '';
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

/** A1, A1:B2, A:C (whole columns), 3:5 (whole rows); undefined for anything else. */
export function parseArea(ref: string): Area | undefined {
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
