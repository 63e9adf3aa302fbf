import { isBlank, type CellValue } from '../cell';

const isSpace = (c: number) =>
  c <= 32 || c === 0xa0 || c === 0x3000 || c === 0x200b || c === 0xfeff || (c >= 0x2000 && c <= 0x200a) || c === 0x85;

/** isBlank without a regex for the usual case: a string that starts with a visible character has content. */
export function blank(v: CellValue | undefined): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v !== 'string') return false;
  return v.length === 0 || (isSpace(v.charCodeAt(0)) && isBlank(v));
}
