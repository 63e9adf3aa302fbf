import { displayText, isDateValue, type CellValue } from '../cell';
import { excelSerialToDate, parseDateText } from '../normalise/date';
import type { Form } from '../forms/schema';
import { compact } from '../normalise/text';
import type { RecognisedForm } from './types';

/** A date typed as text (2010年10月25日) and the same date written as a date cell are one value. */
const cellSig = (kind: string, v: CellValue | undefined) => {
  if (kind === 'date' && v !== undefined && v !== null) {
    const iso = isDateValue(v)
      ? v.date.slice(0, 10)
      : typeof v === 'number'
        ? excelSerialToDate(v)
        : parseDateText(displayText(v));
    if (iso) return iso;
  }
  return compact(displayText(v ?? null));
};

const sig = (form: Form, cells: Record<string, CellValue>) =>
  form.columns
    .filter((c) => !c.extra && c.kind !== 'seq')
    .map((c) => cellSig(c.kind, cells[c.key]))
    .join('\u0001');

/**
 * Whether a sheet that lianfang's names claim as its own generated copy (a sorted register, a rollup) really is
 * one: a register copy holds exactly the rows of the forms it was made from; a rollup (B4) needs its sources in
 * the workbook. A claim that fails is a visible table to read, never to skip: our metadata is a hint.
 */
export function isOwnCopy(copy: RecognisedForm, form: Form, others: readonly RecognisedForm[]): boolean {
  if (form.rollupOf.length) return others.some((o) => form.rollupOf.includes(o.form));
  const sources = others.filter((o) => o.form === copy.form);
  if (!sources.length) return false;
  const want = new Map<string, number>();
  for (const s of sources)
    for (const r of s.rows) want.set(sig(form, r.cells), (want.get(sig(form, r.cells)) ?? 0) + 1);
  for (const r of copy.rows) {
    const k = sig(form, r.cells);
    const n = want.get(k) ?? 0;
    if (!n) return false;
    want.set(k, n - 1);
  }
  return [...want.values()].every((n) => n === 0);
}
