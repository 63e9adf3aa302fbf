import { isDateValue } from '../../cell';
import { parseDateText, parseMonthText } from '../../normalise/date';
import { compact } from '../../normalise/text';
import { isWordedTimeLimit, normaliseTimeLimit } from '../../normalise/timeLimit';
import { columnsWhere } from '../fast';
import { blank } from '../../normalise/blank';
import { cellIssue, setCell } from '../issue';
import type { RowCheck } from '../types';

/** Deadlines that are not durations but are fine as a 完成时限. */
const STANDING = ['长期', '长期坚持', '持续', '持续推进', '常态化', '年底前', '年内'];
/**
 * A 完成时限 as the plans and offices write one without a full date: 2014年底, 9月底, 12月31日, 2014年第四季度,
 * 上半年, each maybe followed by 前 (年底前, 9月底前).
 */
const DEADLINE =
  /^(?:\d{4}年)?(?:年?[底末中]|[上下]半年末?|第?[一二三四1-4]季度[末底]?|(?:1[0-2]|0?[1-9])月份?(?:[底末]|[上中下]旬)?|(?:1[0-2]|0?[1-9])月(?:3[01]|[12]\d|0?[1-9])日)$/;
const BEFORE = /(?:以前|之前|前)$/;

/** 办结时限 / 回告时限 / 完成时限: 即办, N个工作日, N日 (variants read with a notice), or a date or month. */
export const timeLimits: RowCheck = {
  id: 'timeLimits',
  scope: 'row',
  run: (ctx, row) => {
    const out = [];
    for (const col of columnsWhere(ctx, 'timeLimit', (c) => c.kind === 'timeLimit')) {
      const v = row.cells[col.key];
      if (blank(v) || isDateValue(v)) continue;
      if (typeof v === 'string') {
        const canonical = normaliseTimeLimit(v);
        if (canonical === v) continue;
        if (canonical) {
          out.push(
            cellIssue(
              ctx,
              row.row,
              col,
              'time_limit_normalised',
              'notice',
              v,
              { canonical },
              setCell(ctx, row.row, col.key, canonical),
            ),
          );
          continue;
        }
        // Worded as service guides print limits (法定20个工作日，承诺10个工作日): valid as typed.
        if (isWordedTimeLimit(v)) continue;
        const t = compact(v).replace(BEFORE, '');
        if (parseDateText(t) || parseMonthText(t) || DEADLINE.test(t) || STANDING.includes(compact(v))) continue;
      }
      out.push(cellIssue(ctx, row.row, col, 'time_limit_invalid', 'error', v));
    }
    return out;
  },
};
