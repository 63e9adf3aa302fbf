import { isDateValue } from '../../cell';
import { excelSerialToDate, parseDateText } from '../../normalise/date';
import { columnsWhere } from '../fast';
import { blank } from '../../normalise/blank';
import { cellIssue, setCell } from '../issue';
import type { RowCheck } from '../types';

/** Date columns: a real date; typed 2024年5月25日 / 2024.5.25 or a bare Excel serial is read with a notice. */
export const dates: RowCheck = {
  id: 'dates',
  scope: 'row',
  run: (ctx, row) => {
    const out = [];
    for (const col of columnsWhere(ctx, 'date', (c) => c.kind === 'date')) {
      const v = row.cells[col.key];
      if (blank(v) || isDateValue(v)) continue;
      const iso = typeof v === 'string' ? parseDateText(v) : typeof v === 'number' ? excelSerialToDate(v) : null;
      // A date written into a pledge's text is right as text: only an impossible one is worth a word.
      if (iso && ctx.rf.fieldCells) continue;
      if (iso)
        out.push(
          cellIssue(
            ctx,
            row.row,
            col,
            'date_normalised',
            'notice',
            v,
            { canonical: iso },
            setCell(ctx, row.row, col.key, { date: iso }),
          ),
        );
      else out.push(cellIssue(ctx, row.row, col, 'date_invalid', 'error', v));
    }
    return out;
  },
};
