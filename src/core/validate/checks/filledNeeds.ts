import { isBlank } from '../../cell';
import { once } from '../fast';
import { blank } from '../../normalise/blank';
import { cellIssue } from '../issue';
import { planRulesOf } from '../planRules';
import type { Issue, RowCheck } from '../types';

/** railway: a measure that needs a rule written (制度建设计划 filled) must carry 完成时限 and 责任人. */
export const filledNeeds: RowCheck = {
  id: 'filledNeeds',
  scope: 'row',
  run: (ctx, row) => {
    const out: Issue[] = [];
    for (const rule of once(ctx, 'filledNeeds', () =>
      (planRulesOf(ctx.pack).filledNeeds ?? []).filter((r) => r.form === ctx.form.id),
    )) {
      if (blank(row.cells[rule.when])) continue;
      const when = ctx.form.columns.find((c) => c.key === rule.when)!;
      for (const key of rule.need) {
        const col = ctx.form.columns.find((c) => c.key === key);
        if (!col || !isBlank(row.cells[key])) continue;
        const at = ctx.rf.columns[key] !== undefined ? col : when;
        out.push(
          cellIssue(ctx, row.row, at, 'plan_needs_field', 'error', row.cells[at.key] ?? null, {
            label: col.label,
            when: when.label,
          }),
        );
      }
    }
    return out;
  },
};
