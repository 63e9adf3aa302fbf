import { cellAddress } from '../a1';
import { displayText, isBlank } from '../cell';
import { parseDateText } from '../normalise/date';
import { compact } from '../normalise/text';
import type { Form } from '../forms/schema';
import { termKey } from '../forms/termKey';
import { termOfField } from '../forms/terms';
import type { Grid } from './grid';
import type { LocatedValue } from './types';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** What the plans print where a value goes: 单位名称:(盖章), 分管领导(签字) — no value yet. */
const PLACEHOLDER = /^[(（]?\s*(?:盖章|签字|签名|公章)\s*[)）]?$/;

interface FieldMatcher {
  /** termKey of every spelling → field key. */
  keys: Map<string, string>;
  /** Finds "label(note)：value" inside one cell; labels may carry spaces between their characters (姓  名). */
  inCell: RegExp;
  /** The same at the start of a cell with no colon, the value after a space: 姓名 张三, 单位名称（盖章）　某局. */
  spaced: RegExp;
  /**
   * Whether a cell may hold one: a spelling's first character opens the text or follows a space, as inCell needs.
   * Most cells with a colon hold no label of the form (颜色标识：, 红色：一级), and inCell is long.
   */
  mayHold: RegExp;
}

const matchers = new WeakMap<Form, FieldMatcher>();

/**
 * The spellings of each header field: its label and aliases first, then its lexicon term's words (单位 /
 * 单位名称 / 填报单位 / 报送单位 …). A word two fields of the form share stays with the first. Built once per form
 * (forms are fixed pack data); its regex is global, so each use starts from lastIndex 0 (matchAll copies it).
 */
export function fieldMatcher(form: Form): FieldMatcher {
  const known = matchers.get(form);
  if (known) return known;
  const keys = new Map<string, string>();
  const spellings: Array<[string, string]> = [];
  const add = (word: string, key: string) => {
    const k = termKey(word);
    if (!k || keys.has(k)) return;
    keys.set(k, key);
    spellings.push([
      word
        .normalize('NFKC')
        .replace(/\s+/g, '')
        .replace(/\([^)]*\)/g, ''),
      key,
    ]);
  };
  for (const f of form.header) for (const l of [f.label, ...f.aliases]) add(l, f.key);
  for (const f of form.header) for (const w of termOfField(f)?.words ?? []) add(w, f.key);
  spellings.sort((a, b) => b[0].length - a[0].length);
  const alt = spellings.map(([w]) => [...w].map(escape).join('\\s*')).join('|');
  const inCell = new RegExp(`(?:^|\\s)(${alt || '(?!)'})\\s*(?:\\([^)]*\\))?\\s*[:：]`, 'g');
  // An empty spelling would open anywhere (never kept: its termKey is empty too); no spelling, nowhere.
  const firsts = [...new Set(spellings.map(([w]) => w.charAt(0)))];
  const mayHold = firsts.includes('')
    ? /(?:)/
    : new RegExp(`(?:^|\\s)[${firsts.map((c) => c.replace(/[\\\]^-]/g, '\\$&')).join('')}]`);
  const spaced = new RegExp(`^\\s*(${alt || '(?!)'})\\s*(?:\\([^)]*\\))?\\s+(?=\\S)`);
  const m = { keys, inCell, spaced, mayHold };
  matchers.set(form, m);
  return m;
}

/** A seal or signature note beside a value: 濮阳市科学技术局（盖章）. */
const SEAL_NOTE = /[(（]\s*(?:盖章|公章|签章|签字|签名)\s*[)）]/g;
/** Another "label：" further along the line, after a space: 填报时间：…, 联系人：张三, 电话：…. */
const NEXT_LABEL = /\s[^\s:：,，。;；、()（）]{1,8}\s*[:：]/;
/** A cell that is a label of its own, "label：…" (填表日期：2012.5.20): never the value of the label before it. */
export const LABEL_CELL = /^\s*[^\s:：,，。;；、]{1,8}\s*(?:[(（][^)）]*[)）])?\s*[:：]/;
/** The date to be written on a unit line (年 月 日, 2012年 月 日). */
const DATE_BLANK = /^(?:\d{4})?年月日$/;

/**
 * A field's value as typed on its line, without what else offices put there: a seal note, and for a short field
 * (a unit, a name, not 岗位职责) the next label and all after it, and a date the line ends with.
 */
export function valueOf(v: string, long = false): string | null {
  let t = v.replace(SEAL_NOTE, ' ');
  if (!long) {
    const next = NEXT_LABEL.exec(t);
    if (next) t = t.slice(0, next.index);
    t = withoutTrailingDate(t);
  }
  // A long field (岗位职责) keeps the lines the clerk broke it into (Alt+Enter); spaces run together either way.
  t = long
    ? t
        .replace(/[^\S\n]+/g, ' ')
        .replace(/ *\n[\s]*/g, '\n')
        .trim()
    : t.replace(/[\s\u3000]+/g, ' ').trim();
  return t && !PLACEHOLDER.test(t) ? t : null;
}

/** The text before a date it ends with after a space (濮阳市科学技术局　　2012年5月20日 → 濮阳市科学技术局). */
export function withoutTrailingDate(t: string): string {
  for (const m of t.matchAll(/[\s\u3000]+/g)) {
    const tail = compact(t.slice(m.index + m[0].length));
    if (tail && (parseDateText(tail) || DATE_BLANK.test(tail))) return t.slice(0, m.index);
  }
  return t;
}

