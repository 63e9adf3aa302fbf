import { cellAddress } from '../a1';
import { displayText, isBlank } from '../cell';
import { compact } from '../normalise/text';
import type { Form } from '../forms/schema';
import { termKey } from '../forms/termKey';
import { PACKS } from '../packs';
import type { Grid } from './grid';
import { columnIndex, matchRow } from './matchColumns';
import { fieldMatcher, readHeaderFields } from './headerFields';
import { HEADING_SCAN_ROWS, headingRows } from './headingHits';
import type { LocatedValue } from './types';

/**
 * The plan's title above the table weighs more than any overlap of column names: 「岗位廉政风险点登记表」 over
 * A3's columns is A3, even where another pack's form shares (and adds to) those columns.
 */
export const TITLE_WEIGHT = 60;
/** What else a placement scores: each printed column named, each extra one, each missing, each heading naming none, each header field. */
const HIT = 10;
const EXTRA = 2;
const MISSING = 3;
const UNKNOWN = 2;
const FIELD = 3;

export interface Placement {
  form: Form;
  headerRow: number;
  headerEnd: number;
  titleRow?: number;
  /** The title cell (A1), where the title was found. */
  titleCell?: string;
  columns: Record<string, number>;
  /** Heading cells that name no column of the form (A1 and text), for the notice that names them. */
  unknown: Array<{ cell: string; text: string }>;
  header: Record<string, LocatedValue>;
  score: number;
  /** A form typed as text (locateText): each column's value and cell, and the rows the text spans. */
  text?: { fields: Record<string, LocatedValue>; firstRow: number; lastRow: number; words?: string };
}

/**
 * Where `form`'s table sits on the sheet, if anywhere: the heading row naming most of its printed columns,
 * scored with the title and header fields found above it. `force` (the user's say-so) accepts a weak match.
 */
export function locateForm(grid: Grid, form: Form, force = false): Placement | null {
  let found = placements.get(grid);
  if (!found) placements.set(grid, (found = [new Map(), new Map()]));
  const known = found[force ? 1 : 0];
  let p = known.get(form);
  if (p === undefined) known.set(form, (p = place(grid, form, force)));
  return p;
}

/**
 * Each grid's placements by form, as found and forced: a sheet identified as one form is placed as every form of
 * its pack and then as that form again. A grid lives no longer than its unchanged snapshot.
 */
const placements = new WeakMap<Grid, [Map<Form, Placement | null>, Map<Form, Placement | null>]>();

function place(grid: Grid, form: Form, force: boolean): Placement | null {
  const index = columnIndex(form);
  const printed = form.columns.filter((c) => !c.extra);
  const need = force ? 1 : printed.length <= 2 ? printed.length : Math.max(2, Math.ceil(printed.length * 0.5));
  // Each cell names one column at most: a row naming none, or too few even with the cells of the row under it
  // that could join it (underHeading), is no heading.
  const rows: number[] = [];
  if (need > 0) {
    const hits = headingRows(grid, form);
    for (let i = 0; i < hits.length; i += 2) if (hits[i + 1] + underHeading(grid, hits[i]) >= need) rows.push(hits[i]);
    // Headings whose words run on to the next row (风险点 / 表现形式, typed in narrow columns) name little on either
    // row alone: under the form's own title, every row near the top is tried as such a heading.
    if (!rows.length && titlesOfForm(form).some((t) => titleText(grid).includes(t)))
      for (let r = 1; r <= Math.min(grid.rowCount, HEADING_SCAN_ROWS); r++) rows.push(r);
  } else for (let r = 1; r <= Math.min(grid.rowCount, HEADING_SCAN_ROWS); r++) rows.push(r);
  let best: { row: number; end: number; m: Heading; score: number } | null = null;
  for (const r of rows) {
    const m = twoRowHeading(grid, r, index);
    let hit = 0;
    for (const c of printed) if (m.columns.has(c.key)) hit++;
    if (hit < need) continue;
    const extra = m.columns.size - hit;
    const score = HIT * hit + EXTRA * extra - MISSING * (printed.length - hit) - UNKNOWN * m.unknown.length;
    if (!best || score > best.score) best = { row: r, end: m.end, m, score };
  }
  if (!best) return null;
  const { row } = best;
  const title = findTitle(grid, form, row);
  const header = readHeaderFields(grid, form, row - 1, fieldMatcher(form));
  const fieldsFound = Object.keys(header).length;
  const score = best.score + (title ? TITLE_WEIGHT : 0) + FIELD * fieldsFound;
  const unknown = best.m.unknown.map((col) => ({
    cell: cellAddress(row, col),
    text: displayText(grid.at(row, col)).trim(),
  }));
  return {
    form,
    headerRow: best.row,
    headerEnd: best.end,
    ...(title ? { titleRow: title.row, titleCell: cellAddress(title.row, title.col) } : {}),
    columns: recordOf(best.m.columns),
    unknown,
    header,
    score,
  };
}

