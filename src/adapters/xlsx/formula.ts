import { colLetters, colNumber } from '../exceljs/safe/ranges';

// A port of ExcelJS 4.4's slideFormula (lib/utils/shared-formula.js, MIT), so that shared formulas read the same
// through both readers: relative references move by the offset from the master cell, $-anchored parts stay.
const CANDIDATE = /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi;
const CELL_REF = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i;
const ADDRESS = /^\$?([A-Z]+)\$?(\d+)$/;

export function slideFormula(formula: string, from: string, to: string): string {
  const a = ADDRESS.exec(from);
  const b = ADDRESS.exec(to);
  if (!a || !b) return formula;
  const dCol = colNumber(b[1]) - colNumber(a[1]);
  const dRow = Number(b[2]) - Number(a[2]);
  return formula.replace(CANDIDATE, (match, sheet: string | undefined, _s, addr: string, paren: string | undefined) => {
    if (paren) return match;
    const m = CELL_REF.exec(addr);
    if (!m) return match;
    const [, colDollar, colText, rowDollar, rowText] = m;
    const letters = colText.toUpperCase();
    if (letters.length > 3 || (letters.length === 3 && letters > 'XFD')) return match; // a name, not a cell
    const col = colNumber(letters) + (colDollar ? 0 : dCol);
    const row = Number(rowText) + (rowDollar ? 0 : dRow);
    return `${sheet ?? ''}${colDollar ?? ''}${colLetters(col)}${rowDollar ?? ''}${row}`;
  });
}
