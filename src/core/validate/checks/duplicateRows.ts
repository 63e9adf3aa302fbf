import { displayText, isBlank } from '../../cell';
import { compact } from '../../normalise/text';
import { cellIssue } from '../issue';
import type { FormCheck, Issue } from '../types';

const text = (v: unknown) =>
  typeof v === 'string' ? compact(v) : v === null || v === undefined ? '' : displayText(v as never);

/** The same row typed twice (all of the plan's columns but 序号 alike, spaces and full-width aside). */
export const duplicateRows: FormCheck = {
  id: 'duplicateRows',
  scope: 'form',
  run: (ctx) => {
    const cols = ctx.present.filter((p) => p.col.kind !== 'seq' && !p.col.extra).map((p) => p.col);
    if (!cols.length) return [];
    // Group by the first column's text first: only rows alike there are compared in full (cheap on 100,000 rows).
    const byFirst = new Map<string, number[]>();
    const rows = ctx.rf.rows;
    for (let i = 0; i < rows.length; i++) {
      const t = text(rows[i].cells[cols[0].key]);
      const list = byFirst.get(t);
      if (list) list.push(i);
      else byFirst.set(t, [i]);
    }
    const out: Issue[] = [];
    for (const list of byFirst.values()) {
      if (list.length < 2) continue;
      const seen = new Map<string, number>();
      for (const i of list) {
        const row = rows[i];
        const parts = cols.map((c) => text(row.cells[c.key]));
        if (parts.every((p) => p === '')) continue;
        const key = parts.join('\u0001');
        const first = seen.get(key);
        if (first === undefined) {
          seen.set(key, row.row);
          continue;
        }
        const col = cols.find((c) => !c.group && !isBlank(row.cells[c.key])) ?? cols[0];
        out.push(cellIssue(ctx, row.row, col, 'duplicate_row', 'warning', row.cells[col.key], { first }));
      }
    }
    return out.sort((a, b) => a.row - b.row);
  },
};
