import { isBlank } from '../../cell';
import { normaliseYesNo } from '../../normalise/choice';
import { parseNumberText } from '../../normalise/number';
import { once } from '../fast';
import { cellIssue } from '../issue';
import { planRulesOf } from '../planRules';
import type { Issue, RowCheck } from '../types';

/** school D5: a 测评得分 below the threshold (default 60, configurable) needs 是否廉政谈话 = 是. */
export const lowScoreTalk: RowCheck = {
  id: 'lowScoreTalk',
  scope: 'row',
  run: (ctx, row) => {
    const out: Issue[] = [];
    for (const rule of once(ctx, 'scoreNeedsYes', () =>
      (planRulesOf(ctx.pack).scoreNeedsYes ?? []).filter((r) => r.form === ctx.form.id),
    )) {
      const s = row.cells[rule.score];
      const n = typeof s === 'number' ? s : typeof s === 'string' ? parseNumberText(s) : null;
      if (n === null || n >= ctx.settings.talkThreshold) continue;
      const yes = row.cells[rule.yes];
      const said = isBlank(yes) ? null : normaliseYesNo(typeof yes === 'boolean' ? yes : String(yes));
      if (said === '是') continue;
      const col = ctx.form.columns.find(
        (c) => c.key === (ctx.rf.columns[rule.yes] !== undefined ? rule.yes : rule.score),
      )!;
      out.push(
        cellIssue(ctx, row.row, col, 'low_score_needs_talk', 'error', row.cells[col.key] ?? null, {
          score: n,
          threshold: ctx.settings.talkThreshold,
        }),
      );
    }
    return out;
  },
};
