import type { Column, Form } from '../forms/schema';
import { termKey } from '../forms/termKey';
import { termOfColumn } from '../forms/terms';
import type { Grid } from './grid';

const indexes = new WeakMap<Form, ReadonlyMap<string, string>>();

/**
 * termKey → column key: each column's own label and aliases first, then the words of its lexicon term.
 * Built once per form (forms are fixed pack data): recognition asks for it for every sheet of every workbook.
 */
export function columnIndex(form: Form): ReadonlyMap<string, string> {
  const known = indexes.get(form);
  if (known) return known;
  const index = new Map<string, string>();
  const add = (word: string, c: Column) => {
    const k = termKey(word);
    if (k && !index.has(k)) index.set(k, c.key);
  };
  for (const c of form.columns) for (const l of [c.label, ...c.aliases]) add(l, c);
  for (const c of form.columns) for (const w of termOfColumn(c)?.words ?? []) add(w, c);
  indexes.set(form, index);
  return index;
}

export interface ColumnMatch {
  columns: Record<string, number>;
  /** Non-blank heading cells that name no column of the form, by sheet column. */
  unknown: number[];
}

/** How many headings of the row name some column of the form by themselves (without a group heading over them). */
export function countHeadings(grid: Grid, row: number, index: ReadonlyMap<string, string>): number {
  let n = 0;
  for (const [, k] of grid.terms(row)) if (index.has(k)) n++;
  return n;
}

/**
 * Which columns of `form` a heading row names, and where. The first heading naming a column wins. `groupOf` gives
 * the merged group heading over a column (the row under it): a sub-heading that names nothing alone is read with
 * it (前期 under 防控措施 is 前期防控措施).
 */
export function matchColumns(
  grid: Grid,
  row: number,
  index: ReadonlyMap<string, string>,
  into?: ColumnMatch,
  groupOf?: (col: number) => string,
): ColumnMatch {
  const columns = new Map(Object.entries(into?.columns ?? {}));
  const unknown: number[] = [];
  matchRow(grid, row, index, columns, into ? undefined : unknown, groupOf);
  return { columns: Object.fromEntries(columns), unknown: into ? into.unknown : unknown };
}

/**
 * matchColumns into a map of column key → sheet column, in the order found (recognition tries every form on
 * many rows: a map takes keys cheaply where an object would change shape with each). Without `unknown` the row
 * extends a heading above it: cells under a column already found are passed over.
 */
export function matchRow(
  grid: Grid,
  row: number,
  index: ReadonlyMap<string, string>,
  columns: Map<string, number>,
  unknown: number[] | undefined,
  groupOf?: (col: number) => string,
): void {
  const taken = unknown ? undefined : new Set(columns.values());
  for (const [c, k] of grid.terms(row)) {
    if (taken?.has(c)) continue;
    let key = index.get(k);
    const group = key ? '' : groupOf?.(c);
    if (group) key = index.get(termKey(grid.key(row, c) + group)) ?? index.get(termKey(group + grid.key(row, c)));
    if (key && !columns.has(key)) columns.set(key, c);
    else unknown?.push(c);
  }
}
