import { isBlank } from '../cell';
import { compact } from '../normalise/text';
import type { Form } from '../forms/schema';
import type { Grid } from './grid';
import { columnIndex, matchColumns, type ColumnMatch } from './matchColumns';
import { fieldMatcher, readHeaderFields } from './headerFields';
import type { LocatedValue } from './types';

/** How far down a sheet a table's heading may start (titles, notes and header fields come first). */
const HEADING_SCAN_ROWS = 40;

export interface Placement {
  form: Form;
  headerRow: number;
  headerEnd: number;
  titleRow?: number;
  columns: Record<string, number>;
  header: Record<string, LocatedValue>;
  score: number;
}

/**
 * Where `form`'s table sits on the sheet, if anywhere: the heading row naming most of its printed columns,
 * scored with the title and header fields found above it. `force` (the user's say-so) accepts a weak match.
 */
export function locateForm(grid: Grid, form: Form, force = false): Placement | null {
  const index = columnIndex(form);
  const printed = form.columns.filter((c) => !c.extra);
  const need = force ? 1 : printed.length <= 2 ? printed.length : Math.max(2, Math.ceil(printed.length * 0.5));
  let best: { row: number; end: number; m: ColumnMatch; score: number } | null = null;
  for (let r = 1; r <= Math.min(grid.rowCount, HEADING_SCAN_ROWS); r++) {
    const m = twoRowHeading(grid, r, index);
    const hit = printed.filter((c) => m.columns[c.key] !== undefined).length;
    if (hit < need) continue;
    const extra = Object.keys(m.columns).length - hit;
    const score = 10 * hit + 2 * extra - 3 * (printed.length - hit) - 2 * m.unknown;
    if (!best || score > best.score) best = { row: r, end: m.end, m, score };
  }
  if (!best) return null;
  const headerEnd = best.end;
  const title = compact(form.title);
  let titleRow: number | undefined;
  for (let r = 1; r < best.row && titleRow === undefined; r++)
    for (let c = 1; c <= grid.width(r); c++) {
      const v = grid.at(r, c);
      if (typeof v === 'string' && compact(v).includes(title)) {
        titleRow = r;
        break;
      }
    }
  const header = readHeaderFields(grid, form, best.row - 1, fieldMatcher(form));
  const fieldsFound = Object.keys(header).length;
  const score = best.score + (titleRow ? 8 : 0) + 3 * fieldsFound;
  return { form, headerRow: best.row, headerEnd, titleRow, columns: best.m.columns, header, score };
}

/**
 * A heading row, extended by the row under it where that row names columns under merged group headings
 * (风险等级 over 一级 | 二级 | 三级; 风险评估 over 发生概率 | 危害程度). Data under a plain heading never counts.
 */
function twoRowHeading(grid: Grid, r: number, index: Map<string, string>): ColumnMatch & { end: number } {
  const top = matchColumns(grid, r, index);
  const below = matchColumns(grid, r + 1, index, { columns: { ...top.columns }, unknown: 0 });
  const added = Object.entries(below.columns).filter(([k]) => top.columns[k] === undefined);
  const underGroup = (c: number) => isBlank(grid.at(r, c)) || grid.mergeRight(r, c) > c;
  const topNames = Object.keys(top.columns).length > 0;
  if (!topNames || !added.length || !added.every(([, c]) => underGroup(c))) return { ...top, end: r };
  // The group headings themselves name no column: they are not unknown headings.
  let groups = 0;
  for (const [, c] of added) if (!isBlank(grid.at(r, c)) && grid.mergeRight(r, c) > c) groups++;
  return { columns: below.columns, unknown: Math.max(0, top.unknown - groups), end: r + 1 };
}
