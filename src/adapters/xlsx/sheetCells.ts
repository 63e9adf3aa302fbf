import type { CellValue } from '../../core/cell';
import { LianfangError } from '../../core/errors';
import { MAX_COL, areaRef, parseArea } from '../exceljs/safe/ranges';
import { serialToDate } from './styles';

/* What a worksheet's cells become in the snapshot, as ExcelJS 4.4 reads them: values by type, merges, dense rows. */

/** A cell's text as its type says (ExcelJS's rules); dates by the style's number format. */
export function typed(text: string, type: string | undefined, dateStyle: boolean, date1904: boolean): CellValue {
  switch (type) {
    case 'str':
    case 'inlineStr':
      return text;
    case 'b':
      return parseInt(text, 10) !== 0;
    case 'e':
      return { error: text };
    case 'd': {
      const ms = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(text) ? text : `${text}Z`);
      if (Number.isNaN(ms)) return text;
      const iso = new Date(ms).toISOString();
      return { date: iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19) };
    }
    default: {
      const n = parseFloat(text);
      return dateStyle ? serialToDate(n, date1904) : n;
    }
  }
}

/**
 * Merged ranges as ExcelJS applies them: every cell but the top-left reads blank, overlapping merges make the
 * file unreadable (as ExcelJS refuses them), and a merge's rows count as used. Returns the last row merges reach.
 */
export function applyMerges(
  rows: Array<Array<CellValue | undefined>>,
  merges: string[],
  file: string,
  part: string,
): number {
  let last = 0;
  const taken = new Set<number>();
  for (let i = 0; i < merges.length; i++) {
    const area = parseArea(merges[i])!;
    merges[i] =
      `${areaRef({ ...area, bottom: area.top, right: area.left })}:${areaRef({ ...area, top: area.bottom, left: area.right })}`;
    for (let r = area.top; r <= area.bottom; r++)
      for (let c = area.left; c <= area.right; c++) {
        const key = r * (MAX_COL + 1) + c;
        if (taken.has(key))
          throw new LianfangError('corrupt', {
            file,
            kind: 'unreadable',
            part,
            detail: 'Cannot merge already merged cells',
          });
        taken.add(key);
        if (r === area.top && c === area.left) continue;
        const row = rows[r - 1];
        if (row && c <= row.length) row[c - 1] = undefined;
        if (r > last) last = r;
      }
  }
  return last;
}

/** rows[r - 1][c - 1] with blanks as null, trailing blanks dropped, missing rows as []. */
export function denseRows(rows: Array<Array<CellValue | undefined>>, lastRow: number): CellValue[][] {
  const out: CellValue[][] = new Array(lastRow);
  for (let r = 0; r < lastRow; r++) {
    const row = rows[r];
    if (!row) {
      out[r] = [];
      continue;
    }
    let end = row.length;
    while (end > 0 && row[end - 1] === undefined) end--;
    const dense: CellValue[] = new Array(end);
    for (let c = 0; c < end; c++) dense[c] = row[c] ?? null;
    out[r] = dense;
  }
  return out;
}
