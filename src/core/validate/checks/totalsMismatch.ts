import { isBlank } from '../../cell';
import { parseCountText } from '../../normalise/number';
import { cellIssue } from '../issue';
import type { FormCheck, Issue } from '../types';

const num = (v: unknown): number | null =>
  typeof v === 'number' ? v : typeof v === 'string' ? parseCountText(v) : null;

/** A typed 合计 / 总计 row whose counts differ from the sum of the rows above it (since the previous total). */
export const totalsMismatch: FormCheck = {
  id: 'totalsMismatch',
  scope: 'form',
  run: (ctx) => {
    const totals = ctx.rf.totals ?? [];
    if (!totals.length) return [];
    const cols = ctx.present.filter((p) => p.col.kind === 'count').map((p) => p.col);
    const out: Issue[] = [];
    for (const total of totals) {
      const detail = ctx.rf.rows.filter((r) => r.row < total.row);
      for (const col of cols) {
        const typed = total.cells[col.key];
        if (isBlank(typed)) continue;
        const n = num(typed);
        const sum = detail.reduce((s, r) => s + (num(r.cells[col.key]) ?? 0), 0);
        if (n !== sum) out.push(cellIssue(ctx, total.row, col, 'total_mismatch', 'error', typed, { expected: sum }));
      }
    }
    return out;
  },
};
