import { cellAddress } from '../a1';
import { isBlank } from '../cell';
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
  const m = { keys, inCell };
  matchers.set(form, m);
  return m;
}

const valueOf = (v: string): string | null => {
  const t = v.replace(/[\s\u3000]+/g, ' ').trim();
  return t && !PLACEHOLDER.test(t) ? t : null;
};

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
  for (let r = 1; r <= lastRow; r++) {
    const w = grid.width(r);
    for (let c = 1; c <= w; c++) {
      const k = grid.term(r, c);
      if (!grid.key(r, c)) continue;
      const whole = m.keys.get(k);
      if (whole) {
        if (out[whole]) continue;
        let vc = grid.mergeRight(r, c) + 1;
        while (vc <= w && isBlank(grid.at(r, vc))) vc++;
        const next = vc <= w ? grid.at(r, vc) : null;
        if (vc <= w && !m.keys.has(grid.term(r, vc)))
          out[whole] = {
            value: typeof next === 'string' ? valueOf(next) : next,
            cell: cellAddress(r, vc),
          };
        else out[whole] = { value: null, cell: cellAddress(r, grid.mergeRight(r, c) + 1) };
        continue;
      }
      const text = grid.text(r, c);
      // Every "label：value" has its colon (NFKC makes a full-width one half-width): most cells have none.
      if (!text.includes(':') && !text.includes('：')) continue;
      const hits = [...text.matchAll(m.inCell)];
      hits.forEach((h, i) => {
        const key = m.keys.get(termKey(h[1]));
        if (!key || out[key]) return;
        const end = i + 1 < hits.length ? hits[i + 1].index : text.length;
        out[key] = { value: valueOf(text.slice(h.index + h[0].length, end)), cell: cellAddress(r, c) };
      });
    }
  }
  return out;
}
