import { columnLetter } from '../../a1';
import { addressIssue } from '../issue';
import type { FormCheck } from '../types';

/**
 * A required column of the plan's table that the sheet's heading does not have at all: an error where the plan
 * prints the column, a warning where lianfang derived it from the plan's text (the office may lay it out otherwise).
 */
export const requiredColumns: FormCheck = {
  id: 'requiredColumns',
  scope: 'form',
  run: (ctx) => {
    const found = Object.values(ctx.rf.columns);
    const after = (found.length ? Math.max(...found) : 0) + 1;
    return ctx.form.columns
      .filter((c) => c.required && !c.extra && ctx.rf.columns[c.key] === undefined)
      .map((c) =>
        addressIssue(
          ctx,
          `${columnLetter(after)}${ctx.rf.headerRow}`,
          c.derived ? 'column_missing_derived' : 'column_missing',
          c.derived ? 'warning' : 'error',
          null,
          { label: c.label },
        ),
      );
  },
};
