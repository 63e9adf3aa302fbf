import { addressIssue } from '../issue';
import type { FormCheck } from '../types';

/**
 * Another table like this one typed further down the sheet (a second person's 自查表 under the first) is not read:
 * one sheet holds one form. An error, so that its rows never go missing from the totals without a word.
 */
export const tableBelow: FormCheck = {
  id: 'tableBelow',
  scope: 'form',
  run: (ctx) =>
    ctx.rf.tableBelow
      ? [
          addressIssue(ctx, ctx.rf.tableBelow, 'table_below_unread', 'error', null, {
            form: `${ctx.form.id} ${ctx.form.title}`,
            end: ctx.rf.bodyEnd,
          }),
        ]
      : [],
};