/** Per grid, per row: the cells with a label key, as [column, term, whether its text has a colon]. */
const labelled = new WeakMap<Grid, Array<Array<readonly [number, string, boolean]> | undefined>>();

/** The row's cells that may hold a field label, looked at once for all the forms tried on the sheet. */
function labelCells(grid: Grid, r: number): ReadonlyArray<readonly [number, string, boolean]> {
  let rows = labelled.get(grid);
  if (!rows) labelled.set(grid, (rows = []));
  let cells = rows[r];
  if (!cells) {
    cells = [];
    for (let c = 1, w = grid.width(r); c <= w; c++) {
      if (!grid.key(r, c)) continue;
      const text = grid.text(r, c);
      cells.push([c, grid.term(r, c), text.includes(':') || text.includes('：')]);
    }
    rows[r] = cells;
  }
  return cells;
}

/**
 * Header fields above the table: "单位名称(盖章)：XX局" in one cell (several per cell allowed),
 * or a label cell with its value in the next non-blank cell to the right.
 */
export function readHeaderFields(
  grid: Grid,
  form: Form,
  lastRow: number,
  m = fieldMatcher(form),
): Record<string, LocatedValue> {
  const out: Record<string, LocatedValue> = {};
  if (!form.header.length) return out;
  const long = (key: string) => form.header.find((f) => f.key === key)?.long ?? false;
  const keep = fieldKeeper(form, out);
  for (let r = 1; r <= lastRow; r++) {
    const w = grid.width(r);
    for (const [c, k, colon] of labelCells(grid, r)) {
      const whole = m.keys.get(k);
      if (whole) {
        if (!keep.open(whole, k)) continue;
        let vc = grid.mergeRight(r, c) + 1;
        while (vc <= w && isBlank(grid.at(r, vc))) vc++;
        const next = vc <= w ? grid.at(r, vc) : null;
        const ownLabel = typeof next === 'string' && LABEL_CELL.test(next);
        if (vc <= w && !m.keys.has(grid.term(r, vc)) && !ownLabel)
          keep.put(whole, k, {
            value: typeof next === 'string' ? valueOf(next, long(whole)) : next,
            cell: cellAddress(r, vc),
          });
        else keep.put(whole, k, { value: null, cell: cellAddress(r, grid.mergeRight(r, c) + 1) });
        continue;
      }
      const text = grid.text(r, c);
      if (!m.mayHold.test(text)) continue;
      // The value as typed (；（： stay full-width), where NFKC kept every character in its place.
      const typed = displayText(grid.at(r, c));
      const source = typed.length === text.length ? typed : text;
      // "label：value" has its colon (NFKC makes a full-width one half-width); without one, "label value".
      const hits = colon ? [...text.matchAll(m.inCell)] : [m.spaced.exec(text)].filter((h) => h !== null);
      hits.forEach((h, i) => {
        const term = termKey(h[1]);
        const key = m.keys.get(term);
        if (!key || !keep.open(key, term)) return;
        const end = i + 1 < hits.length ? hits[i + 1].index : text.length;
        keep.put(key, term, {
          value: valueOf(source.slice(h.index + h[0].length, end), long(key)),
          cell: cellAddress(r, c),
          inCell: true,
        });
      });
    }
  }
  return out;
}

/**
 * Keeps the first value found for each field, but for a field the plan labels with two words, 职务(岗位), typed as
 * two fields of their own (职务 | 副局长, 岗位 | 分管科技项目): both values, as the label joins them, 副局长（分管科技项目）.
 */
export function fieldKeeper(form: Form, out: Record<string, LocatedValue>) {
  const found = new Map<string, string>();
  const pairs = pairsOf(form);
  const second = (key: string, term: string) => {
    const pair = pairs.get(key);
    const first = found.get(key);
    return !!pair && !!first && first !== term && pair.includes(first) && pair.includes(term);
  };
  return {
    /** Whether a value under this spelling is still wanted. */
    open: (key: string, term: string) => !out[key] || (second(key, term) && !isBlank(out[key].value)),
    put: (key: string, term: string, v: LocatedValue) => {
      if (!out[key]) {
        out[key] = v;
        found.set(key, term);
        return;
      }
      const before = out[key].value;
      if (isBlank(v.value) || String(v.value) === String(before)) return;
      const [outer] = pairs.get(key)!;
      const [a, b] = found.get(key) === outer ? [before, v.value] : [v.value, before];
      out[key] = { value: `${String(a)}（${String(b)}）`, cell: out[key].cell };
      found.set(key, '');
    },
  };
}

/** Each two-word field label (职务(岗位)) of a form, as the two spellings' terms, worked out once (forms are fixed data). */
const pairsByForm = new WeakMap<Form, Map<string, [string, string]>>();
function pairsOf(form: Form): Map<string, [string, string]> {
  let pairs = pairsByForm.get(form);
  if (pairs) return pairs;
  pairs = new Map();
  for (const f of form.header) {
    const m = /^([^(]+)\(([^)]+)\)$/.exec(f.label.normalize('NFKC').replace(/\s+/g, ''));
    if (m && !/盖章|签字|公章/.test(m[2])) pairs.set(f.key, [termKey(m[1]), termKey(m[2])]);
  }
  pairsByForm.set(form, pairs);
  return pairs;
}
