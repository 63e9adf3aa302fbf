import { cellAddress, columnLetter } from '../a1';
import type { RecognisedForm } from '../recognise/types';
import { canonicalValue, tokenText } from './canonical';
import type { CellChange } from './diff';
import type { PrintedContent, PrintedLine, PrintedRow } from './printed';

/** What differs between the printed form a version-2 stamp approved and the form now. */
export function diffPrinted(a: PrintedContent, b: PrintedContent, form: RecognisedForm): CellChange[] {
  const out: CellChange[] = [];
  for (const key of keys(a.header, b.header))
    if (a.header[key] !== b.header[key])
      out.push({
        part: 'header',
        key,
        cell: form.header[key]?.cell,
        approved: tokenText(a.header[key]),
        now: tokenText(b.header[key]),
      });
  for (const key of keys(a.headerShown ?? {}, b.headerShown ?? {}))
    if (a.headerShown?.[key] !== b.headerShown?.[key])
      out.push({
        part: 'header',
        what: 'shown',
        key,
        cell: form.header[key]?.cell,
        approved: a.headerShown?.[key] ?? tokenText(a.header[key]),
        now: b.headerShown?.[key] ?? tokenText(b.header[key]),
      });
  for (const key of setDiff(a.headerHidden, b.headerHidden))
    out.push({
      part: 'header',
      what: 'hidden',
      key,
      cell: form.header[key]?.cell,
      approved: shownWord(!a.headerHidden?.includes(key)),
      now: shownWord(!b.headerHidden?.includes(key)),
    });
  for (const key of setDiff(a.hiddenColumns, b.hiddenColumns))
    out.push({
      part: 'column',
      what: 'hidden',
      key,
      cell: form.columns[key] ? `${columnLetter(form.columns[key])} 列` : undefined,
      approved: shownWord(!a.hiddenColumns?.includes(key)),
      now: shownWord(!b.hiddenColumns?.includes(key)),
    });
  out.push(...diffRows('row', a.rows, b.rows, form, sheetRows(form, form.rows)));
  out.push(...diffRows('total', a.totals ?? [], b.totals ?? [], form, sheetRows(form, form.totals ?? [])));
  out.push(...diffLines('top', a.top, b.top), ...diffLines('notes', a.notes, b.notes));
  return out;
}

const keys = (a: Record<string, string>, b: Record<string, string>): string[] =>
  [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
const setDiff = (a: string[] = [], b: string[] = []): string[] =>
  [...new Set([...a, ...b])].filter((k) => a.includes(k) !== b.includes(k)).sort();
const shownWord = (visible: boolean) => (visible ? '显示' : '隐藏');

function diffRows(
  part: 'row' | 'total',
  a: PrintedRow[],
  b: PrintedRow[],
  form: RecognisedForm,
  rows: number[],
): CellChange[] {
  const out: CellChange[] = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? { c: {} };
    const y = b[i] ?? { c: {} };
    const row = rows[i];
    const cellOf = (key: string) =>
      row !== undefined && form.columns[key] ? cellAddress(row, form.columns[key]) : undefined;
    const kind = i >= a.length ? { kind: 'rowAdded' as const } : i >= b.length ? { kind: 'rowRemoved' as const } : {};
    for (const key of keys(x.c, y.c))
      if (x.c[key] !== y.c[key])
        out.push({
          part,
          key,
          index: i,
          cell: cellOf(key),
          approved: tokenText(x.c[key]),
          now: tokenText(y.c[key]),
          ...kind,
        });
    for (const key of keys(x.f ?? {}, y.f ?? {}))
      if (x.f?.[key] !== y.f?.[key] && x.c[key] === y.c[key])
        out.push({
          part,
          what: 'shown',
          key,
          index: i,
          cell: cellOf(key),
          approved: x.f?.[key] ?? tokenText(x.c[key]),
          now: y.f?.[key] ?? tokenText(y.c[key]),
        });
    if (!!x.h !== !!y.h && i < a.length && i < b.length)
      out.push({
        part,
        what: 'hidden',
        key: '',
        index: i,
        cell: row !== undefined ? `第 ${row} 行` : undefined,
        approved: shownWord(!x.h),
        now: shownWord(!y.h),
      });
  }
  return out;
}

function diffLines(part: 'top' | 'notes', a: PrintedLine[], b: PrintedLine[]): CellChange[] {
  const out: CellChange[] = [];
  const text = (l?: PrintedLine) => (l ? l.c.join(' ') : '');
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (text(a[i]) !== text(b[i]))
      out.push({ part, what: 'text', key: '', index: i, approved: text(a[i]), now: text(b[i]) });
    else if (a[i] && b[i] && !!a[i].h !== !!b[i].h)
      out.push({ part, what: 'hidden', key: '', index: i, approved: shownWord(!a[i].h), now: shownWord(!b[i].h) });
  }
  return out;
}

/** Sheet rows of the table rows the printed content keeps (those with any value), in order. */
function sheetRows(form: RecognisedForm, rows: RecognisedForm['rows']): number[] {
  const ks = Object.keys(form.columns);
  return rows.filter((r) => ks.some((k) => canonicalValue(r.cells[k]) !== null)).map((r) => r.row);
}
