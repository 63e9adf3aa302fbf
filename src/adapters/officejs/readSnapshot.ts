import { cellAddress, columnNumber, parseRange } from '../../core/a1';
import type { CellValue } from '../../core/cell';
import type { DefinedName, SheetSnapshot, WorkbookSnapshot } from '../../core/port';
import { isDateFormat, serialToDate } from './cellInput';
import { officeErrorCode, officeErrorToLianfang } from './errors';
import { officeApiSupported, officeExcelRun, type ApiCheck, type ExcelRun } from './excelRun';

export interface ReadOptions {
  run?: ExcelRun;
  signal?: AbortSignal;
  /** Rows per request when a sheet is too big to read in one (Excel's 5 MB response limit). */
  chunkRows?: number;
  /** Merged areas need ExcelApi 1.13; older Excel reads without them rather than failing. */
  supports?: ApiCheck;
}

type Visibility = SheetSnapshot['visibility'];
const VISIBILITY: Record<string, Visibility> = { Visible: 'visible', Hidden: 'hidden', VeryHidden: 'veryHidden' };

interface Block {
  rowIndex: number;
  columnIndex: number;
  values: unknown[][];
  numberFormat: string[][];
  valueTypes: string[][];
}

/**
 * Reads the whole workbook in two requests, whatever its size: (1) sheets and defined names, (2) for every sheet at
 * once its used range (values, number formats, value types), merged areas and formula cells. If Excel refuses the
 * second answer as too large (ResponsePayloadSizeLimitExceeded), it reads again in row blocks instead.
 */
export async function readSnapshot(opts: ReadOptions = {}): Promise<WorkbookSnapshot> {
  const run = opts.run ?? officeExcelRun;
  const supports = opts.supports ?? officeApiSupported;
  const merges = supports('1.13');
  const visible = supports('1.9');
  try {
    return await run((ctx) => readAll(ctx, merges, visible, opts.signal));
  } catch (e) {
    if (officeErrorCode(e) !== 'ResponsePayloadSizeLimitExceeded') throw officeErrorToLianfang(e);
  }
  try {
    return await run((ctx) => readInBlocks(ctx, merges, visible, opts.chunkRows ?? 2000, opts.signal));
  } catch (e) {
    throw officeErrorToLianfang(e);
  }
}

async function readStructure(ctx: Excel.RequestContext) {
  const sheets = ctx.workbook.worksheets.load('items/name,items/visibility');
  const names = ctx.workbook.names.load('items/name,items/type,items/formula');
  await ctx.sync();
  return { sheets: sheets.items, names: names.items.map(toDefinedName) };
}

function loadShape(ws: Excel.Worksheet, withMerges: boolean, withVisible: boolean) {
  let merged: Excel.RangeAreas | null = null;
  if (withMerges) {
    merged = ws.getRange().getMergedAreasOrNullObject();
    merged.load('isNullObject');
    merged.areas.load('items/address');
  }
  const formulas = ws.getRange().getSpecialCellsOrNullObject('Formulas');
  formulas.load('isNullObject');
  formulas.areas.load('items/address,items/formulas');
  // Hidden rows and columns do not print: a stamp covers them (ExcelApi 1.9). Visible cells come back as a few areas.
  let visible: Excel.RangeAreas | null = null;
  if (withVisible) {
    visible = ws.getRange().getSpecialCellsOrNullObject('Visible');
    visible.load('isNullObject');
    visible.areas.load('items/address');
  }
  return { merged, formulas, visible };
}

async function readAll(
  ctx: Excel.RequestContext,
  withMerges: boolean,
  withVisible: boolean,
  signal?: AbortSignal,
): Promise<WorkbookSnapshot> {
  const { sheets, names } = await readStructure(ctx);
  signal?.throwIfAborted();
  const parts = sheets.map((ws) => ({
    ws,
    used: ws.getUsedRangeOrNullObject(true).load('isNullObject,rowIndex,columnIndex,values,numberFormat,valueTypes'),
    ...loadShape(ws, withMerges, withVisible),
  }));
  await ctx.sync();
  return {
    sheets: parts.map((p) => toSheet(p.ws, p.used.isNullObject ? [] : [p.used], p.merged, p.formulas, p.visible)),
    names,
  };
}

async function readInBlocks(
  ctx: Excel.RequestContext,
  withMerges: boolean,
  withVisible: boolean,
  chunkRows: number,
  signal?: AbortSignal,
) {
  const { sheets, names } = await readStructure(ctx);
  const parts = sheets.map((ws) => ({
    ws,
    used: ws.getUsedRangeOrNullObject(true).load('isNullObject,rowIndex,columnIndex,rowCount,columnCount'),
    ...loadShape(ws, withMerges, withVisible),
  }));
  await ctx.sync();
  const out: SheetSnapshot[] = [];
  for (const p of parts) {
    const blocks: Block[] = [];
    if (!p.used.isNullObject) {
      for (let r = 0; r < p.used.rowCount; r += chunkRows) {
        signal?.throwIfAborted();
        const rows = Math.min(chunkRows, p.used.rowCount - r);
        const block = p.ws
          .getRangeByIndexes(p.used.rowIndex + r, p.used.columnIndex, rows, p.used.columnCount)
          .load('rowIndex,columnIndex,values,numberFormat,valueTypes');
        await ctx.sync();
        blocks.push(block);
      }
    }
    out.push(toSheet(p.ws, blocks, p.merged, p.formulas, p.visible));
  }
  return { sheets: out, names };
}

