import type ExcelJS from 'exceljs';
import { cellAddress } from '../../core/a1';
import type { CellValue } from '../../core/cell';
import type { DefinedName, SheetSnapshot, WorkbookPort, WorkbookSnapshot } from '../../core/port';

/** Reads an ExcelJS workbook into the plain snapshot the core works on. */
export function snapshotWorkbook(wb: ExcelJS.Workbook): WorkbookSnapshot {
  return { sheets: wb.worksheets.map(snapshotSheet), names: definedNames(wb) };
}

export const exceljsPort = (wb: ExcelJS.Workbook): WorkbookPort => ({ read: async () => snapshotWorkbook(wb) });

export function snapshotSheet(ws: ExcelJS.Worksheet): SheetSnapshot {
  const rows: CellValue[][] = [];
  const formulas: Record<string, string> = {};
  const formats: Record<string, string> = {};
  const hiddenRows: number[] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    // A row of height 0 does not print either. (A hidden row without values hides nothing.)
    if (row.hidden || (row.height !== undefined && row.height <= 0)) hiddenRows.push(r);
    const out: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      // A merged range's value lives in its top-left cell only; the others read as blank.
      if (cell.type === 1 /* ValueType.Merge (8 is RichText, which LibreOffice writes) */) return;
      const fmt = cell.numFmt;
      if (typeof fmt === 'string' && fmt && fmt !== 'General') formats[cellAddress(r, c)] = fmt;
      const v = cell.value;
      if (cell.type === 6 /* ValueType.Formula */) {
        const f = (v as ExcelJS.CellFormulaValue).formula ?? (cell as unknown as { formula?: string }).formula;
        if (f) formulas[cellAddress(r, c)] = f;
        // cell.value leaves out a cached result of 0, false or '' (ExcelJS copies only truthy fields): read it here.
        out[c - 1] = toCellValue(cell.result as ExcelJS.CellValue);
        return;
      }
      out[c - 1] = toCellValue(v);
    });
    for (let i = 0; i < out.length; i++) if (out[i] === undefined) out[i] = null;
    rows[r - 1] = out;
  });
  for (let i = 0; i < rows.length; i++) if (!rows[i]) rows[i] = [];
  const merges = Object.values((ws as unknown as { _merges: Record<string, { range: string }> })._merges ?? {}).map(
    (m) => m.range,
  );
  return {
    name: ws.name,
    visibility: ws.state === 'veryHidden' ? 'veryHidden' : ws.state === 'hidden' ? 'hidden' : 'visible',
    rows,
    merges,
    ...(Object.keys(formulas).length ? { formulas } : {}),
    ...(Object.keys(formats).length ? { formats } : {}),
    ...(hiddenRows.length ? { hiddenRows } : {}),
    ...hiddenColumns(ws),
  };
}

/** Columns hidden or of width 0 (ExcelJS keeps column settings per column, up to the last one defined). */
function hiddenColumns(ws: ExcelJS.Worksheet): { hiddenCols?: number[] } {
  const cols = (ws as unknown as { _columns?: ExcelJS.Column[] })._columns ?? [];
  const hidden: number[] = [];
  cols.forEach((col, i) => {
    if (col && (col.hidden || (col.width !== undefined && col.width <= 0))) hidden.push(i + 1);
  });
  return hidden.length ? { hiddenCols: hidden } : {};
}

export function toCellValue(v: ExcelJS.CellValue | undefined): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return dateValue(v);
  if (typeof v === 'object') {
    if ('richText' in v && Array.isArray(v.richText)) return v.richText.map((t) => t.text ?? '').join('');
    if ('error' in v) return { error: String(v.error) };
    if ('formula' in v || 'sharedFormula' in v)
      return toCellValue((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ('text' in v) {
      const t = (v as ExcelJS.CellHyperlinkValue).text as unknown;
      return typeof t === 'string' ? t : toCellValue(t as ExcelJS.CellValue);
    }
  }
  return null;
}

function dateValue(d: Date): CellValue {
  if (Number.isNaN(d.getTime())) return null;
  const iso = d.toISOString();
  return { date: iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19) };
}

function definedNames(wb: ExcelJS.Workbook): DefinedName[] {
  const model = (wb.definedNames as unknown as { model: Array<{ name: string; ranges: string[] }> }).model ?? [];
  return model.flatMap(({ name, ranges }) => {
    if (!ranges.length) return [{ name }];
    const m = /^(?:'((?:[^']|'')+)'|([^!]+))!(.+)$/.exec(ranges[0]);
    return m ? [{ name, sheet: (m[1] ?? m[2]).replace(/''/g, "'"), range: m[3] }] : [{ name }];
  });
}