/**
 * The most place() can score `form` on this grid: every printed and every extra column named, every header field
 * found, its title above a heading (which stands within the first HEADING_SCAN_ROWS). The title is looked for only
 * where it could lift the ceiling over `than`. A form typed as text is scored by locateText: no ceiling.
 */
export function scoreCeiling(grid: Grid, form: Form, than: number): number {
  if (form.textLayout) return Infinity;
  let printed = 0;
  for (const c of form.columns) if (!c.extra) printed++;
  const untitled = HIT * printed + EXTRA * (form.columns.length - printed) + FIELD * form.header.length;
  if (untitled + TITLE_WEIGHT <= than) return untitled + TITLE_WEIGHT;
  return untitled + (findTitle(grid, form, HEADING_SCAN_ROWS) ? TITLE_WEIGHT : 0);
}

/** The first cell above the heading whose text holds the form's title (濮阳市科学技术局 岗位职责目录). */
export function findTitle(grid: Grid, form: Form, headerRow: number): { row: number; col: number } | null {
  const titles = titlesOfForm(form);
  if (headerRow <= HEADING_SCAN_ROWS + 1 && !titles.some((t) => titleText(grid).includes(t))) return null;
  for (let r = 1; r < headerRow; r++)
    for (let c = 1; c <= grid.width(r); c++) {
      const v = grid.at(r, c);
      if (typeof v !== 'string') continue;
      const text = compact(v);
      if (titles.some((t) => text.includes(t))) return { row: r, col: c };
    }
  return null;
}

/** Each form's title and its other spellings, compact (forms are fixed pack data). */
const titlesOf = new WeakMap<Form, string[]>();
const titlesOfForm = (form: Form): string[] => {
  let titles = titlesOf.get(form);
  if (!titles) titlesOf.set(form, (titles = [form.title, ...form.titleAliases].map(compact)));
  return titles;
};

/**
 * Per grid, the compact text of each text cell of its first HEADING_SCAN_ROWS rows, a line each: every title a
 * placement finds stands there (above a heading, which starts within those rows), so a title missing from it is
 * nowhere, told without compacting a cell again for each form tried. (Compact text holds no line break.)
 */
const titleTexts = new WeakMap<Grid, string>();
function titleText(grid: Grid): string {
  let text = titleTexts.get(grid);
  if (text === undefined) {
    const cells: string[] = [];
    for (let r = 1, last = Math.min(grid.rowCount, HEADING_SCAN_ROWS); r <= last; r++)
      for (let c = 1; c <= grid.width(r); c++) {
        const v = grid.at(r, c);
        if (typeof v === 'string') cells.push(compact(v));
      }
    titleTexts.set(grid, (text = cells.join('\n')));
  }
  return text;
}

/** Whether any form of `forms` can be placed under its title on this grid (no placement has a title otherwise). */
export const mayStandTitled = (grid: Grid, forms: readonly Form[]): boolean =>
  forms.some((f) => titlesOfForm(f).some((t) => titleText(grid).includes(t)));

interface Heading {
  /** Column key → sheet column, in the order found. */
  columns: Map<string, number>;
  /** Heading cells of the top row that name no column, by sheet column. */
  unknown: number[];
  end: number;
}

/**
 * A heading row, extended by the row under it where that row names columns under group headings, merged or typed
 * once over blank cells (风险等级 over 一级 | 二级 | 三级; 风险评估 over 发生概率 | 危害程度). Data under a plain
 * heading never counts.
 */
function twoRowHeading(grid: Grid, r: number, index: ReadonlyMap<string, string>): Heading {
  const top = new Map<string, number>();
  const unknown: number[] = [];
  matchRow(grid, r, index, top, unknown);
  const stacked = stackedHeading(grid, r, index, top, unknown);
  if (stacked) return stacked;
  const plain = { columns: top, unknown, end: r };
  if (!top.size) return plain;
  const spansRight = (g: number) => spansOn(grid, r, g);
  // The group heading over column c of the row below (防控措施 over 前期 | 中期 | 后期), if any.
  const groupCell = (c: number) => {
    for (let g = c; g >= 1; g--) {
      if (isBlank(grid.at(r, g))) continue;
      if (grid.mergeRight(r, g) > g) return grid.mergeRight(r, g) >= c ? g : undefined;
      return spansRight(g) ? g : undefined;
    }
    return undefined;
  };
  const groupOf = (c: number) => {
    const g = groupCell(c);
    return g === undefined ? '' : grid.key(r, g);
  };
  const below = new Map(top);
  matchRow(grid, r + 1, index, below, undefined, groupOf);
  // What the row below adds comes after the top row's columns (a column found once is never found again).
  const added = [...below.values()].slice(top.size);
  const underGroup = (c: number) => isUnderGroup(grid, r, c);
  if (!added.length || !added.every(underGroup)) return plain;
  // The group headings themselves name no column: they are not unknown headings.
  const groupCells = new Set<number>();
  for (const c of added) {
    const g = groupCell(c);
    if (g !== undefined) groupCells.add(g);
  }
  return { columns: below, unknown: unknown.filter((c) => !groupCells.has(c)), end: r + 1 };
}

