import { cellAddress } from '../a1';
import { displayText, isDateValue, type CellValue } from '../cell';
import { blank as isBlank } from '../normalise/blank';
import type { Form } from '../forms/schema';
import { normaliseChoice } from '../normalise/choice';
import { parseDateText } from '../normalise/date';
import { compact, labelKey } from '../normalise/text';
import { endsTable } from './tableEnd';
import { firstFilled, type Grid } from './grid';
import type { RecognisedRow } from './types';

const TOTAL_START = ['合计', '总计', '小计'];
/** A department's subtotal, typed where the department's name goes: 救助股小计, 本股室合计, 救助股 合计. */
const NAMED_TOTAL = /^[^\d]{1,12}(?:小计|合计|总计)(?:[:：(（].*)?$/;
/** A summary line that is its word alone (平均分 under a 测评 table): 平均 may open a risk described in words. */
const SUMMARY_WORD = /^(?:平均(?:分|值|数|得分)?|均分|最高分|最低分)[:：]?$/;
const GROUP_NUMBERING = /^(?:[一二三四五六七八九十]+[、.]|\(?[一二三四五六七八九十\d]+\)|\d+[、.])/;

export interface Body {
  rows: RecognisedRow[];
  totals: RecognisedRow[];
  bodyEnd: number;
  signoff: Record<string, { row: number; labelCell: string; valueCell: string }>;
  /** The heading row of another table like this one further down, which is not read (a second person's form). */
  tableBelow?: number;
  /** Rows inside the body that are not the table's: the notes, 续表 and heading typed again before a 续表. */
  gaps?: Array<{ top: number; bottom: number }>;
}

/**
 * Reads the table body under the heading: vertically merged cells (a group's category) apply to every row they
 * cover; rows that only carry a pre-printed 序号 are blank; the body ends at 备注 or the sign-off labels.
 */
export function readBody(
  grid: Grid,
  form: Form,
  columns: Record<string, number>,
  headerRow: number,
  start: number,
): Body {
  const stops = stopsOf(form);
  const entries = Object.entries(columns);
  const content = entries.filter(([k]) => {
    const col = form.columns.find((c) => c.key === k);
    return col && col.kind !== 'seq' && !col.group;
  });
  const contentCols = content.map(([, c]) => c);
  const groupCol = form.columns.find((c) => c.group && columns[c.key] !== undefined);
  const dateCols = new Set(
    entries.filter(([k]) => form.columns.find((c) => c.key === k)?.kind === 'date').map(([, c]) => c),
  );
  const headings = new Map(entries.map(([, c]) => [c, grid.key(headerRow, c)] as const));
  const record = recordColumns(form, columns, contentCols);
  const span = entries.length ? Math.max(...entries.map(([, c]) => c)) - Math.min(...entries.map(([, c]) => c)) + 1 : 1;
  const rows: RecognisedRow[] = [];
  const totals: RecognisedRow[] = [];
  const gaps: NonNullable<Body['gaps']> = [];
  let bodyEnd = start - 1;
  let group: CellValue = null;
  let r = start;
  for (; r <= grid.rowCount; r++) {
    const w = grid.width(r);
    const first = firstFilled(grid, r);
    if (!first) continue;
    const firstValue = grid.at(r, first);
    // A number opens a data row (序号); only text can open notes, sign-off, totals or a group heading.
    const lead = typeof firstValue === 'string' ? compact(firstValue) : '';
    if (lead && endsTable(lead, stops)) {
      // 表格留白不够，可另续表: a 续表 under the notes reads on from its repeated heading.
      const heading = continuedAt(grid, r, headings, stops);
      if (!heading) break;
      gaps.push({ top: r, bottom: heading });
      r = heading;
      continue;
    }
    if (lead && (TOTAL_START.some((s) => lead.startsWith(s)) || SUMMARY_WORD.test(lead) || NAMED_TOTAL.test(lead))) {
      totals.push({ row: r, cells: cellsOf(grid, r, entries, null) });
      bodyEnd = r;
      continue;
    }
    if (lead && groupCol && form.groups && isGroupHeading(grid, r, first, w)) {
      const g = normaliseChoice(lead.replace(GROUP_NUMBERING, ''), form.groups);
      if (g) {
        group = g;
        continue;
      }
    }
    // The day a table was signed, typed alone on its line under the rows, is no row (a date column's may be one).
    if (!dateCols.has(first) && isDateAlone(grid, r, first, w)) continue;
    // A note or heading typed across the table (one text merged over most of its width) is never a data row.
    if (lead && isWideText(grid, r, first, w, span)) continue;
    if (!hasContent(grid, r, contentCols)) continue;
    if (isRepeatedHeading(grid, r, headings)) continue;
    const cells = cellsOf(grid, r, entries, groupCol ? { key: groupCol.key, value: group } : null);
    if (groupCol) group = cells[groupCol.key];
    const last = rows[rows.length - 1];
    if (last && bodyEnd === r - 1 && continues(grid, r, record)) joinRow(grid, r, last.cells, entries);
    else rows.push({ row: r, cells });
    bodyEnd = r;
  }
  const below = r <= grid.rowCount ? headingBelow(grid, r + 1, headings) : 0;
  return {
    rows,
    totals,
    bodyEnd,
    signoff: findSignoff(grid, form, bodyEnd + 1),
    ...(below ? { tableBelow: below } : {}),
    // A 续表 whose rows never came is no gap: the body ended before it.
    ...(gaps.some((g) => g.bottom < bodyEnd) ? { gaps: gaps.filter((g) => g.bottom < bodyEnd) } : {}),
  };
}

/** How far under a table's end a 续表 or another table is looked for. */
const LOOK_BELOW = 200;

/**
 * The repeated heading of a 续表 under the line at `end` that ended the table: only blank lines, notes and sign-off
 * lines between, then 续表 (or the heading itself). 0 when none: a title or a 姓名 line between opens another table.
 */
function continuedAt(grid: Grid, end: number, headings: Map<number, string>, stops: readonly string[]): number {
  for (let r = end + 1; r <= Math.min(grid.rowCount, end + 12); r++) {
    const lead = leadText(grid, r);
    if (lead === null) continue;
    if (lead.startsWith('续表')) {
      for (let h = r; h <= Math.min(grid.rowCount, r + 2); h++) if (isRepeatedHeading(grid, h, headings)) return h;
      return 0;
    }
    if (isRepeatedHeading(grid, r, headings)) return r;
    if (!endsTable(lead, stops)) return 0;
  }
  return 0;
}

/** The first row from `from` that repeats the table's heading: another table of the same form, left unread. */
function headingBelow(grid: Grid, from: number, headings: Map<number, string>): number {
  for (let r = from; r <= Math.min(grid.rowCount, from + LOOK_BELOW); r++)
    if (isRepeatedHeading(grid, r, headings)) return r;
  return 0;
}

/** The row's first text, compact; '' for a row whose first value is not text; null for a blank row. */
function leadText(grid: Grid, r: number): string | null {
  const first = firstFilled(grid, r);
  if (!first) return null;
  const v = grid.at(r, first);
  return typeof v === 'string' ? compact(v) : '';
}

/** Each form's sign-off labels that end its table, keyed (forms are fixed pack data). */
const stopsByForm = new WeakMap<Form, string[]>();

function stopsOf(form: Form): string[] {
  let stops = stopsByForm.get(form);
  if (!stops) {
    const signLabels = form.signoff.flatMap((s) => [
      labelKey(s.label),
      labelKey(`${s.who}意见`),
      labelKey(`${s.who}签字`),
    ]);
    stopsByForm.set(form, (stops = signLabels.filter((s) => s.length >= 2)));
  }
  return stops;
}

/**
 * What makes a row the next line of the record above, not a record of its own: the column that numbers or names a
 * record (序号, else the first of the plan's columns) merged down over it, and every level merged down too or left
 * blank. That is one risk point typed over several rows, a measure or 表现形式 per row; a level merged over
 * several risk points (each its own 序号 or text) is not.
 */
function recordColumns(form: Form, columns: Record<string, number>, content: number[]) {
  const seq = form.columns.find((c) => c.kind === 'seq' && columns[c.key] !== undefined);
  const levels = form.columns.filter((c) => c.kind === 'level' && columns[c.key] !== undefined);
  return { id: seq ? columns[seq.key] : Math.min(...content), levels: levels.map((c) => columns[c.key]) };
}

function continues(grid: Grid, r: number, record: { id: number; levels: number[] }): boolean {
  if (!Number.isFinite(record.id) || !grid.coveredVertically(r, record.id)) return false;
  return record.levels.every((c) => grid.coveredVertically(r, c) || isBlank(grid.at(r, c)));
}

/** The next line of a record joined into it: each value typed on it added after the record's own, with 「；」. */
function joinRow(grid: Grid, r: number, cells: Record<string, CellValue>, entries: Array<[string, number]>): void {
  for (const [k, c] of entries) {
    if (grid.coveredVertically(r, c)) continue;
    const v = grid.at(r, c);
    if (isBlank(v)) continue;
    const had = cells[k];
    if (isBlank(had)) cells[k] = v;
    else if (displayText(had) !== displayText(v)) cells[k] = `${displayText(had)}；${displayText(v)}`;
  }
}

function hasContent(grid: Grid, r: number, cols: number[]): boolean {
  for (let i = 0; i < cols.length; i++) if (!isBlank(grid.shown(r, cols[i]))) return true;
  return false;
}

function cellsOf(
  grid: Grid,
  r: number,
  entries: Array<[string, number]>,
  group: { key: string; value: CellValue } | null,
): Record<string, CellValue> {
  const cells: Record<string, CellValue> = {};
  for (let i = 0; i < entries.length; i++) {
    const k = entries[i][0];
    const c = entries[i][1];
    let v = grid.at(r, c);
    if (isBlank(v) && grid.coveredVertically(r, c)) v = grid.shown(r, c);
    if (group && k === group.key && isBlank(v)) v = group.value;
    cells[k] = v;
  }
  return cells;
}

/** A row holding one date and nothing else: a date value, or a date typed as text (2012年9月10日, 2012.9.10). */
function isDateAlone(grid: Grid, r: number, first: number, w: number): boolean {
  const v = grid.at(r, first);
  if (!isDateValue(v) && !(typeof v === 'string' && parseDateText(v))) return false;
  for (let c = grid.mergeRight(r, first) + 1; c <= w; c++) if (!isBlank(grid.at(r, c))) return false;
  return true;
}

/** A row holding only one text (possibly merged across): 一、议事决策类. */
function isGroupHeading(grid: Grid, r: number, first: number, w: number): boolean {
  const text = displayText(grid.at(r, first));
  for (let c = first + 1; c <= w; c++) {
    const v = grid.at(r, c);
    if (!isBlank(v) && displayText(v) !== text) return false;
  }
  return true;
}

/** A row holding one text only, merged across at least 60% of the table's columns. */
function isWideText(grid: Grid, r: number, first: number, w: number, span: number): boolean {
  const right = grid.mergeRight(r, first);
  if (span < 2 || right - first + 1 < Math.max(2, Math.ceil(span * 0.6))) return false;
  for (let c = right + 1; c <= w; c++) if (!isBlank(grid.at(r, c))) return false;
  return true;
}

/** The heading repeated on a continuation page. */
function isRepeatedHeading(grid: Grid, r: number, headings: Map<number, string>): boolean {
  // Cheap gate first: a repeated heading starts its first column with the heading's first character.
  const [firstCol, firstKey] = headings.entries().next().value ?? [0, ''];
  const v = grid.at(r, firstCol);
  if (!firstKey || typeof v !== 'string' || !v.includes(firstKey[0])) return false;
  let same = 0;
  for (const [c, key] of headings) if (key && grid.key(r, c) === key) same++;
  return same >= Math.max(2, headings.size - 1);
}

export function findSignoff(grid: Grid, form: Form, from: number): Body['signoff'] {
  const out: Body['signoff'] = {};
  if (!form.signoff.length) return out;
  const wanted = form.signoff.map((s) => ({ role: s.role, keys: [labelKey(s.label), labelKey(`${s.who}意见`)] }));
  for (let r = from; r <= Math.min(grid.rowCount, from + 60); r++)
    for (let c = 1; c <= grid.width(r); c++) {
      const k = grid.key(r, c);
      if (!k) continue;
      const hit = wanted.find((x) => !out[x.role] && x.keys.some((key) => k.startsWith(key)));
      if (hit) {
        const vc = grid.mergeRight(r, c) + 1;
        out[hit.role] = { row: r, labelCell: cellAddress(r, c), valueCell: cellAddress(r, vc) };
      }
    }
  return out;
}
