import type ExcelJS from 'exceljs';
import { isDateValue, isErrorValue, type CellValue } from '../../core/cell';
import type { CellStyle, Op } from '../../core/ops';

// One cell's value, look and validation in ExcelJS's terms: shared by applyOps (a workbook in memory), the streaming
// writer (a row at a time) and its StyleCache.

/** Strings stay strings: "=SUM(A1)" typed by a user is text, never a formula. */
export function setCellValue(cell: ExcelJS.Cell, v: CellValue): void {
  if (v === null) cell.value = null;
  else if (isDateValue(v)) {
    cell.value = new Date(v.date.length === 10 ? `${v.date}T00:00:00Z` : `${v.date}Z`);
    // A copy, never the style object in place: cells may share one (a loaded workbook, the streaming writer's cache).
    if (!cell.numFmt || cell.numFmt === 'General')
      cell.style = { ...cell.style, numFmt: v.date.length === 10 ? 'yyyy-mm-dd' : 'yyyy-mm-dd hh:mm' };
  } else if (isErrorValue(v)) cell.value = { error: v.error } as ExcelJS.CellErrorValue;
  else cell.value = v;
}

/** A formula's cached result as ExcelJS takes it (a date as midnight UTC). */
export function toExcelResult(v: CellValue): ExcelJS.CellFormulaValue['result'] {
  if (v === null) return undefined;
  if (isDateValue(v)) return new Date(`${v.date.slice(0, 10)}T00:00:00Z`);
  if (isErrorValue(v)) return { error: v.error } as ExcelJS.CellErrorValue;
  return v;
}

const THIN = { style: 'thin' as const, color: { argb: 'FF000000' } };

export function applyStyle(cell: ExcelJS.Cell, s: CellStyle): void {
  // A loaded workbook shares one style object between cells with the same style: copy before changing one.
  cell.style = { ...cell.style };
  if (s.font || s.size || s.bold !== undefined || s.italic !== undefined || s.color) {
    cell.font = {
      ...cell.font,
      ...(s.font ? { name: s.font } : {}),
      ...(s.size ? { size: s.size } : {}),
      ...(s.bold !== undefined ? { bold: s.bold } : {}),
      ...(s.italic !== undefined ? { italic: s.italic } : {}),
      ...(s.color ? { color: { argb: s.color } } : {}),
    };
  }
  if (s.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: s.fill } };
  if (s.h || s.v || s.wrap !== undefined) {
    cell.alignment = {
      ...cell.alignment,
      ...(s.h ? { horizontal: s.h } : {}),
      ...(s.v ? { vertical: s.v } : {}),
      ...(s.wrap !== undefined ? { wrapText: s.wrap } : {}),
    };
  }
  if (s.border === 'thin') cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  if (s.border === 'none') cell.border = {};
  if (s.numFmt) cell.numFmt = s.numFmt;
  if (s.locked !== undefined) cell.protection = { ...cell.protection, locked: s.locked };
}

/** A style with nothing set (a fresh cell's). */
export function isEmpty(o: object | undefined): boolean {
  for (const _ in o) return false;
  return true;
}

export function toValidation(op: Extract<Op, { kind: 'validation' }>): ExcelJS.DataValidation {
  const common = {
    allowBlank: true,
    showErrorMessage: true,
    // An open list suggests: other text is kept after an information note (Excel's 信息 style), never refused.
    errorStyle: op.rule.type === 'list' && op.rule.open ? ('information' as const) : ('stop' as const),
    errorTitle: '填写有误',
    error: op.error,
    ...(op.prompt ? { showInputMessage: true, prompt: op.prompt } : {}),
  };
  const r = op.rule;
  // ExcelJS cannot write Excel's "any value" validation: a text length ≥ 0 never refuses and carries the prompt.
  if (r.type === 'any')
    return { ...common, showErrorMessage: false, type: 'textLength', operator: 'greaterThanOrEqual', formulae: [0] };
  if (r.type === 'list') return { ...common, type: 'list', formulae: [`"${r.values.join(',')}"`] };
  if (r.type === 'date')
    return { ...common, type: 'date', operator: 'greaterThan', formulae: [new Date('1900-01-01T00:00:00Z')] };
  return { ...common, type: r.type, operator: 'between', formulae: [r.min, r.max] };
}
