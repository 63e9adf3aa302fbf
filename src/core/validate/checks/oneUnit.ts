import { displayText, isBlank } from '../../cell';
import { unitKey } from '../../normalise/unit';
import { addressIssue } from '../issue';
import type { Issue, WorkbookCheck } from '../types';

/**
 * One workbook is one unit's: forms that name another unit (科学技术局's A3 beside 知识产权局's) are said, where each
 * stands, because a consolidation, a rollup and a report count the whole workbook under the first unit named.
 */
export const oneUnit: WorkbookCheck = {
  id: 'oneUnit',
  scope: 'workbook',
  run: (wctx) => {
    let first: { unit: string; sheet: string } | undefined;
    const out: Issue[] = [];
    for (const f of wctx.forms) {
      // A form a department of the unit fills (杭州 附件2: 填报部门(单位), 处室、分局、直属单位) is the unit's own: the
      // plan has the unit hand in both lists together.
      if (/部门/.test(f.form.header.find((h) => h.key === 'unit')?.label ?? '')) continue;
      const u = f.rf.header.unit;
      if (!u || isBlank(u.value)) continue;
      const unit = displayText(u.value).trim();
      if (!first) first = { unit, sheet: f.rf.sheet };
      else if (unitKey(unit) !== unitKey(first.unit))
        out.push(
          addressIssue(f, u.cell, 'unit_differs', 'warning', u.value, { first: first.unit, firstSheet: first.sheet }),
        );
    }
    return out;
  },
};
