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
    const missing = ctx.form.columns.filter((c) => c.required && !c.extra && ctx.rf.columns[c.key] === undefined);
    // A form typed as text lacks a labelled line, not a column: say so at its title.
    if (ctx.rf.fieldCells)
      return missing.map((c) =>
        addressIssue(ctx, ctx.rf.titleCell ?? `A${ctx.rf.headerRow}`, 'field_missing_text', 'error', null, {
          label: c.label,
          title: ctx.form.title,
        }),
      );
    return missing.map((c) =>
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
