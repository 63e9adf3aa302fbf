import { displayText, isBlank } from '../../cell';
import { matchLevel } from '../../grade/levels';
import { cached, once } from '../fast';
import { blank } from '../../normalise/blank';
import { cellIssue, setCell } from '../issue';
import type { RowCheck } from '../types';
import { computedLevel } from './computedLevel';

/**
 * An entered level that differs from the level its factor scores give stands (组织定/集体定), but needs a
 * 调整理由. A level left blank where the scores give one is not missing: grading fills it (a notice says which,
 * with the fix). The level itself is computed by the grading engine.
 */
export const levelReason: RowCheck = {
  id: 'levelReason',
  scope: 'row',
  run: (ctx, row) => {
    const level = once(ctx, 'levelCol', () =>
      ctx.present.some((p) => p.col.factor) ? ctx.present.find((p) => p.col.kind === 'level')?.col : undefined,
    );
    if (!level) return [];
    const entered = row.cells[level.key];
    if (blank(entered)) {
      const outcome = computedLevel(ctx, row);
      if (!outcome.ok) return [];
      const { name, text } = outcome.computed;
      return [
        cellIssue(
          ctx,
          row.row,
          level,
          'level_computed',
          'notice',
          null,
          { computed: name, explain: text },
          setCell(ctx, row.row, level.key, name),
        ),
      ];
    }
    const typed = cached(ctx, 'matchLevel', displayText(entered), () => matchLevel(ctx.pack.grading, entered));
    if (typed === undefined) return [];
    const outcome = computedLevel(ctx, row);
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
