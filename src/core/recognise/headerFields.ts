import { cellAddress } from '../a1';
import { displayText, isBlank } from '../cell';
import type { Form } from '../forms/schema';
import { labelKey } from '../normalise/text';
import type { Grid } from './grid';
import type { LocatedValue } from './types';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface FieldMatcher {
  keys: Map<string, string>;
  /** Finds "label(note)：value" inside one cell; labels may carry spaces between their characters (姓  名). */
  inCell: RegExp;
}

export function fieldMatcher(form: Form): FieldMatcher {
  const keys = new Map<string, string>();
  const variants: Array<[string, string]> = [];
  for (const f of form.header)
    for (const l of [f.label, ...f.aliases]) {
      const k = labelKey(l);
      if (!k) continue;
      if (!keys.has(k)) keys.set(k, f.key);
      variants.push([k, f.key]);
    }
  variants.sort((a, b) => b[0].length - a[0].length);
  const alt = variants.map(([k]) => [...k].map(escape).join('\\s*')).join('|');
  const inCell = new RegExp(`(?:^|\\s)(${alt || '(?!)'})\\s*(?:\\([^)]*\\))?\\s*[:：]`, 'g');
  return { keys, inCell };
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
  for (let r = 1; r <= lastRow; r++) {
    const w = grid.width(r);
    for (let c = 1; c <= w; c++) {
      const k = grid.key(r, c);
      if (!k) continue;
      const whole = m.keys.get(k);
      if (whole) {
        if (out[whole]) continue;
        let vc = grid.mergeRight(r, c) + 1;
        while (vc <= w && isBlank(grid.at(r, vc))) vc++;
        if (vc <= w && !m.keys.has(grid.key(r, vc))) out[whole] = { value: grid.at(r, vc), cell: cellAddress(r, vc) };
        else out[whole] = { value: null, cell: cellAddress(r, grid.mergeRight(r, c) + 1) };
        continue;
      }
      const text = displayText(grid.at(r, c)).normalize('NFKC');
      const hits = [...text.matchAll(m.inCell)];
      hits.forEach((h, i) => {
        const key = m.keys.get(labelKey(h[1]));
        if (!key || out[key]) return;
        const end = i + 1 < hits.length ? hits[i + 1].index : text.length;
        const value = text
          .slice(h.index + h[0].length, end)
          .replace(/[\s\u3000]+/g, ' ')
          .trim();
        out[key] = { value: value || null, cell: cellAddress(r, c) };
      });
    }
  }
  return out;
}
