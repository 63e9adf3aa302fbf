import type { Op } from '../../core/ops';

export type RowHeightOp = Extract<Op, { kind: 'rowHeight' }> & { toRow?: number };

/** Neighbouring rows of one height become one write ("8:2007"), so a long body costs one action, not thousands. */
export function coalesceRowHeights(ops: readonly Op[]): Array<Op | RowHeightOp> {
  const out: Array<Op | RowHeightOp> = [];
  for (const op of ops) {
    const last = out[out.length - 1] as RowHeightOp | undefined;
    if (
      op.kind === 'rowHeight' &&
      last?.kind === 'rowHeight' &&
      last.sheet === op.sheet &&
      last.height === op.height &&
      (last.toRow ?? last.row) + 1 === op.row
    )
      last.toRow = op.row;
    else out.push(op.kind === 'rowHeight' ? { ...op } : op);
  }
  return out;
}
