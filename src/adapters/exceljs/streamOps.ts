import { PassThrough } from 'node:stream';
import type ExcelJS from 'exceljs';
import type { Op } from '../../core/ops';
import { applyOps } from './applyOps';
import { toValidation } from './cells';
import { injectCharts, type PendingChart } from './charts';
import { loadExcelJS, newWorkbook } from './lazy';
import { fixPrintNames } from './printNames';
import { StyleCache } from './styleCache';
import { rowOpOf, writeRows, type RowOp, type StreamSheet } from './streamRows';
import { streamSharedStrings } from './streamStrings';
import { compactValidations, workbookBytes } from './write';

/**
 * Writes core operations to .xlsx bytes through ExcelJS's streaming writer (Node): each sheet row by row, every row
 * written and dropped as soon as it is complete, so a report of 100,000 rows never holds the whole workbook as
 * ExcelJS cells. The result is the same workbook as applyOps + workbookBytes (a test compares them cell by cell):
 * the cell-level operations go through applyOps' own steps, one row at a time; what belongs to a sheet as a whole
 * (widths, frozen panes, page set-up, conditional formats) is worked out by applyOps on an empty copy and handed
 * over before the sheet's first row.
 *
 * The operations come in parts (a plan made as it is written): each part is written and let go before the next is
 * made. A sheet's operations sit in one part, or run on over the next parts below the rows already written; an
 * operation that needs the whole workbook in memory (streamable) stops the writer with NotStreamable.
 */
export async function streamOpsBytes(parts: Iterable<readonly Op[]>): Promise<Uint8Array> {
  const ExcelJSmod = await loadExcelJS();
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(Buffer.from(c)));
  const done = new Promise<void>((ok, fail) => (out.on('end', ok), out.on('error', fail)));
  const wb = new ExcelJSmod.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: true });
  wb.creator = 'lianfang';
  streamSharedStrings(wb);

  // The sheets as a whole, worked out by applyOps on a workbook without rows (priorities run across sheets).
  const shape = new ExcelJSmod.Workbook();
  const counters = { cfPriority: 1 };
  const charts: PendingChart[] = [];
  const styles = new StyleCache(new ExcelJSmod.Workbook().addWorksheet('scratch').getCell(1, 1));
  const validations = new Map<string, Record<string, ExcelJS.DataValidation>>();
  let open: { ws: StreamSheet; last: number } | undefined;
  const commit = () => {
    if (!open) return;
    const dv = validations.get(open.ws.name);
    if (dv) open.ws.dataValidations.model = compactValidations(dv);
    open.ws.commit();
    open = undefined;
  };
  let index = 0;
  for (const part of parts) {
    if (!streamable(part)) throw new NotStreamable();
    const shaping = part.filter((op) => SHEET_KINDS.has(op.kind));
    for (const op of shaping)
      if (op.kind !== 'addSheet' && op.kind !== 'defineName' && op.kind !== 'activate' && op.sheet === open?.ws.name)
        throw new Error(`streamOpsBytes: ${op.kind} for ${op.sheet} after its rows`);
    applyOps(shape, shaping, counters);
    const rowOps = new Map<string, RowOp[]>();
    for (const op of part) {
      const i = index++;
      if (op.kind === 'chart') charts.push({ sheet: op.sheet, at: op.at, chart: op.chart });
      else if (op.kind === 'validation') {
        const model = validations.get(op.sheet) ?? validations.set(op.sheet, {}).get(op.sheet)!;
        delete model[op.range]; // a later rule over the same range wins, and keeps its place after the earlier ones
        model[op.range] = toValidation(op);
      } else if (!SHEET_KINDS.has(op.kind)) {
        const r = rowOpOf(op, i);
        const sheet = (op as { sheet: string }).sheet;
        if (r) (rowOps.get(sheet) ?? rowOps.set(sheet, []).get(sheet)!).push(r);
      }
    }
    // The sheet still open goes on below its rows; then each sheet this part adds, in order.
    if (open && rowOps.has(open.ws.name))
      open.last = await writeRows(open.ws, rowOps.get(open.ws.name)!, styles, open.last);
    if (open) rowOps.delete(open.ws.name);
    for (const op of part) {
      if (op.kind !== 'addSheet') continue;
      commit();
      const ws = addSheet(wb, shape.getWorksheet(op.sheet)!);
      open = { ws, last: await writeRows(ws, rowOps.get(op.sheet) ?? [], styles, 0) };
      rowOps.delete(op.sheet);
    }
    const stray = [...rowOps.keys()][0];
    if (stray !== undefined) throw new Error(`streamOpsBytes: ${stray} written to after its part`);
  }
  commit();
  for (const name of shape.definedNames.model.flatMap((d) => d.ranges.map((range) => ({ name: d.name, range }))))
    wb.definedNames.add(name.range, name.name);
  wb.views = shape.views;
  await wb.commit();
  await done;
  const bytes = new Uint8Array(Buffer.concat(chunks));
  return injectCharts(fixPrintNames(bytes, shape), charts);
}

