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

/** Per grid, per row: form id → how many cells of the row name one of its columns; rebuilt when forms join. */
const seen = new WeakMap<Grid, { registered: number; rows: Array<Map<number, number> | undefined> }>();

/**
 * How many cells of `row` name a column of `form` by themselves (countHeadings, for all forms in one pass):
 * a row where none does cannot be the form's heading.
 */
export function headingHits(grid: Grid, row: number, form: Form): number {
  const id = idOf(form);
  let cache = seen.get(grid);
  if (!cache || cache.registered !== registered) seen.set(grid, (cache = { registered, rows: [] }));
  let hits = cache.rows[row];
  if (!hits) {
    hits = new Map();
    for (const [, k] of grid.terms(row)) for (const f of owners.get(k) ?? []) hits.set(f, (hits.get(f) ?? 0) + 1);
    cache.rows[row] = hits;
  }
  return hits.get(id) ?? 0;
}
