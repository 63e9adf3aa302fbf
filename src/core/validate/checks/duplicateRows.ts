import { displayText, isBlank } from '../../cell';
import { compact } from '../../normalise/text';
import { cellIssue } from '../issue';
import type { FormCheck, Issue } from '../types';

/** The same row typed twice (all of the plan's columns but 序号 alike). */
export const duplicateRows: FormCheck = {
  id: 'duplicateRows',
  scope: 'form',
  run: (ctx) => {
    const cols = ctx.present.filter((p) => p.col.kind !== 'seq' && !p.col.extra).map((p) => p.col);
    if (!cols.length) return [];
    const seen = new Map<string, number>();
    const out: Issue[] = [];
    for (const row of ctx.rf.rows) {
      const parts = cols.map((c) => compact(displayText(row.cells[c.key] ?? null)));
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
    return out;
  },
};
