import { compact } from './text';

/** A number typed as text ("５", " 80 ", "80分", "1,200", "2个"), or null when the text is not one number. */
export function parseNumberText(raw: string): number | null {
  const s = compact(raw)
    .replace(/,/g, '')
    .replace(/(分|元|个|项|条|次|人|处)$/, '');
  if (!/^[+-]?(\d+(\.\d+)?|\.\d+)$/.test(s)) return null;
  return Number(s);
}

/** How offices write "none" in a count cell: a dash, a slash, 无. */
const NONE = /^(?:[-—–－―─]+|[/／\\]|无|没有)$/;

/** A count as typed: a number as parseNumberText reads it, or 0 for a dash, a slash or 无; null for anything else. */
export function parseCountText(raw: string): number | null {
  return parseNumberText(raw) ?? (NONE.test(compact(raw)) ? 0 : null);
}

/** 序号 as typed: 1, "1", "1、", "1.", "(1)", "１". Null when it is not a sequence number. */
export function parseSeq(raw: string | number): number | null {
  if (typeof raw === 'number') return Number.isInteger(raw) ? raw : null;
  const s = compact(raw)
    .replace(/^\((\d+)\)$/, '$1')
    .replace(/[、.,]$/, '');
  return /^\d+$/.test(s) ? Number(s) : null;
}
