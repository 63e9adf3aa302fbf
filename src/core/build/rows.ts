import { append } from '../append';
import type { CellValue } from '../cell';
import { isBlank } from '../cell';
import type { Form } from '../forms/schema';

export type RowRecord = Record<string, string | number | null>;

/**
 * The body rows a new sheet gets: the instance's rows, else the plan's preset rows, else blanks.
 * Grouped forms (hangzhou 排查类别) get their rows in the plan's group order, each group at least once.
 */
export function bodyRecords(form: Form, rows: RowRecord[] | undefined): RowRecord[] {
  const base = rows && rows.length ? rows : form.presetRows.length ? form.presetRows : [];
  const groupCol = form.columns.find((c) => c.group);
  if (!groupCol || !form.groups) {
    if (base.length) return numbered(form, base);
    // The plans print the 序号 of their blank rows (1 … 12): a row carrying only its number reads as blank.
    const seq = form.columns.some((c) => c.key === 'seq' && c.kind === 'seq');
    return Array.from({ length: form.blankRows }, (_, i): RowRecord => (seq ? { seq: i + 1 } : {}));
  }
  const out: RowRecord[] = [];
  const perGroupBlank = Math.max(1, Math.ceil(form.blankRows / form.groups.length));
  for (const g of form.groups) {
    const mine = base.filter((r) => r[groupCol.key] === g);
    // Blank rows are numbered too: the plan prints 1、2、… under each 排查类别 of the empty form.
    const blank = (): RowRecord => ({ [groupCol.key]: g });
    const filled = mine.length ? mine : rows && rows.length ? [] : Array.from({ length: perGroupBlank }, blank);
    append(
      out,
      numbered(form, filled).map((r) => ({ ...r, [groupCol.key]: g })),
    );
  }
  // Rows naming a group the plan does not have keep their place at the end rather than vanish.
  append(
    out,
    base.filter((r) => !form.groups!.includes(String(r[groupCol.key] ?? ''))),
  );
  return out;
}

/** Fills a missing 序号 with the row's position (per group on grouped forms). */
function numbered(form: Form, rows: RowRecord[]): RowRecord[] {
  if (!form.columns.some((c) => c.kind === 'seq')) return rows;
  return rows.map((r, i) => (isBlank(r.seq ?? null) && Object.keys(r).length ? { ...r, seq: i + 1 } : r));
}

export const recordToRow = (form: Form, r: RowRecord): CellValue[] => form.columns.map((c) => r[c.key] ?? null);
