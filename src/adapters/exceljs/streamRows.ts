import type ExcelJS from 'exceljs';
import { cellAddress, parseRange } from '../../core/a1';
import type { Op } from '../../core/ops';
import { applyOps } from './applyOps';
import { setCellValue } from './cells';
import type { StyleCache } from './styleCache';
import { waitForZip, type PartStream } from './zipBacklog';

// The streaming writer's rows: each cell operation cut to the rows it covers, written a row at a time and dropped.

/** ExcelJS's streaming sheet, with the parts its typings leave out. */
export type StreamSheet = ExcelJS.Worksheet & {
  useSharedStrings: boolean;
  stream: PartStream;
  conditionalFormatting: unknown;
  dataValidations: { model: unknown };
  _merges: string[];
  _write(text: string): void;
  _writePageMargins(): void;
};

/** An operation on cells, with the rows it covers and, for a block of values, its left column. */
export interface RowOp {
  i: number;
  top: number;
  bottom: number;
  left: number;
  right: number;
  op: Op;
}

export function rowOpOf(op: Op, i: number): RowOp | null {
  const box = (range: string) => parseRange(range);
  switch (op.kind) {
    case 'setValues': {
      const b = box(op.at);
      return { i, op, top: b.top, bottom: b.top + op.values.length - 1, left: b.left, right: b.left };
    }
    case 'setFormulas': {
      const b = box(op.at);
      return { i, op, top: b.top, bottom: b.top + op.formulas.length - 1, left: b.left, right: b.left };
    }
    case 'style':
    case 'merge':
      return { i, op, ...box(op.range) };
    case 'link':
    case 'note':
      return { i, op, ...box(op.cell) };
    case 'rowHeight':
      return { i, op, top: op.row, bottom: op.row, left: 1, right: 1 };
    default:
      return null;
  }
}

/**
 * The part of a cell operation that falls on row `r`, for the operations writeRows hands to applyOps (values, looks
 * and heights it writes straight onto the row; merges it makes itself).
 */
function onRow(x: RowOp, r: number): Op {
  const { op } = x;
  if (op.kind !== 'setFormulas') return op;
  return {
    ...op,
    at: cellAddress(r, x.left),
    formulas: [op.formulas[r - x.top]],
    results: [op.results[r - x.top] ?? []],
  };
}

/** Rows written between two looks at how much sheet XML waits for the zip writer. */
const ROWS_PER_PAUSE = 500;

/** Every row in order: the operations covering it applied in their own order, then the row written and dropped. */
export async function writeRows(ws: StreamSheet, list: RowOp[], styles: StyleCache, after: number): Promise<number> {
  list.sort((a, b) => a.top - b.top || a.i - b.i);
  if (list.length && list[0].top <= after)
    throw new Error(`streamOpsBytes: ${ws.name} row ${list[0].top} written twice`);
  const sheet = { getWorksheet: () => ws } as unknown as ExcelJS.Workbook;
  const merges = ws._merges;
  const masters = new Map<RowOp, ExcelJS.Cell>();
  let active: RowOp[] = [];
  let next = 0;
  let written = 0;
  const last = list.reduce((m, x) => Math.max(m, x.bottom), 0);
  for (let r = list[0]?.top ?? 1; r <= last; r++) {
    let added = false;
    while (next < list.length && list[next].top === r) {
      active.push(list[next++]);
      added = true;
    }
    if (added) active.sort((a, b) => a.i - b.i);
    if (!active.length) {
      if (next < list.length) r = list[next].top - 1;
      continue;
    }
    let batch: Op[] = [];
    const flush = () => {
      if (batch.length) applyOps(sheet, batch);
      batch = [];
    };
    for (const x of active) {
      const { op } = x;
      // Values, looks and heights straight onto the row (the same as applyOps does, without an operation per row).
      if (op.kind === 'setValues' || op.kind === 'style' || op.kind === 'rowHeight') {
        flush();
        if (op.kind === 'setValues') {
          const row = ws.getRow(r);
          op.values[r - x.top].forEach((v, c) => setCellValue(row.getCell(x.left + c), v));
        } else if (op.kind === 'style') {
          const row = ws.getRow(r);
          for (let c = x.left; c <= x.right; c++) styles.apply(row.getCell(c), op.style);
        } else ws.getRow(r).height = op.height;
        continue;
      }
      if (op.kind !== 'merge') {
        batch.push(onRow(x, r));
        continue;
      }
      // A merge, in its turn: its first cell holds the value, every other cell points there (as mergeCells does).
      flush();
      if (r === x.top) {
        masters.set(x, ws.getCell(x.top, x.left));
        merges.push(op.range.includes(':') ? op.range : `${op.range}:${op.range}`);
      }
      const master = masters.get(x)!;
      for (let c = x.left; c <= x.right; c++)
        if (r > x.top || c > x.left) (ws.getCell(r, c) as unknown as { merge(m: ExcelJS.Cell): void }).merge(master);
    }
    flush();
    ws.getRow(r).commit();
    active = active.filter((x) => x.bottom > r || (masters.delete(x), false));
    if (++written % ROWS_PER_PAUSE === 0) await waitForZip(ws.stream);
  }
  return Math.max(after, last);
}
