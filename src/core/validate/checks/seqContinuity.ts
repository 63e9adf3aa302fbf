import { displayText, isBlank, type CellValue } from '../../cell';
import type { Column } from '../../forms/schema';
import { parseSeq } from '../../normalise/number';
import { cellIssue } from '../issue';
import type { FormCheck, FormContext, Issue } from '../types';

/** 1、未经集体研究… — the numbering hangzhou's plan prints inside 主要廉政风险 itself. */
const PREFIX = /^[\s\u3000]*([0-9０-９]+)[\s\u3000]*[、.．](?![0-9０-９])/;

interface Numbering {
  col: Column;
  read: (v: CellValue) => number | null;
}

/** Where the form's numbering is: its 序号 column, else a text column every row of which opens with 1、 2、 … */
function numbering(ctx: FormContext): Numbering | null {
  const seq = ctx.present.find((p) => p.col.kind === 'seq')?.col;
  if (seq) return { col: seq, read: (v) => (typeof v === 'string' || typeof v === 'number' ? parseSeq(v) : null) };
  if (ctx.rf.rows.length < 2 || !ctx.form.columns.some((c) => c.kind === 'seq')) return null;
  const text = ctx.present.find(
    (p) =>
      (p.col.kind === 'longtext' || p.col.kind === 'text') &&
      !p.col.group &&
      ctx.rf.rows.every((r) => PREFIX.test(displayText(r.cells[p.col.key] ?? null))),
  )?.col;
  if (!text) return null;
  return { col: text, read: (v) => Number(PREFIX.exec(displayText(v).normalize('NFKC'))?.[1] ?? NaN) || null };
}

/**
 * 序号 runs 1, 2, 3 … through the form, or restarts at 1 in each group (hangzhou 排查类别, merged over its rows or
 * typed once and filled down). Where the table has no 序号 column, the 1、2、 opening each risk is the numbering.
 * One break is reported once: numbering resumes from the number found.
 */
export const seqContinuity: FormCheck = {
  id: 'seqContinuity',
  scope: 'form',
  run: (ctx) => {
    const n = numbering(ctx);
    if (!n) return [];
    const groupKey = ctx.present.find((p) => p.col.group)?.col.key;
    const out: Issue[] = [];
    let expected = 1;
    let group: unknown = undefined;
    for (const row of ctx.rf.rows) {
      const v = row.cells[n.col.key];
      const newGroup = groupKey !== undefined && row.cells[groupKey] !== group;
      if (groupKey !== undefined) group = row.cells[groupKey];
      if (isBlank(v)) {
        out.push(cellIssue(ctx, row.row, n.col, 'seq_missing', 'warning', null, { expected }));
        expected++;
        continue;
      }
      const got = n.read(v);
      if (got === null) {
        out.push(cellIssue(ctx, row.row, n.col, 'seq_invalid', 'warning', v, { expected }));
        expected++;
        continue;
      }
      if (newGroup && got === 1) expected = 1;
      // A 续表 sheet numbers on from its first part (9, 10 … after 附件1's 8 rows).
      if (ctx.rf.continues && row === ctx.rf.rows[0]) expected = got;
      if (got !== expected)
        out.push(cellIssue(ctx, row.row, n.col, 'seq_break', 'warning', v, { expected, value: String(got) }));
      expected = got + 1;
    }
    return out;
  },
};
