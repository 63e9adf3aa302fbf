import { format } from 'numfmt';
import { isDateValue, type CellValue } from '../cell';
import { canonicalNumber } from './canonical';

/**
 * What a cell shows once its number format is applied, when that differs from the value itself: 20 with the
 * format `"5"` prints 5, 二级 with `;;;"一级"` prints 一级, anything with `;;;` prints nothing. Returns null when
 * the format shows the value as it is (General, `@`, `0` on a whole number …), so harmless formats change nothing.
 * Dates are left to their date format: any date format shows the same date.
 */
export function displayedText(value: CellValue, fmt: string | undefined): string | null {
  if (!fmt || fmt === 'General' || value === null || isDateValue(value)) return null;
  if (typeof value === 'object') return null; // errors print as themselves
  let shown: string;
  try {
    shown = format(fmt, value, { locale: 'zh-CN', nbsp: false, throws: false });
  } catch {
    shown = '######';
  }
  shown = shown.normalize('NFC').replace(/\r\n?/g, '\n').trim();
  return shown === naturalText(value) ? null : shown;
}

/** The value as it reads without any format. */
function naturalText(v: string | number | boolean): string {
  if (typeof v === 'number') return canonicalNumber(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return v.normalize('NFC').replace(/\r\n?/g, '\n').trim();
}
