import { columnsWhere } from '../fast';
import { blank } from '../../normalise/blank';
import { cellIssue } from '../issue';
import type { RowCheck } from '../types';

/** A required column left blank on a row that has other content. */
export const requiredCells: RowCheck = {
  id: 'requiredCells',
  scope: 'row',
  run: (ctx, row) => {
    const out = [];
    for (const col of columnsWhere(ctx, 'required', (c) => c.required && c.kind !== 'seq'))
      if (blank(row.cells[col.key])) out.push(cellIssue(ctx, row.row, col, 'required_missing', 'error', null));
    return out;
  },
};
