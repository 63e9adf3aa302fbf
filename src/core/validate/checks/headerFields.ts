import { isBlank } from '../../cell';
import { cellAt, type SheetSnapshot } from '../../port';
import { addressIssue } from '../issue';
import type { FormCheck, FormContext } from '../types';

/**
 * Where to report a header field that is not there at all: never on a cell holding something else (a value we
 * failed to read must not be blamed for being missing): the title, else a blank cell above the table, else its
 * first heading cell.
 */
function missingFieldCell(ctx: FormContext, sheet: SheetSnapshot | undefined): string {
  if (ctx.rf.titleCell) return ctx.rf.titleCell;
  for (let r = 1; r < ctx.rf.headerRow; r++) if (!sheet || isBlank(cellAt(sheet, r, 1))) return `A${r}`;
  return ctx.rf.headerCells
    ? (Object.values(ctx.rf.headerCells).sort()[0] ?? `A${ctx.rf.headerRow}`)
    : `A${ctx.rf.headerRow}`;
}

/** Header fields above the table (单位名称, 姓名 …): present and filled in. */
export const headerFields: FormCheck = {
  id: 'headerFields',
  scope: 'form',
  run: (ctx) =>
    ctx.form.header
      // A 续表 sheet's fields stand above its first part (附件1 for 附件1（续）): only those it does type are checked.
      .filter((h) => h.required && !(ctx.rf.continues && !ctx.rf.header[h.key]))
      .flatMap((h) => {
        const found = ctx.rf.header[h.key];
        if (!found)
          return [
            addressIssue(ctx, missingFieldCell(ctx, ctx.sheet), 'header_missing', 'error', null, { label: h.label }),
          ];
        return isBlank(found.value)
          ? [addressIssue(ctx, found.cell, 'header_blank', 'error', null, { label: h.label })]
          : [];
      }),
};
