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

/** Ops that write the model into the hidden data sheet. */
export function reportDataOps(model: ReportModel): Op[] {
  const chunks = splitChunks(JSON.stringify(model));
  return [
    { kind: 'addSheet', sheet: REPORT_DATA_SHEET, visibility: 'veryHidden' },
    { kind: 'setValues', sheet: REPORT_DATA_SHEET, at: 'A1', values: chunks.map((c) => [c]) },
  ];
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
