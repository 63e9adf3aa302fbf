import type { Column, Form } from '../forms/schema';
import { labelKey } from '../normalise/text';
import type { Grid } from './grid';

/** Headings people use for a column kind whatever the form calls it. */
const KIND_ALIASES: Partial<Record<Column['kind'], string[]>> = { seq: ['序号', '编号', '序', 'No', 'NO'] };

/** labelKey → column key, from each column's label, its aliases and its kind's common headings. */
export function columnIndex(form: Form): Map<string, string> {
  const index = new Map<string, string>();
  for (const c of form.columns)
    for (const l of [c.label, ...c.aliases, ...(KIND_ALIASES[c.kind] ?? [])]) {
      const k = labelKey(l);
      if (k && !index.has(k)) index.set(k, c.key);
    }
  return index;
}

export interface ColumnMatch {
  columns: Record<string, number>;
  /** Non-blank heading cells that name no column of the form. */
  unknown: number;
}

/** Which columns of `form` a heading row names, and where. The first heading naming a column wins. */
export function matchColumns(grid: Grid, row: number, index: Map<string, string>, into?: ColumnMatch): ColumnMatch {
  const m: ColumnMatch = into ?? { columns: {}, unknown: 0 };
  const taken = new Set(Object.values(m.columns));
  for (let c = 1; c <= grid.width(row); c++) {
    if (taken.has(c)) continue;
    const k = grid.key(row, c);
    if (!k) continue;
    const key = index.get(k);
    if (key && m.columns[key] === undefined) m.columns[key] = c;
    else if (!into) m.unknown++;
  }
  return m;
}
