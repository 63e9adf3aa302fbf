import { LianfangError } from '../errors';
import type { Op } from '../ops';
import type { WorkbookSnapshot } from '../port';
import { ReportModelSchema, type ReportModel } from './model';

/** The veryHidden sheet holding the report's JSON, one chunk per row in column A. */
export const REPORT_DATA_SHEET = '_lianfang_report';
/** Excel keeps at most 32,767 characters in a cell; stay well below. */
export const CHUNK = 32_000;
/** Refuse absurd payloads before parsing (a 100,000-row report is about 30 MB). */
const MAX_JSON = 200_000_000;

/**
 * Splits text into cell-sized chunks. A cut never falls inside a surrogate pair nor next to whitespace,
 * so no reader can drop or mangle a character at a chunk edge.
 */
export function splitChunks(s: string, size = CHUNK): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < s.length) {
    let end = Math.min(s.length, i + size);
    while (end < s.length && end > i + 1 && !safeCut(s, end)) end--;
    out.push(s.slice(i, end));
    i = end;
  }
  return out.length ? out : [''];
}

function safeCut(s: string, at: number): boolean {
  const before = s.charCodeAt(at - 1);
  const after = s.charCodeAt(at);
  const isHigh = before >= 0xd800 && before <= 0xdbff;
  const ws = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x3000;
  return !isHigh && !ws(before) && !ws(after);
}

/** Ops that write the model into the hidden data sheet, in one block of values (hosts that apply ops at once). */
export function reportDataOps(model: ReportModel): Op[] {
  const values = [...jsonChunks(model)].map((c) => [c]);
  return [
    { kind: 'addSheet', sheet: REPORT_DATA_SHEET, visibility: 'veryHidden' },
    { kind: 'setValues', sheet: REPORT_DATA_SHEET, at: 'A1', values },
  ];
}

/** Cells of JSON per part of reportDataParts: about 2 MB of text. */
const CELLS_PER_PART = 64;

/**
 * The same cells a part at a time, each made when asked for: a writer that streams never holds the report's JSON
 * (30 MB for 100,000 risk rows) as one string.
 */
export function* reportDataParts(model: ReportModel): Generator<Op[]> {
  yield [{ kind: 'addSheet', sheet: REPORT_DATA_SHEET, visibility: 'veryHidden' }];
  let row = 1;
  let values: string[][] = [];
  for (const chunk of jsonChunks(model)) {
    values.push([chunk]);
    if (values.length < CELLS_PER_PART) continue;
    yield [{ kind: 'setValues', sheet: REPORT_DATA_SHEET, at: `A${row}`, values }];
    row += values.length;
    values = [];
  }
  if (values.length) yield [{ kind: 'setValues', sheet: REPORT_DATA_SHEET, at: `A${row}`, values }];
}

/** JSON.stringify(value) cut as splitChunks cuts it, made a piece at a time. */
export function* jsonChunks(value: unknown, size = CHUNK): Generator<string> {
  let text = '';
  for (const piece of jsonPieces(value, 0)) {
    text += piece;
    // A cut needs the character after it: cut only while more than a chunk is at hand, as splitChunks does.
    while (text.length > size) {
      const [first] = splitChunks(text.slice(0, size + 1), size);
      yield first;
      text = text.slice(first.length);
    }
  }
  yield text;
}

/** Levels of arrays and objects walked piece by piece (model, units, unit, forms, form, rows); deeper ones whole. */
const WALKED_LEVELS = 6;

/** The text of JSON.stringify(value), in pieces: arrays and plain objects walked, everything else stringified. */
function* jsonPieces(value: unknown, level: number): Generator<string> {
  const walked = level < WALKED_LEVELS && typeof value === 'object' && value !== null && !('toJSON' in value);
  if (!walked) {
    yield JSON.stringify(value) ?? 'null';
    return;
  }
  if (Array.isArray(value)) {
    yield '[';
    for (let i = 0; i < value.length; i++) {
      if (i) yield ',';
      yield* jsonPieces(value[i] === undefined || typeof value[i] === 'function' ? null : value[i], level + 1);
    }
    yield ']';
    return;
  }
  let first = true;
  yield '{';
  for (const [k, v] of Object.entries(value)) {
    if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue;
    yield `${first ? '' : ','}${JSON.stringify(k)}:`;
    first = false;
    yield* jsonPieces(v, level + 1);
  }
  yield '}';
}

/** Whether a workbook carries a lianfang report's data sheet. */
export const hasReportData = (wb: WorkbookSnapshot): boolean => wb.sheets.some((s) => s.name === REPORT_DATA_SHEET);

/**
 * Reads a report's data back. Anything missing, malformed or of another schema version is a
 * LianfangError with a zh-CN message (report_data_*), never a crash or a half-trusted object.
 */
export function readReportData(wb: WorkbookSnapshot): ReportModel {
  const sheet = wb.sheets.find((s) => s.name === REPORT_DATA_SHEET);
  if (!sheet) throw new LianfangError('report_data_missing', { sheet: REPORT_DATA_SHEET });
  let json = '';
  for (const row of sheet.rows) {
    const v = row[0];
    if (v === null || v === undefined) break;
    if (typeof v !== 'string')
      throw new LianfangError('report_data_malformed', { sheet: REPORT_DATA_SHEET, reason: '数据单元格不是文本' });
    json += v;
    if (json.length > MAX_JSON)
      throw new LianfangError('report_data_malformed', { sheet: REPORT_DATA_SHEET, reason: '数据过大' });
  }
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new LianfangError('report_data_malformed', { sheet: REPORT_DATA_SHEET, reason: '不是有效的 JSON' });
  }
  const schema = (raw as { schema?: unknown } | null)?.schema;
  if (typeof raw === 'object' && raw !== null && typeof schema === 'number' && schema !== 1)
    throw new LianfangError('report_data_version', { sheet: REPORT_DATA_SHEET, version: schema });
  const r = ReportModelSchema.safeParse(raw);
  if (!r.success) {
    const first = r.error.issues[0];
    throw new LianfangError('report_data_malformed', {
      sheet: REPORT_DATA_SHEET,
      reason: `${first.path.join('.') || '(根)'}: ${first.message}`,
    });
  }
  return r.data;
}