function toSheet(
  ws: Excel.Worksheet,
  blocks: Block[],
  merged: Excel.RangeAreas | null,
  formulaCells: Excel.RangeAreas,
  visible: Excel.RangeAreas | null,
): SheetSnapshot {
  const rows: CellValue[][] = [];
  const formats: Record<string, string> = {};
  for (const b of blocks) {
    b.values.forEach((row, r) => {
      const out: CellValue[] = Array<CellValue>(b.columnIndex).fill(null);
      row.forEach((v, c) => {
        const fmt = b.numberFormat[r][c];
        if (fmt && fmt !== 'General' && v !== '' && v !== null)
          formats[cellAddress(b.rowIndex + r + 1, b.columnIndex + c + 1)] = fmt;
        out.push(toCellValue(v, b.valueTypes[r][c], fmt));
      });
      while (out.length && out[out.length - 1] === null) out.pop();
      rows[b.rowIndex + r] = out;
    });
  }
  for (let i = 0; i < rows.length; i++) if (!rows[i]) rows[i] = [];
  while (rows.length && rows[rows.length - 1].length === 0) rows.pop();

  const merges = !merged || merged.isNullObject ? [] : merged.areas.items.map((a) => localAddress(a.address));
  const formulas: Record<string, string> = {};
  if (!formulaCells.isNullObject)
    for (const area of formulaCells.areas.items) {
      const o = parseRange(localAddress(area.address));
      area.formulas.forEach((row, r) =>
        row.forEach((f, c) => {
          if (typeof f === 'string' && f.startsWith('=')) formulas[cellAddress(o.top + r, o.left + c)] = f.slice(1);
        }),
      );
    }
  return {
    name: ws.name,
    visibility: VISIBILITY[ws.visibility] ?? 'visible',
    rows,
    merges,
    ...(Object.keys(formulas).length ? { formulas } : {}),
    ...(Object.keys(formats).length ? { formats } : {}),
    ...hiddenOf(rows, visible),
  };
}

/** Rows and columns of the used area that no visible area covers. */
function hiddenOf(
  rows: CellValue[][],
  visible: Excel.RangeAreas | null,
): Pick<SheetSnapshot, 'hiddenRows' | 'hiddenCols'> {
  if (!visible) return {};
  const width = Math.max(0, ...rows.map((r) => r.length));
  const areas = visible.isNullObject ? [] : visible.areas.items.map((a) => wholeBox(localAddress(a.address)));
  const hiddenRows: number[] = [];
  const hiddenCols: number[] = [];
  for (let r = 1; r <= rows.length; r++) if (!areas.some((b) => r >= b.top && r <= b.bottom)) hiddenRows.push(r);
  for (let c = 1; c <= width; c++) if (!areas.some((b) => c >= b.left && c <= b.right)) hiddenCols.push(c);
  return { ...(hiddenRows.length ? { hiddenRows } : {}), ...(hiddenCols.length ? { hiddenCols } : {}) };
}

/** "A1:C5", whole rows "2:7" and whole columns "B:D" alike (Excel writes the last two for full-sheet areas). */
export function wholeBox(address: string): { top: number; left: number; bottom: number; right: number } {
  const [a, b = a] = address.split(':');
  const part = (p: string) => {
    const m = /^([A-Z]*)(\d*)$/.exec(p.replace(/\$/g, ''))!;
    return { col: m[1] ? columnNumber(m[1]) : undefined, row: m[2] ? Number(m[2]) : undefined };
  };
  const x = part(a);
  const y = part(b);
  return { top: x.row ?? 1, left: x.col ?? 1, bottom: y.row ?? 1048576, right: y.col ?? 16384 };
}

/** A cell as the core sees it; dates are told apart from numbers by their number format. */
export function toCellValue(v: unknown, type: string, numberFormat: string): CellValue {
  switch (type) {
    case 'Empty':
      return null;
    case 'Error':
      return { error: String(v) };
    case 'Boolean':
      return Boolean(v);
    case 'Double':
    case 'Integer':
      if (typeof v === 'number' && isDateFormat(numberFormat)) return serialToDate(v) ?? v;
      return typeof v === 'number' ? v : Number(v);
    default:
      if (v === '' || v === null || v === undefined) return null;
      return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : String(v);
  }
}

/** "'my sheet'!A1:B2" → "A1:B2". */
export const localAddress = (address: string): string => address.slice(address.lastIndexOf('!') + 1).replace(/\$/g, '');

const NAME_REF = /^=?(?:'((?:[^']|'')+)'|([^!'=]+))!(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)$/;

export function toDefinedName(item: { name: string; type: string; formula: unknown }): DefinedName {
  const m = item.type === 'Range' && typeof item.formula === 'string' ? NAME_REF.exec(item.formula) : null;
  if (!m) return { name: item.name };
  return { name: item.name, sheet: (m[1] ?? m[2]).replace(/''/g, "'"), range: m[3] };
}
