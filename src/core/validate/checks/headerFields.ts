import { isBlank } from '../../cell';
import { addressIssue } from '../issue';
import type { FormCheck } from '../types';

/** Header fields above the table (单位名称, 姓名 …): present and filled in. */
export const headerFields: FormCheck = {
  id: 'headerFields',
  scope: 'form',
  run: (ctx) =>
    ctx.form.header
      .filter((h) => h.required)
      .flatMap((h) => {
        const found = ctx.rf.header[h.key];
        if (!found) {
          const row = ctx.rf.titleRow ? ctx.rf.titleRow + 1 : Math.max(1, ctx.rf.headerRow - 1);
          return [
            addressIssue(ctx, `A${Math.min(row, ctx.rf.headerRow)}`, 'header_missing', 'error', null, {
              label: h.label,
            }),
          ];
        }
        return isBlank(found.value)
          ? [addressIssue(ctx, found.cell, 'header_blank', 'error', null, { label: h.label })]
          : [];
      }),
};
