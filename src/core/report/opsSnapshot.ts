import { parseRange } from '../a1';
import type { CellValue } from '../cell';
import type { Op } from '../ops';
import type { SheetSnapshot, WorkbookSnapshot } from '../port';

/**
 * What a workbook built from `ops` alone would read back as (values, merges, names): lets the report
 * run the other capabilities (rollups) over its own sheets before any host has applied a single op.
 */
export function opsSnapshot(ops: readonly Op[]): WorkbookSnapshot {
  const sheets = new Map<string, SheetSnapshot>();
  const names: WorkbookSnapshot['names'] = [];
  const put = (s: SheetSnapshot, r: number, c: number, v: CellValue) => {
    while (s.rows.length < r) s.rows.push([]);
    const row = s.rows[r - 1];
    while (row.length < c) row.push(null);
    row[c - 1] = v;
  };
  for (const op of ops) {
    if (op.kind === 'addSheet')
      sheets.set(op.sheet, { name: op.sheet, visibility: op.visibility ?? 'visible', rows: [], merges: [] });
    else if (op.kind === 'defineName') names.push({ name: op.name, sheet: op.sheet, range: op.range });
    else if (op.kind === 'setValues') {
      const s = sheets.get(op.sheet);
      if (!s) continue;
      const at = parseRange(op.at);
      op.values.forEach((row, r) => row.forEach((v, c) => put(s, at.top + r, at.left + c, v)));
    } else if (op.kind === 'setFormulas') {
      const s = sheets.get(op.sheet);
      if (!s) continue;
      const at = parseRange(op.at);
      op.results.forEach((row, r) => row.forEach((v, c) => put(s, at.top + r, at.left + c, v)));
    } else if (op.kind === 'merge') sheets.get(op.sheet)?.merges.push(op.range);
    else if (op.kind === 'deleteSheet') sheets.delete(op.sheet);
  }
  // A merged range keeps only its top-left value, as hosts read it back.
  for (const s of sheets.values())
    for (const m of s.merges) {
      const b = parseRange(m);
      for (let r = b.top; r <= b.bottom; r++)
        for (let c = b.left; c <= b.right; c++)
          if ((r !== b.top || c !== b.left) && s.rows[r - 1]?.[c - 1] !== undefined) s.rows[r - 1][c - 1] = null;
    }
  return { sheets: [...sheets.values()], names };
}
