import { displayText, isBlank } from '../../cell';
import { computeLevel } from '../../grade/compute';
import { readFactors } from '../../grade/factors';
import { matchLevel } from '../../grade/levels';
import { cached, once } from '../fast';
import { blank } from '../../normalise/blank';
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
    const level = once(ctx, 'levelCol', () =>
      ctx.present.some((p) => p.col.factor) ? ctx.present.find((p) => p.col.kind === 'level')?.col : undefined,
    );
    if (!level) return [];
    const entered = row.cells[level.key];
    if (blank(entered)) return [];
    const typed = cached(ctx, 'matchLevel', displayText(entered), () => matchLevel(ctx.pack.grading, entered));
    if (typed === undefined) return [];
    // Few distinct factor combinations exist (5 × 5 …): compute each once per form.
    const factors = readFactors(ctx.pack.grading, row.cells).values;
    let key = '';
    for (const f of ctx.pack.grading.factors) key += `${factors[f.key] ?? ''},`;
    const outcome = cached(ctx, 'computeLevel', key, () => computeLevel(ctx.pack.grading, factors));
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
