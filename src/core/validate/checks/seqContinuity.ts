import { isBlank } from '../../cell';
import { parseSeq } from '../../normalise/number';
import { cellIssue } from '../issue';
import type { FormCheck, Issue } from '../types';

/**
 * 序号 runs 1, 2, 3 … through the form, or restarts at 1 in each group (hangzhou 排查类别). One break is reported
 * once: numbering resumes from the number found.
 */
export const seqContinuity: FormCheck = {
  id: 'seqContinuity',
  scope: 'form',
  run: (ctx) => {
    const col = ctx.present.find((p) => p.col.kind === 'seq')?.col;
    if (!col) return [];
    const groupKey = ctx.present.find((p) => p.col.group)?.col.key;
    const out: Issue[] = [];
    let expected = 1;
    let group: unknown = undefined;
    for (const row of ctx.rf.rows) {
      const v = row.cells[col.key];
      const newGroup = groupKey !== undefined && row.cells[groupKey] !== group;
      if (groupKey !== undefined) group = row.cells[groupKey];
      if (isBlank(v)) {
        out.push(cellIssue(ctx, row.row, col, 'seq_missing', 'warning', null, { expected }));
        expected++;
        continue;
      }
      const n = typeof v === 'string' || typeof v === 'number' ? parseSeq(v) : null;
      if (n === null) {
        out.push(cellIssue(ctx, row.row, col, 'seq_invalid', 'warning', v, { expected }));
        expected++;
        continue;
      }
      if (newGroup && n === 1) expected = 1;
      if (n !== expected) out.push(cellIssue(ctx, row.row, col, 'seq_break', 'warning', v, { expected }));
      expected = n + 1;
    }
    return out;
  },
};
