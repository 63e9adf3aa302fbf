import { columnsWhere } from '../fast';
import { blank } from '../../normalise/blank';
import { cellIssue } from '../issue';
import type { RowCheck } from '../types';
import { computedLevel } from './computedLevel';

/**
 * A required column left blank on a row that has other content. A blank level whose row's factor scores give
 * one is not missing (levelReason names it and grading fills it).
 */
export const requiredCells: RowCheck = {
  id: 'requiredCells',
  scope: 'row',
  run: (ctx, row) => {
    const out = [];
    for (const col of columnsWhere(ctx, 'required', (c) => c.required && c.kind !== 'seq'))
      if (blank(row.cells[col.key]) && !(col.kind === 'level' && computedLevel(ctx, row).ok))
        out.push(cellIssue(ctx, row.row, col, 'required_missing', 'error', null));
    return out;
  },
};
