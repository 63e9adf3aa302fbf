import { isBlank } from '../../cell';
import { matchLevel } from '../../grade/levels';
import { addressIssue } from '../issue';
import { planRulesOf } from '../planRules';
import type { FormCheck } from '../types';

/** hangzhou: 一般高风险类别控制在20%左右 — the share of the top level, with the figure, when it is far off. */
export const topShare: FormCheck = {
  id: 'topShare',
  scope: 'form',
  run: (ctx) => {
    const rule = planRulesOf(ctx.pack).topShare;
    const level = ctx.present.find((p) => p.col.kind === 'level')?.col;
    if (!rule || !level || !rule.forms.includes(ctx.form.id)) return [];
    const graded = ctx.rf.rows.map((r) => r.cells[level.key]).filter((v) => !isBlank(v));
    const known = graded.map((v) => matchLevel(ctx.pack.grading, v)).filter((i) => i !== undefined);
    if (known.length < rule.minRows) return [];
    const top = known.filter((i) => i === 0).length;
    const share = top / known.length;
    if (share >= rule.far[0] && share <= rule.far[1]) return [];
    return [
      addressIssue(ctx, ctx.rf.headerCells?.[level.key] ?? `A${ctx.rf.headerRow}`, 'top_share_off', 'warning', null, {
        level: ctx.pack.grading.levels[0].name,
        top,
        total: known.length,
        share: `${Math.round(share * 1000) / 10}%`,
        target: `${Math.round(rule.target * 100)}%`,
      }),
    ];
  },
};
