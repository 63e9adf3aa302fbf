import { cellAddress } from '../a1';
import { displayText, isBlank } from '../cell';
import type { Form } from '../forms/schema';
import { termKey } from '../forms/termKey';
import { firstFilled, type Grid } from './grid';
import { findTitle, TITLE_WEIGHT, type Placement } from './locate';
import { columnIndex } from './matchColumns';
import { readHeaderFields, withoutTrailingDate } from './headerFields';
import { endsTable } from './tableEnd';
import type { LocatedValue } from './types';

/** How far under its title a form typed as text may run. */
const TEXT_ROWS = 80;
const NUMBERING =
  /^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d０-９]+[)）]|[\d０-９]+[、.．](?![\d０-９]))[\s\u3000]*/;
const CN = '0-9〇○零一二三四五六七八九十两';
/** A date line as typed under a pledge: 2024年3月20日, 二〇二四年三月二十日, or 年 月 日 still to fill. */
const DATE_LINE = new RegExp(`^[${CN}]{0,4}年[${CN}]{0,2}月[${CN}]{0,3}日$`);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The cell's text as typed (values are never rewritten), trimmed. */
const text = (grid: Grid, r: number, c: number) => displayText(grid.at(r, c)).replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');

/**
 * A form typed as text (D3 承诺书, D2 责任卡): under its title, each column's value on its labelled line
 * (「承诺人:张三」, 「一、岗位职责:……」, a label cell with the value beside or under it); a date column may be the
 * pledge's bare date line. Needs the title and at least one labelled value.
 */
export function locateText(grid: Grid, form: Form): Placement | null {
  if (!form.textLayout) return null;
  const title = findTitle(grid, form, Math.min(grid.rowCount, 20) + 1);
  if (!title) return null;
  const index = columnIndex(form);
  const spellings = [...index.keys()].sort((a, b) => b.length - a.length);
  const labelled = new RegExp(
    `^(${spellings.map((w) => [...w].map(escape).join('\\s*')).join('|')})\\s*(?:[(（][^)）]*[)）])?\\s*[:：]\\s*`,
    's',
  );
  const long = new Set(form.columns.filter((c) => c.kind === 'longtext').map((c) => c.key));
  const dateKey = form.columns.find((c) => c.kind === 'date')?.key;
  const fields: Record<string, LocatedValue> = {};
  const columns: Record<string, number> = {};
  const last = Math.min(grid.rowCount, title.row + TEXT_ROWS);
  const put = (key: string, value: string | null, r: number, c: number) => {
    if (fields[key]) return;
    fields[key] = { value: value || null, cell: cellAddress(r, c) };
    columns[key] = c;
  };
  const nextRight = (r: number, c: number) => {
    for (let x = grid.mergeRight(r, c) + 1; x <= grid.width(r); x++) if (!isBlank(grid.at(r, x))) return x;
    return 0;
  };
  for (let r = title.row + 1; r <= last; r++)
    for (let c = 1; c <= grid.width(r); c++) {
      const t = text(grid, r, c).replace(NUMBERING, '');
      if (!t) continue;
      const m = labelled.exec(t);
      const whole = m ? undefined : index.get(termKey(t));
      const key = m ? index.get(termKey(m[1])) : whole;
      if (!key) continue;
      const rest = m ? t.slice(m[0].length).trim() : '';
      const right = rest ? 0 : nextRight(r, c);
      // 承诺人：王五　　2010年4月20日 — a letter's close on one line: the name, then the date.
      const before = rest && !long.has(key) ? withoutTrailingDate(rest).trim() : rest;
      const dated = before !== rest && dateKey && !fields[dateKey] && key !== dateKey;
      if (dated) {
        put(key, before, r, c);
        put(dateKey, rest.slice(before.length).trim(), r, c);
      } else if (rest) put(key, rest, r, c);
      else if (right) put(key, text(grid, r, right), r, right);
      // A paragraph under its own label line (二、工作任务: / its text on the next line), for long texts only.
      else if (
        long.has(key) &&
        r < last &&
        rowAlone(grid, r) &&
        rowAlone(grid, r + 1) &&
        !isLabel(grid, r + 1, index, labelled)
      )
        put(key, text(grid, r + 1, firstFilled(grid, r + 1)), r + 1, firstFilled(grid, r + 1));
      else put(key, null, r, c);
    }
  for (const col of form.columns.filter((x) => x.kind === 'date' && !fields[x.key]))
    for (let r = last; r > title.row; r--) {
      const c = firstFilled(grid, r);
      const t = c ? text(grid, r, c).replace(/[\s\u3000]/g, '') : '';
      if (!DATE_LINE.test(t)) continue;
      put(col.key, /\d|[〇○零一二三四五六七八九十两]/.test(t) ? t : null, r, c);
      break;
    }
  const found = Object.keys(fields).length;
  if (!found) return null;
  const rows = Object.values(fields).map((f) => Number(/\d+$/.exec(f.cell)![0]));
  const words = form.pledge ? paragraphs(grid, title.row + 1, Math.min(...rows) - 1) : '';
  return {
    form,
    headerRow: title.row,
    headerEnd: title.row,
    titleRow: title.row,
    titleCell: cellAddress(title.row, title.col),
    columns,
    unknown: [],
    header: readHeaderFields(grid, form, Math.max(...rows)),
    score: TITLE_WEIGHT + 10 * found,
    text: { fields, firstRow: Math.min(...rows), lastRow: Math.max(...rows), ...(words ? { words } : {}) },
  };
}

/** A pledge's own words as its signer typed them: every text between its title and its first labelled line. */
function paragraphs(grid: Grid, from: number, to: number): string {
  const lines: string[] = [];
  for (let r = from; r <= to; r++) {
    const cells: string[] = [];
    for (let c = 1; c <= grid.width(r); c++) cells.push(text(grid, r, c));
    const line = cells.filter(Boolean).join(' ');
    if (line) lines.push(line);
  }
  return lines.join('\n');
}

/** The row's text opens with a label of the form or a sign-off line (the next item, not this one's value). */
function isLabel(grid: Grid, r: number, index: ReadonlyMap<string, string>, labelled: RegExp): boolean {
  const t = text(grid, r, firstFilled(grid, r)).replace(NUMBERING, '');
  return labelled.test(t) || index.has(termKey(t)) || endsTable(t);
}

/** The row holds one cell of text only (a paragraph under its label). */
function rowAlone(grid: Grid, r: number): boolean {
  let n = 0;
  for (let c = 1; c <= grid.width(r); c++) if (!isBlank(grid.at(r, c))) n++;
  return n === 1;
}
