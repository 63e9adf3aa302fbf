/**
 * CSV that a spreadsheet will not execute: a field starting with = + - @ (or tab / CR) is prefixed
 * with an apostrophe (OWASP "CSV injection"), and every field that needs it is quoted.
 */
const ACTIVE = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  const safe = ACTIVE.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const csvRow = (values: ReadonlyArray<string | number | boolean | null | undefined>): string =>
  values.map(csvCell).join(',');
