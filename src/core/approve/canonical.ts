import { isDateValue, isErrorValue, type CellValue } from '../cell';
import { sha256Hex, utf8 } from '../crypto';
import type { LocatedValue, RecognisedForm } from '../recognise/types';
import { stableJson } from './stableJson';

/** See docs/canonical-form.md. Changing anything here needs a new version string. */
export const C14N_VERSION = 'lianfang-c14n-1';

/**
 * One cell as a tagged token ("s:张三", "n:1.5", "d:2024-05-25"), or null when blank.
 * Blank: null, or a string that is empty after trimming (ordinary, full-width and other Unicode spaces).
 */
export function canonicalValue(v: CellValue | undefined): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') {
    const s = v.normalize('NFC').replace(/\r\n?/g, '\n').trim();
    return s === '' ? null : `s:${s}`;
  }
  if (typeof v === 'number') return Number.isFinite(v) ? `n:${canonicalNumber(v)}` : null;
  if (typeof v === 'boolean') return v ? 'b:TRUE' : 'b:FALSE';
  if (isDateValue(v)) return `d:${canonicalDate(v.date)}`;
  if (isErrorValue(v)) return `e:${v.error.trim().toUpperCase()}`;
  return null;
}

/** Excel keeps 15 significant digits; the rest is binary noise that differs between writers. */
export function canonicalNumber(n: number): string {
  const x = Number(n.toPrecision(15));
  return String(Object.is(x, -0) ? 0 : x);
}

/** yyyy-mm-dd, or yyyy-mm-ddThh:mm:ss when there is a time of day (midnight counts as none). */
export function canonicalDate(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(iso.trim());
  if (!m) return iso.trim();
  const [, day, hh = '00', mm = '00', ss = '00'] = m;
  return hh === '00' && mm === '00' && ss === '00' ? day : `${day}T${hh}:${mm}:${ss}`;
}

/** What a stamp approves: the form's header fields and body rows, blanks left out. */
export interface CanonicalContent {
  c14n: typeof C14N_VERSION;
  form: string;
  /** Header field key → token. */
  header: Record<string, string>;
  /** Non-blank body rows in sheet order: column key → token. */
  rows: Array<Record<string, string>>;
  /** Typed 合计 / 小计 rows, when recognition found any. */
  totals?: Array<Record<string, string>>;
}

/**
 * @param signedFields header fields a sign-off step is signed in (hangzhou 单位主要负责人(签字)): the stamp
 * itself is written there, so they are not part of what is approved.
 */
export function canonicalContent(form: RecognisedForm, signedFields: readonly string[] = []): CanonicalContent {
  const header: Record<string, string> = {};
  for (const [key, lv] of Object.entries(form.header)) {
    if (signedFields.includes(key)) continue;
    const t = canonicalValue(stampedValue(lv));
    if (t !== null) header[key] = t;
  }
  const rows = canonicalRows(form, form.rows);
  const totals = canonicalRows(form, form.totals ?? []);
  return { c14n: C14N_VERSION, form: form.form, header, rows, ...(totals.length ? { totals } : {}) };
}

function canonicalRows(form: RecognisedForm, rows: RecognisedForm['rows']): CanonicalContent['rows'] {
  const out: CanonicalContent['rows'] = [];
  for (const row of rows) {
    const cells: Record<string, string> = {};
    for (const key of Object.keys(form.columns)) {
      const t = canonicalValue(row.cells[key]);
      if (t !== null) cells[key] = t;
    }
    if (Object.keys(cells).length) out.push(cells);
  }
  return out;
}

export const canonicalBytes = (c: CanonicalContent): Uint8Array => utf8(stableJson(c));

export const contentDigest = (c: CanonicalContent): Promise<string> => sha256Hex(canonicalBytes(c));

/** The token as a person reads it: "n:1.5" → "1.5". */
export const tokenText = (t: string | null | undefined): string => (t ? t.slice(2) : '');

/**
 * What a stamp covers of a header value: as read, but for one typed after its label in the label's own cell, which is
 * taken as NFKC text on one line, as lianfang always read it. Printing it as typed (its ；and its lines) then breaks
 * no stamp signed before.
 */
export function stampedValue(lv: LocatedValue): CellValue {
  return lv.inCell && typeof lv.value === 'string' ? lv.value.normalize('NFKC').replace(/\s+/g, ' ').trim() : lv.value;
}
