import { displayText } from '../../cell';
import type { Column } from '../../forms/schema';
import { parseCountText, parseNumberText } from '../../normalise/number';
import { columnsWhere } from '../fast';
import { blank } from '../../normalise/blank';
import { cellIssue, setCell } from '../issue';
import type { RowCheck } from '../types';

const LIMITS: Partial<Record<Column['kind'], { min: number; max: number; whole: boolean }>> = {
  score: { min: 1, max: 5, whole: true },
  percent: { min: 0, max: 100, whole: false },
  count: { min: 0, max: Number.MAX_SAFE_INTEGER, whole: true },
};

/** Scores 1–5, 测评得分 0–100, counts ≥ 0: numbers in range; a number stored as text is read with a notice. */
export const numbers: RowCheck = {
  id: 'numbers',
  scope: 'row',
  run: (ctx, row) => {
    const out = [];
    for (const col of columnsWhere(ctx, 'numeric', (c) => LIMITS[c.kind] !== undefined)) {
      const lim = LIMITS[col.kind]!;
      const v = row.cells[col.key];
      if (blank(v)) continue;
      let n: number | null = typeof v === 'number' ? v : null;
      if (typeof v === 'string') {
        n = col.kind === 'count' ? parseCountText(v) : parseNumberText(v);
        if (n !== null)
          out.push(
            cellIssue(
              ctx,
              row.row,
              col,
              'number_as_text',
              'notice',
              v,
              { canonical: n },
              setCell(ctx, row.row, col.key, n),
            ),
          );
      }
      const min = col.min ?? lim.min;
      const max = col.max ?? lim.max;
      if (n === null) out.push(cellIssue(ctx, row.row, col, 'number_invalid', 'error', v, { value: displayText(v) }));
      else if (n < min || n > max || (lim.whole && !Number.isInteger(n)))
        out.push(
          cellIssue(ctx, row.row, col, 'number_out_of_range', 'error', v, {
            min,
            max: max === Number.MAX_SAFE_INTEGER ? '' : max,
            whole: lim.whole ? '整数' : '数',
          }),
        );
    }
    return out;
  },
};
