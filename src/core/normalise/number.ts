import { compact } from './text';

/** A number typed as text ("５", " 80 ", "80分", "1,200"), or null when the text is not one number. */
export function parseNumberText(raw: string): number | null {
  const s = compact(raw)
    .replace(/,/g, '')
    .replace(/(分|元)$/, '');
  if (!/^[+-]?(\d+(\.\d+)?|\.\d+)$/.test(s)) return null;
  return Number(s);
}

/** 序号 as typed: 1, "1", "1、", "1.", "(1)", "１". Null when it is not a sequence number. */
export function parseSeq(raw: string | number): number | null {
  if (typeof raw === 'number') return Number.isInteger(raw) ? raw : null;
  const s = compact(raw)
    .replace(/^\((\d+)\)$/, '$1')
    .replace(/[、.,]$/, '');
  return /^\d+$/.test(s) ? Number(s) : null;
}
