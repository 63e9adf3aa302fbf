import { cellAddress } from '../a1';
import { displayText, type CellValue } from '../cell';
import type { Params } from '../errors';
import type { Column } from '../forms/schema';
import { message } from '../messages';
import { parseRange } from '../a1';
import type { FormContext, Issue, Severity } from './types';

/** Builds an issue at a cell, with its zh-CN message naming sheet, cell and value. */
export function issueAt(
  code: string,
  severity: Severity,
  where: { sheet: string; row: number; column: number; form?: string },
  value: CellValue,
  params: Params = {},
  fix?: Issue['fix'],
): Issue {
  const cell = cellAddress(where.row, where.column);
  const full: Params = { sheet: where.sheet, cell, value: visibleText(displayText(value)), ...params };
  return {
    code,
    severity,
    sheet: where.sheet,
    cell,
    row: where.row,
    column: where.column,
    value,
    message: message(code, full),
    ...(where.form ? { form: where.form } : {}),
    params: full,
    ...(fix ? { fix } : {}),
  };
}

/** An issue on a body cell of a form's column. */
export function cellIssue(
  ctx: FormContext,
  row: number,
  col: Pick<Column, 'key' | 'label'>,
  code: string,
  severity: Severity,
  value: CellValue,
  params: Params = {},
  fix?: Issue['fix'],
): Issue {
  const at = ctx.rf.fieldCells?.[col.key];
  const box = at ? parseRange(at) : { top: row, left: ctx.rf.columns[col.key] };
  return issueAt(
    code,
    severity,
    { sheet: ctx.rf.sheet, row: box.top, column: box.left, form: ctx.rf.form },
    value,
    { label: col.label, ...params },
    fix,
  );
}

/** An issue at an A1 cell of the form's sheet (a header field, a heading cell). */
export function addressIssue(
  ctx: FormContext,
  a1: string,
  code: string,
  severity: Severity,
  value: CellValue,
  params: Params = {},
): Issue {
  const box = parseRange(a1);
  return issueAt(
    code,
    severity,
    { sheet: ctx.rf.sheet, row: box.top, column: box.left, form: ctx.rf.form },
    value,
    params,
  );
}

/** The fix that writes the canonical value into a cell; none for a form typed as text (the label shares the cell). */
export const setCell = (ctx: FormContext, row: number, key: string, value: CellValue): Issue['fix'] =>
  ctx.rf.fieldCells
    ? undefined
    : { kind: 'setValues', sheet: ctx.rf.sheet, at: cellAddress(row, ctx.rf.columns[key]), values: [[value]] };

/** Characters a clerk cannot see in a quoted value, named where they stand: 「一级［不间断空格］」, not 「一级 」. */
const UNSEEN: Record<string, string> = {
  '\u00a0': '［不间断空格］',
  '\u200b': '［零宽字符］',
  '\ufeff': '［零宽字符］',
  '\t': '［制表符］',
};

/** A value as a message quotes it: invisible characters named, and spaces at either end (half or full width) too. */
export function visibleText(text: string): string {
  const named = text.replace(/[\u00a0\u200b\ufeff\t]/g, (c) => UNSEEN[c]);
  const ends = /^([ \u3000]*)(.*?)([ \u3000]*)$/s.exec(named)!;
  if (!ends[2]) return named;
  const mark = (run: string) => [...run].map((c) => (c === ' ' ? '［空格］' : '［全角空格］')).join('');
  return `${mark(ends[1])}${ends[2]}${mark(ends[3])}`;
}