/** A part holds an operation that needs the whole workbook in memory: such a plan is applied at once instead. */
export class NotStreamable extends Error {
  constructor() {
    super('plan needs the whole workbook in memory');
  }
}

/** A streaming sheet set up as applyOps set up its empty copy. */
function addSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, model: ExcelJS.Worksheet): StreamSheet {
  const ws = wb.addWorksheet(model.name, {
    state: model.state,
    properties: model.properties,
    views: model.views,
    pageSetup: model.pageSetup,
    headerFooter: model.headerFooter,
  }) as unknown as StreamSheet;
  ws.columns = model.columns?.map((c) => ({ width: c.width })) ?? [];
  ws.conditionalFormatting = (model as unknown as { conditionalFormattings: unknown }).conditionalFormattings;
  withPrintOptions(ws);
  // Data no one reads on screen (the report's JSON, 30 MB for 100,000 rows) is written in its cells, not added to
  // the shared strings, which stay in memory until the end (every reader reads either).
  if (model.state === 'veryHidden') ws.useSharedStrings = false;
  return ws;
}

/** Operations the streaming writer cannot write the way the in-memory path does: such a plan goes that way. */
export const streamable = (ops: readonly Op[]): boolean => ops.every((op) => !WHOLE_WORKBOOK_KINDS.has(op.kind));

const WHOLE_WORKBOOK_KINDS = new Set<Op['kind']>([
  'deleteSheet',
  'clearSheet',
  'clearHighlights',
  'image',
  'protect',
  'unprotect',
]);
const SHEET_KINDS = new Set<Op['kind']>([
  'addSheet',
  'columnWidths',
  'freeze',
  'pageSetup',
  'conditionalFill',
  'highlight',
  'colorScale',
  'defineName',
  'activate',
]);

/**
 * ExcelJS's streaming writer leaves out <printOptions> (centred on the page, as the in-memory writer writes it):
 * it goes where Excel expects it, just before the page margins.
 */
function withPrintOptions(ws: StreamSheet): void {
  const margins = ws._writePageMargins.bind(ws);
  ws._writePageMargins = () => {
    const p = ws.pageSetup;
    const attrs = [
      ['headings', p.showRowColHeaders],
      ['gridLines', p.showGridLines],
      ['horizontalCentered', p.horizontalCentered],
      ['verticalCentered', p.verticalCentered],
    ].filter(([, on]) => on);
    if (attrs.length) ws._write(`<printOptions ${attrs.map(([k]) => `${k}="1"`).join(' ')}/>`);
    margins();
  };
}

/** Rows of data (the report's risk rows) from which a plan made in parts streams: each is written two or three times. */
export const STREAM_FROM_PLAN_ROWS = 2000;

/**
 * A plan made a part at a time (the report): a large one streams, each part made, written and dropped in turn;
 * a small one, or one a part of which needs the whole workbook (a seal image), is applied at once.
 */
export async function planBytes(plan: {
  parts(): Iterable<Op[]>;
  readonly ops: Op[];
  rows: number;
}): Promise<Uint8Array> {
  if (plan.rows >= STREAM_FROM_PLAN_ROWS)
    try {
      return await streamOpsBytes(plan.parts());
    } catch (e) {
      if (!(e instanceof NotStreamable)) throw e;
    }
  return inMemoryBytes(plan.ops);
}

async function inMemoryBytes(ops: readonly Op[]): Promise<Uint8Array> {
  const wb = await newWorkbook();
  applyOps(wb, ops);
  return workbookBytes(wb);
}
