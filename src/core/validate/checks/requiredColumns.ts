import { columnLetter, parseRange } from '../../a1';
import { compact } from '../../normalise/text';
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
    const unknown = ctx.rf.unknownHeadings ?? [];
    // Where a column would be added: right of every heading, the read ones and those naming no column.
    const found = [...Object.values(ctx.rf.columns), ...unknown.map((u) => parseRange(u.cell).left)];
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
    return missing.map((c) => {
      // A heading that names it with more words (防控措施及责任人): most likely this column, said where it stands.
      const words = [c.label, ...c.aliases].map((w) => compact(w).replace(/\([^)]*\)/g, '')).filter(Boolean);
      const near = unknown.find((u) => words.some((w) => compact(u.text).includes(w)));
      return addressIssue(
        ctx,
        near?.cell ?? `${columnLetter(after)}${ctx.rf.headerRow}`,
        c.derived ? 'column_missing_derived' : 'column_missing',
        c.derived ? 'warning' : 'error',
        near ? near.text : null,
        { label: c.label, ...(near ? { near: near.cell } : {}) },
      );
    });
  },
};
