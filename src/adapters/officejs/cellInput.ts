import { isDateValue, isErrorValue, type CellValue } from '../../core/cell';

/**
 * What to put in Range.values so Excel stores exactly the core's value.
 *
 * Range.values reads strings the way a user's typing is read: "=…", "+…", "-…", "@…" become formulas (formula
 * injection), "001" becomes 1, "2024-05-25" a date, "TRUE" a boolean, "#N/A" an error. A leading apostrophe is
 * Excel's own "this is text" prefix: it is stored as the cell's quote-prefix flag, not as part of the value, and it
 * works in every Excel version (a '@' number format would also need an extra range write and is not honoured
 * when a value is pasted over). So any string Excel could re-interpret gets one; plain text stays untouched.
 */
export function toExcelInput(v: CellValue): string | number | boolean {
  if (v === null) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? v : '';
  if (typeof v === 'boolean') return v;
  if (isDateValue(v)) return dateToSerial(v.date);
  if (isErrorValue(v)) return v.error; // Excel turns #N/A etc. back into the error it was
  return needsQuotePrefix(v) ? `'${v}` : v;
}

// A formula trigger or control character first, an apostrophe (which Excel would swallow), or anything that
// starts like a number, date, time, percentage or currency amount.
const RISKY_START = /^[=+\-@\t\r\n'#]|^[\s\u3000]*[-+.(（$¥￥€£]?[\s\u3000]*[0-9０-９]/;
const KEYWORD = /^[\s\u3000]*(true|false)[\s\u3000]*$/i;
// English month names followed by a number read as dates ("May 2024", "Jan-5").
const MONTH_DATE = /^[\s\u3000]*(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[\s\-/,]*\d/i;

export function needsQuotePrefix(s: string): boolean {
  return RISKY_START.test(s) || KEYWORD.test(s) || MONTH_DATE.test(s);
}

/** Excel's serial day number (1900 date system) for yyyy-mm-dd or yyyy-mm-ddThh:mm:ss. */
export function dateToSerial(iso: string): number {
  const ms = Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : `${iso}Z`);
  if (Number.isNaN(ms)) return NaN;
  return ms / 86400000 + 25569;
}

/** The ISO text the core uses for a date cell. */
export function serialToDate(serial: number): { date: string } | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2958465) return null;
  // Serials before 1900-03-01 are off by Excel's phantom 1900-02-29; lianfang's dates are all later.
  const ms = Math.round((serial - 25569) * 86400000);
  const iso = new Date(ms).toISOString();
  return { date: iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19) };
}

/** True for number formats that show a date or time (quoted text and [colour] sections ignored). */
export function isDateFormat(fmt: string | undefined): boolean {
  if (!fmt || fmt === 'General' || fmt === '@') return false;
  const bare = fmt
    .split(';')[0]
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[(?!h\]|m\]|s\])[^\]]*\]/gi, '');
  return /[ymdhs]/i.test(bare) || /[年月日]/.test(fmt);
}
