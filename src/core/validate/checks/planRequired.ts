import { isBlank } from '../../cell';
import { addressIssue, cellIssue } from '../issue';
import { planRulesOf } from '../planRules';
import type { FormCheck, Issue } from '../types';

/** Columns the plan's procedure makes compulsory (D4 回告时限: the warned party answers within the set time). */
export const planRequired: FormCheck = {
  id: 'planRequired',
  scope: 'form',
  run: (ctx) => {
    const out: Issue[] = [];
    for (const rule of planRulesOf(ctx.pack).alsoRequired ?? []) {
      if (rule.form !== ctx.form.id) continue;
      for (const key of rule.keys) {
        const col = ctx.form.columns.find((c) => c.key === key);
        if (!col) continue;
        if (ctx.rf.columns[key] === undefined) {
          if (ctx.rf.rows.length)
            out.push(
              addressIssue(ctx, `A${ctx.rf.headerRow}`, 'plan_column_missing', 'error', null, { label: col.label }),
            );
          continue;
        }
        for (const row of ctx.rf.rows)
          if (isBlank(row.cells[key])) out.push(cellIssue(ctx, row.row, col, 'plan_required_missing', 'error', null));
      }
    }
    return out;
  },
};
