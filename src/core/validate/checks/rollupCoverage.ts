import { displayText } from '../../cell';
import { parseCountText } from '../../normalise/number';
import { compact } from '../../normalise/text';
import { addressIssue } from '../issue';
import type { Issue, WorkbookCheck } from '../types';
import { detailFacts } from './rollupMismatch';

const num = (v: unknown): number => (typeof v === 'number' ? v : typeof v === 'string' ? (parseCountText(v) ?? 0) : 0);

/**
 * A typed rollup (heshui B4) against everything its detail forms (B1–B3) hold in the workbook: every 科室 of the
 * details has its row, and the risk points it counts add up to theirs. Counting fewer than the details hold is an
 * error (risk points left out of the 汇总); more is a warning (the details may sit in other workbooks).
 */
export const rollupCoverage: WorkbookCheck = {
  id: 'rollupCoverage',
  scope: 'workbook',
  run: (wctx) => {
    const out: Issue[] = [];
    const levels = wctx.pack.grading.levels.map((l) => l.name);
    for (const roll of wctx.forms.filter((f) => f.form.rollupOf.length)) {
      const details = wctx.forms.filter((f) => roll.form.rollupOf.includes(f.form.id));
      if (!details.length) continue;
      const facts = details.flatMap((d) => detailFacts(d, wctx.pack.categories.values));
      const levelCols = roll.present.filter((p) => p.col.kind === 'count' && levels.includes(p.col.label));
      if (!levelCols.length) continue;
      const sources = details.map((d) => d.rf.sheet).join('、');
      const at = roll.rf.headerCells?.dept ?? roll.rf.titleCell ?? `A${roll.rf.headerRow}`;
      const listed = new Set(roll.rf.rows.map((r) => compact(displayText(r.cells.dept ?? null))));
      const byDept = new Map<string, number>();
      for (const f of facts) byDept.set(f.dept, (byDept.get(f.dept) ?? 0) + 1);
      for (const [dept, n] of byDept)
        if (dept && !listed.has(dept))
          out.push(addressIssue(roll, at, 'rollup_dept_missing', 'error', null, { dept, count: n, sources }));
      const counted = roll.rf.rows.reduce((s, r) => s + levelCols.reduce((t, p) => t + num(r.cells[p.col.key]), 0), 0);
      const held = facts.filter((f) => f.level !== undefined).length;
      if (counted === held) continue;
      const cell = roll.rf.headerCells?.[levelCols[0].col.key] ?? at;
      out.push(
        addressIssue(roll, cell, 'rollup_total_mismatch', counted < held ? 'error' : 'warning', counted, {
          counted,
          held,
          sources,
        }),
      );
    }
    return out;
  },
};
