import { displayText, isBlank } from '../../cell';
import { parseCountText } from '../../normalise/number';
import { compact } from '../../normalise/text';
import { cellIssue } from '../issue';
import type { FormCheck, Issue } from '../types';

const num = (v: unknown): number | null =>
  typeof v === 'number' ? v : typeof v === 'string' ? parseCountText(v) : null;

/** 共 6 个风险点 / 共6项 as a 合计 line says how many rows the table holds. */
const HOW_MANY = /共(\d+)(?:个|项|条|处)/;

/**
 * A typed 合计 / 总计 row whose counts differ from the sum of the rows above it (since the previous total), or whose
 * words say another number of rows than the table holds (合计：共 6 个风险点 over 7 rows).
 */
export const totalsMismatch: FormCheck = {
  id: 'totalsMismatch',
  scope: 'form',
  run: (ctx) => {
    const totals = ctx.rf.totals ?? [];
    if (!totals.length) return [];
    const cols = ctx.present.filter((p) => p.col.kind === 'count').map((p) => p.col);
    const out: Issue[] = [];
    let since = 0;
    for (const total of totals) {
      const before = ctx.rf.rows.filter((r) => r.row < total.row);
      // A 小计 adds up its own group (the rows since the last total line); a 合计 / 总计 the whole table.
      const detail = isSubtotal(total.cells) ? before.filter((r) => r.row > since) : before;
      const rows = before.filter((r) => r.row > since).length;
      since = total.row;
      for (const p of ctx.present) {
        const said = HOW_MANY.exec(compact(displayText(total.cells[p.col.key] ?? null)));
        if (said && Number(said[1]) !== rows)
          out.push(
            cellIssue(ctx, total.row, p.col, 'total_rows_mismatch', 'warning', total.cells[p.col.key] ?? null, {
              said: said[1],
              rows,
            }),
          );
      }
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

const isSubtotal = (cells: Record<string, unknown>): boolean =>
  Object.values(cells).some((v) => typeof v === 'string' && compact(v).includes('小计'));
