import { sha256Hex, utf8 } from '../crypto';
import type { WorkbookSnapshot } from '../port';
import { canonicalContent, C14N_VERSION, type CanonicalContent } from './canonical';
import { signedFields, type StampableForm } from './locate';
import { C14N_PRINTED, printedContent, type PrintedContent } from './printed';
import { stableJson } from './stableJson';

/** The canonical-form versions a stamp may name; new stamps use the last. */
export const C14N_VERSIONS = [C14N_VERSION, C14N_PRINTED] as const;
export type C14nVersion = (typeof C14N_VERSIONS)[number];
export const CURRENT_C14N: C14nVersion = C14N_PRINTED;

export type ApprovedContent = CanonicalContent | PrintedContent;

export interface ContentNow {
  content: ApprovedContent;
  /** Formula cells in what a version-2 stamp covers (none for version 1, which never looked). */
  formulas: string[];
}

/** What a stamp of the given canonical-form version approves on this form, read from the workbook now. */
export function contentOf(wb: WorkbookSnapshot, f: StampableForm, version: C14nVersion): ContentNow {
  if (version === C14N_VERSION) return { content: canonicalContent(f.found, signedFields(f.def)), formulas: [] };
  const sheet = wb.sheets.find((s) => s.name === f.found.sheet) ?? {
    name: f.found.sheet,
    visibility: 'visible' as const,
    rows: [],
    merges: [],
  };
  return printedContent({
    form: f.found,
    sheet,
    signedFields: signedFields(f.def),
    firstRow: f.firstRow ?? 1,
    lastRow: f.lastRow ?? sheet.rows.length,
  });
}

/** Canonical bytes: deterministic JSON (sorted keys, no white space), UTF-8. */
export const contentBytes = (c: ApprovedContent): Uint8Array => utf8(stableJson(c));
export const digestOf = (c: ApprovedContent): Promise<string> => sha256Hex(contentBytes(c));
