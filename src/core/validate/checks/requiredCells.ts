import { isBlank } from '../../cell';
import { cellIssue } from '../issue';
import type { RowCheck } from '../types';

/** A required column left blank on a row that has other content. */
export const requiredCells: RowCheck = {
  id: 'requiredCells',
  scope: 'row',
  run: (ctx, row) =>
    ctx.present
      .filter((p) => p.col.required && p.col.kind !== 'seq' && isBlank(row.cells[p.col.key]))
      .map((p) => cellIssue(ctx, row.row, p.col, 'required_missing', 'error', null)),
};
