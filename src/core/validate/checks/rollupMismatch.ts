import { cellAddress } from '../../a1';
import { displayText, isBlank, type CellValue } from '../../cell';
import { matchLevel } from '../../grade/levels';
import { normaliseChoice } from '../../normalise/choice';
import { parseCountText } from '../../normalise/number';
import { compact } from '../../normalise/text';
import { issueAt } from '../issue';
import { computedLevel } from './computedLevel';
import type { FormContext, Issue, WorkbookCheck } from '../types';

const text = (v: CellValue | undefined) => compact(displayText(v ?? null));

/**
 * A typed rollup (heshui B4 岗位风险点清查汇总表) against the detail forms it sums (B1–B3) found in the workbook:
 * each 科室 (or 科室+岗位) row's counts by 风险等级 and 风险类型. A warning: the workbook may not hold every detail sheet.
 */
export const rollupMismatch: WorkbookCheck = {
  id: 'rollupMismatch',
  scope: 'workbook',
  run: (wctx) => {
    const out: Issue[] = [];
    const levels = wctx.pack.grading.levels.map((l) => l.name);
    const categories = wctx.pack.categories.values;
    for (const roll of wctx.forms.filter((f) => f.form.rollupOf.length)) {
      const details = wctx.forms.filter((f) => roll.form.rollupOf.includes(f.form.id));
      if (!details.length) continue;
      const facts = details.flatMap((d) => detailFacts(d, categories));
      const perDept = new Map<string, number>();
      for (const row of roll.rf.rows) perDept.set(text(row.cells.dept), (perDept.get(text(row.cells.dept)) ?? 0) + 1);
      for (const row of roll.rf.rows) {
        const dept = text(row.cells.dept);
        // One row per 科室 sums the whole 科室 (its people, its own table, its key posts); several rows split it by 岗位,
        // a row without one standing for what the 科室 names no 岗位 for (its own 附表2).
        const split = (perDept.get(dept) ?? 0) > 1;
        const post = split ? text(row.cells.post) : '';
        const mine = facts.filter((f) => f.dept === dept && (!split || f.post === post));
        for (const p of roll.present) {
          if (p.col.kind !== 'count') continue;
          const li = levels.indexOf(p.col.label);
          const ci = categories.indexOf(p.col.label);
          if (li < 0 && ci < 0) continue;
          const expected = mine.filter((f) => (li >= 0 ? f.level === li : f.category === categories[ci])).length;
          // A detail form without a 风险类型 column (B3 has 权力类型): its risk points may be of any type, so a type's
          // count lies between those known to be of it and those plus the ones of unknown type.
          const unknown = li < 0 ? mine.filter((f) => f.category === undefined).length : 0;
          const typed = row.cells[p.col.key];
          const n = typeof typed === 'number' ? typed : isBlank(typed) ? 0 : parseCountText(String(typed));
          // Not a count at all: the numbers check says so at the cell; a mismatch would only repeat it.
          if (n === null || (n >= expected && n <= expected + unknown)) continue;
          out.push(
            issueAt(
              'rollup_mismatch',
              'warning',
              { sheet: roll.rf.sheet, row: row.row, column: p.at, form: roll.rf.form },
              typed,
              {
                label: p.col.label,
                expected: unknown ? `${expected}～${expected + unknown}` : expected,
                dept: displayText(row.cells.dept ?? null),
                post: displayText(row.cells.post ?? null),
                sources: details.map((d) => d.rf.sheet).join('、'),
                at: cellAddress(row.row, p.at),
              },
            ),
          );
        }
      }
    }
    return out;
  },
};

/** The level a row stands for: as typed, or where left blank, the one its scores give (grading fills it in). */
function levelOf(d: FormContext, r: FormContext['rf']['rows'][number]): number | undefined {
  if (!isBlank(r.cells.level)) return matchLevel(d.pack.grading, r.cells.level);
  const o = computedLevel(d, r);
  return o.ok ? o.computed.level : undefined;
}

export function detailFacts(d: FormContext, categories: string[]) {
  const catCol = d.form.columns.find(
    (c) => c.kind === 'choice' && c.options && c.options.every((o) => categories.includes(o)),
  );
  return d.rf.rows.map((r) => ({
    dept: text(r.cells.dept ?? d.rf.header.dept?.value),
    post: text(r.cells.post ?? d.rf.header.post?.value),
    level: levelOf(d, r),
    category: catCol ? normaliseChoice(displayText(r.cells[catCol.key] ?? null), categories) : undefined,
  }));
}
