import { isBlank } from '../../cell';
import { computeLevel } from '../../grade/compute';
import { readFactors } from '../../grade/factors';
import { matchLevel } from '../../grade/levels';
import { cellIssue } from '../issue';
import type { RowCheck } from '../types';

/**
 * An entered level that differs from the level its factor scores give stands (组织定/集体定), but needs a
 * 调整理由. The level itself is computed by the grading engine.
 */
export const levelReason: RowCheck = {
  id: 'levelReason',
  scope: 'row',
  run: (ctx, row) => {
    const level = ctx.present.find((p) => p.col.kind === 'level')?.col;
    if (!level || !ctx.present.some((p) => p.col.factor)) return [];
    const entered = row.cells[level.key];
    if (isBlank(entered)) return [];
    const typed = matchLevel(ctx.pack.grading, entered);
    if (typed === undefined) return [];
    const outcome = computeLevel(ctx.pack.grading, readFactors(ctx.pack.grading, row.cells).values);
    if (!outcome.ok || outcome.computed.level === typed) return [];
    if (!isBlank(row.cells.adjustReason)) return [];
    return [
      cellIssue(ctx, row.row, level, 'level_needs_reason', 'warning', entered, {
        computed: outcome.computed.name,
        explain: outcome.computed.text,
      }),
    ];
  },
};
