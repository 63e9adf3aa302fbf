import { columnLetter } from '../../a1';
import { addressIssue } from '../issue';
import type { FormCheck } from '../types';

/** A required column of the plan's table that the sheet's heading does not have at all. */
export const requiredColumns: FormCheck = {
  id: 'requiredColumns',
  scope: 'form',
  run: (ctx) => {
    const found = Object.values(ctx.rf.columns);
    const after = (found.length ? Math.max(...found) : 0) + 1;
    return ctx.form.columns
      .filter((c) => c.required && !c.extra && ctx.rf.columns[c.key] === undefined)
      .map((c) =>
        addressIssue(ctx, `${columnLetter(after)}${ctx.rf.headerRow}`, 'column_missing', 'error', null, {
          label: c.label,
        }),
      );
  },
};
