import { columnTermOf } from '../../forms/terms';
import { compact } from '../../normalise/text';
import { addressIssue } from '../issue';
import type { FormCheck } from '../types';

const RUNNING_NUMBER = /^(?:序号|编号|顺序号|序)$/;

/**
 * Heading cells that name no column of the form, reported as notices naming them (never silently dropped).
 * A grading factor the pack's scheme does not use (自由裁量权 in a plan graded by 发生概率 × 危害程度) says so.
 */
export const headings: FormCheck = {
  id: 'headings',
  scope: 'form',
  run: (ctx) =>
    (ctx.rf.unknownHeadings ?? [])
      // A 序号 of the clerk's own in a table the plan prints without one: a running number needs no check.
      .filter((h) => !RUNNING_NUMBER.test(compact(h.text)))
      .map((h) => {
        const term = columnTermOf(h.text);
        const used = ctx.pack.grading.factors.map((f) => f.label).join('、');
        if (term?.factor && !ctx.pack.grading.factors.some((f) => f.key === term.id))
          return addressIssue(ctx, h.cell, 'factor_not_in_scheme', 'notice', h.text, { factor: term.meaning, used });
        return addressIssue(ctx, h.cell, 'heading_unrecognised', 'notice', h.text, {
          form: `${ctx.form.id} ${ctx.form.title}`,
          known: ctx.form.columns.map((c) => c.label).join('、'),
        });
      }),
};
