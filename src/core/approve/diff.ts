import { append } from '../append';
import { cellAddress } from '../a1';
import type { RecognisedForm } from '../recognise/types';
import { canonicalValue, tokenText, type CanonicalContent } from './canonical';
import type { ApprovedContent } from './content';
import { diffPrinted } from './diffPrinted';

/** One cell whose value differs from what a stamp approved. */
export interface CellChange {
  part: 'header' | 'row' | 'total' | 'column' | 'top' | 'notes';
  /** What changed: the value (default), what its number format shows, whether it prints, or a line of text. */
  what?: 'shown' | 'hidden' | 'text';
  /** Header field key or column key. */
  key: string;
  /** For body rows: position among the non-blank rows (0-based). */
  index?: number;
  /** Where the value is now (A1), when the cell still exists. */
  cell?: string;
  approved: string;
  now: string;
  /** The formula the cell holds now (without "="), where it holds one: `now` is its saved result, if any. */
  formula?: string;
  /** Whole rows added or removed. */
  kind?: 'rowAdded' | 'rowRemoved';
}

/** Compares approved content with the same version's content now. */
export function diffApproved(approved: ApprovedContent, now: ApprovedContent, form: RecognisedForm): CellChange[] {
  if (approved.c14n === 'lianfang-c14n-2' && now.c14n === 'lianfang-c14n-2') return diffPrinted(approved, now, form);
  if (approved.c14n === 'lianfang-c14n-1' && now.c14n === 'lianfang-c14n-1') return diffContent(approved, now, form);
  return [];
}

/** Compares approved content with the form as it is now, cell by cell (rows matched by position). */
export function diffContent(approved: CanonicalContent, now: CanonicalContent, form: RecognisedForm): CellChange[] {
  const out: CellChange[] = [];
  for (const key of union(approved.header, now.header)) {
    const a = approved.header[key];
    const b = now.header[key];
    if (a !== b)
      out.push({ part: 'header', key, cell: form.header[key]?.cell, approved: tokenText(a), now: tokenText(b) });
  }
  append(out, diffRows('row', approved.rows, now.rows, form, nonBlankRows(form, form.rows)));
  append(out, diffRows('total', approved.totals ?? [], now.totals ?? [], form, nonBlankRows(form, form.totals ?? [])));
  return out;
}

const union = (a: Record<string, string>, b: Record<string, string>): string[] =>
  [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();

function diffRows(
  part: 'row' | 'total',
  approved: Array<Record<string, string>>,
  now: Array<Record<string, string>>,
  form: RecognisedForm,
  sheetRows: number[],
): CellChange[] {
  const out: CellChange[] = [];
  for (let i = 0; i < Math.max(approved.length, now.length); i++) {
    const a = approved[i] ?? {};
    const b = now[i] ?? {};
    const row = sheetRows[i];
    for (const key of union(a, b)) {
      if (a[key] === b[key]) continue;
      const col = form.columns[key];
      out.push({
        part,
        key,
        index: i,
        cell: row !== undefined && col ? cellAddress(row, col) : undefined,
        approved: tokenText(a[key]),
        now: tokenText(b[key]),
        ...(i >= approved.length ? { kind: 'rowAdded' as const } : {}),
        ...(i >= now.length ? { kind: 'rowRemoved' as const } : {}),
      });
    }
  }
  return out;
}

/** Sheet rows of the rows canonicalContent keeps, in the same order. */
function nonBlankRows(form: RecognisedForm, rows: RecognisedForm['rows']): number[] {
  const keys = Object.keys(form.columns);
  return rows.filter((r) => keys.some((k) => canonicalValue(r.cells[k]) !== null)).map((r) => r.row);
}