/**
 * A heading whose words run on to the row under it in the same cell column, unmerged (风险点 over 表现形式 is
 * 风险点表现形式; 风险 over 等级 is 风险等级): each heading of r naming no column alone is read with the text under it.
 * Only where the row under r holds nothing but such second lines: under every heading that names a column alone it
 * is blank (or merged down), as no data row is.
 */
function stackedHeading(
  grid: Grid,
  r: number,
  index: ReadonlyMap<string, string>,
  top: Map<string, number>,
  unknown: number[],
): Heading | null {
  const joined = (c: number) => {
    const below = grid.key(r + 1, c);
    return isLine(below) ? index.get(termKey(grid.key(r, c) + below)) : undefined;
  };
  let lines = 0;
  // A heading that names its column alone may go on too (风险点, an alias of 风险点表现形式, over 表现形式). Under any
  // other, the row is data: a number (序号) or a long text says so before any name is looked up.
  for (const [key, c] of top) {
    const v = grid.at(r + 1, c);
    if (isBlank(v)) continue;
    if (typeof v !== 'string' || !isLine(grid.key(r + 1, c)) || joined(c) !== key) return null;
    lines++;
  }
  const columns = new Map(top);
  const left: number[] = [];
  for (const c of unknown) {
    const key = joined(c);
    if (key && !columns.has(key)) {
      columns.set(key, c);
      lines++;
    } else left.push(c);
  }
  return lines ? { columns, unknown: left, end: r + 1 } : null;
}

/**
 * A group heading spans the cells it is merged over, or, typed once over blank cells without merging them
 * (跨列居中), runs on to the next heading while the row under it goes on naming columns.
 */
const spansOn = (grid: Grid, r: number, g: number) =>
  grid.mergeRight(r, g) > g || (isBlank(grid.at(r, g + 1)) && !isBlank(grid.at(r + 1, g + 1)));

/** A cell of the row under r that may add a column to r's heading: under a blank cell or a group heading. */
const isUnderGroup = (grid: Grid, r: number, c: number) => isBlank(grid.at(r, c)) || spansOn(grid, r, c);

/** Every column name of every pack's forms (terms): what a heading's two lines read together may name. */
let columnTerms: Set<string> | undefined;
const isColumnTerm = (k: string) =>
  (columnTerms ??= new Set(PACKS.flatMap((p) => p.forms.flatMap((f) => [...columnIndex(f).keys()])))).has(k);

/** A cell of the row under r that, read after the heading above it, names a column (风险 over 等级): stackedHeading. */
const stacksOn = (grid: Grid, r: number, c: number) => {
  const top = grid.key(r, c);
  const below = grid.key(r + 1, c);
  return (
    isLine(top) &&
    isLine(below) &&
    typeof grid.at(r, c) === 'string' &&
    typeof grid.at(r + 1, c) === 'string' &&
    isColumnTerm(termKey(top + below))
  );
};

/** A heading's line in a narrow column: a few characters (a risk described on two rows is no heading). */
const isLine = (key: string) => key.length > 0 && key.length <= STACKED_LINE;
const STACKED_LINE = 8;

/** Per grid, per row r: how many headings of the row under r stand where they may join r's heading. */
const under = new WeakMap<Grid, number[]>();

/**
 * How many columns the row under r can add to a heading in r, for any form: its headings under a blank cell or a
 * group heading of r (twoRowHeading takes no other). A data row's cells sit under data, so data rows, which name
 * a column here and there, are seldom tried as headings at all.
 */
export function underHeading(grid: Grid, r: number): number {
  let rows = under.get(grid);
  if (!rows) under.set(grid, (rows = []));
  let n = rows[r];
  if (n === undefined) {
    n = 0;
    for (const [c] of grid.terms(r + 1)) if (isUnderGroup(grid, r, c) || stacksOn(grid, r, c)) n++;
    rows[r] = n;
  }
  return n;
}

/** Printed columns of `form` the heading at row r names (tests: it never exceeds what the gate above allows). */
export function headingHit(grid: Grid, r: number, form: Form): number {
  const m = twoRowHeading(grid, r, columnIndex(form));
  return form.columns.filter((c) => !c.extra && m.columns.has(c.key)).length;
}

/** The columns found as the record a placement holds, in the order found (a plain loop: fromEntries of a map is slow). */
function recordOf(columns: Map<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, c] of columns) out[k] = c;
  return out;
}
