import type { Form } from '../forms/schema';
import type { Grid } from './grid';
import { columnIndex } from './matchColumns';

/**
 * Recognition tries every form of every pack on the first rows of every sheet, and most rows name no column of
 * most forms. Each row's headings are looked up once for all forms together: term → the forms whose column names
 * hold it (each form registered once, on first use).
 */
const owners = new Map<string, number[]>();
const ids = new WeakMap<ReadonlyMap<string, string>, number>();
let registered = 0;

function idOf(form: Form): number {
  const index = columnIndex(form);
  let id = ids.get(index);
  if (id === undefined) {
    ids.set(index, (id = registered++));
    for (const k of index.keys()) {
      const list = owners.get(k);
      if (list) list.push(id);
      else owners.set(k, [id]);
    }
  }
  return id;
}

/** How far down a sheet a table's heading may start (titles, notes and header fields come first). */
export const HEADING_SCAN_ROWS = 40;

/** Per grid: by form id, its heading rows as [row, hits, row, hits, …]; rebuilt when forms join. */
const seen = new WeakMap<Grid, { registered: number; byForm: Array<number[] | undefined> }>();
const NONE: readonly number[] = [];

/**
 * The rows among the first HEADING_SCAN_ROWS where cells name a column of `form` by themselves, top down, each
 * with how many do (countHeadings, for all forms in one pass over the sheet): no other row can be the form's
 * heading, so a form is tried on these rows only.
 */
export function headingRows(grid: Grid, form: Form): readonly number[] {
  const id = idOf(form);
  let cache = seen.get(grid);
  if (!cache || cache.registered !== registered) {
    const byForm: Array<number[] | undefined> = [];
    const hits = new Array<number>(registered).fill(0);
    const named: number[] = [];
    for (let r = 1, last = Math.min(grid.rowCount, HEADING_SCAN_ROWS); r <= last; r++) {
      for (const [, k] of grid.terms(r)) for (const f of owners.get(k) ?? NONE) if (hits[f]++ === 0) named.push(f);
      for (const f of named) {
        (byForm[f] ??= []).push(r, hits[f]);
        hits[f] = 0;
      }
      named.length = 0;
    }
    seen.set(grid, (cache = { registered, byForm }));
  }
  return cache.byForm[id] ?? NONE;
}
