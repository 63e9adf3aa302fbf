/** Plain cell values as every adapter hands them to the core. */
export type Scalar = string | number | boolean | null;
/** A real date cell (ISO yyyy-mm-dd, or yyyy-mm-ddThh:mm:ss when it has a time), or a formula error such as #REF!. */
export type CellValue = Scalar | { date: string } | { error: string };

export const isDateValue = (v: CellValue): v is { date: string } => typeof v === 'object' && v !== null && 'date' in v;
export const isErrorValue = (v: CellValue): v is { error: string } =>
  typeof v === 'object' && v !== null && 'error' in v;

/** Blank means nothing a person would call content: null, empty or only (full-width) spaces. */
export function isBlank(v: CellValue | undefined): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v === 'string') return v.replace(/[\s\u3000]/g, '') === '';
  return false;
}

/** The text a person sees for a value, used for matching labels and messages. */
export function displayText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (isDateValue(v)) return v.date;
  return v.error;
}
