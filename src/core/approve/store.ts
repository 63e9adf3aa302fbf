import { z } from 'zod';
import type { CellValue } from '../cell';
import type { Op } from '../ops';
import type { WorkbookSnapshot } from '../port';
import { C14N_VERSION } from './canonical';
import type { ApprovedContent } from './content';
import { C14N_PRINTED } from './printed';
import { StampSchema, type Stamp } from './stamp';

/**
 * The machine-readable stamps live in a veryHidden sheet: A1 holds a versioned header, each later row one
 * JSON record split over as many cells as it needs (a cell holds at most 32 767 characters).
 * Everything read back is parsed with zod: the sheet is user-editable and never trusted for its shape.
 */
export const STAMPS_SHEET = '_lianfang_stamps';
export const STORE_SCHEMA = 1;
const CHUNK = 30_000;
const MAX_RECORD = 2_000_000;

const token = z
  .string()
  .regex(/^[sndbe]:/)
  .max(40_000);
const key = z.string().regex(/^[a-z][A-Za-z0-9]*$/);
export const CanonicalContentSchema = z
  .object({
    c14n: z.literal(C14N_VERSION),
    form: z.string().regex(/^[A-Z][0-9]{1,2}$/),
    header: z.record(key, token),
    rows: z.array(z.record(key, token)).max(20_000),
    totals: z.array(z.record(key, token)).max(1_000).optional(),
  })
  .strict();

const shownText = z.string().max(40_000);
const line = z.object({ c: z.array(shownText).max(500), h: z.literal(true).optional() }).strict();
const tableRow = z
  .object({ c: z.record(key, token), f: z.record(key, shownText).optional(), h: z.literal(true).optional() })
  .strict();
export const PrintedContentSchema = z
  .object({
    c14n: z.literal(C14N_PRINTED),
    form: z.string().regex(/^[A-Z][0-9]{1,2}$/),
    top: z.array(line).max(200),
    header: z.record(key, token),
    headerShown: z.record(key, shownText).optional(),
    headerHidden: z.array(key).optional(),
    hiddenColumns: z.array(key).optional(),
    rows: z.array(tableRow).max(20_000),
    totals: z.array(tableRow).max(1_000).optional(),
    notes: z.array(line).max(2_000),
  })
  .strict();

const HeaderSchema = z.object({ app: z.literal('lianfang-stamps'), schema: z.literal(STORE_SCHEMA) }).strict();
const RecordSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('stamp'), stamp: StampSchema }).strict(),
  z
    .object({
      type: z.literal('content'),
      digest: z.string().regex(/^[0-9a-f]{64}$/),
      content: z.union([CanonicalContentSchema, PrintedContentSchema]),
    })
    .strict(),
]);

export interface StoreProblem {
  code: 'stamps_sheet_unreadable' | 'stamp_record_invalid';
  /** Sheet row of the record that could not be read. */
  row?: number;
}

export interface StampStore {
  /** Whether the workbook has a stamps sheet at all. */
  present: boolean;
  /** Every stamp in stored order (all forms, all rounds). */
  stamps: Stamp[];
  /** Approved content by digest, so verification can name the cells that changed. */
  contents: Map<string, ApprovedContent>;
  problems: StoreProblem[];
}

export function readStampStore(wb: WorkbookSnapshot): StampStore {
  const sheet = wb.sheets.find((s) => s.name === STAMPS_SHEET);
  const store: StampStore = { present: !!sheet, stamps: [], contents: new Map(), problems: [] };
  if (!sheet) return store;
  const head = parseJson(sheet.rows[0]?.[0]);
  if (!HeaderSchema.safeParse(head).success) {
    store.problems.push({ code: 'stamps_sheet_unreadable', row: 1 });
    return store;
  }
  for (let r = 1; r < sheet.rows.length; r++) {
    const cells = sheet.rows[r] ?? [];
    if (cells.every((c) => c === null || c === '')) continue;
    const text = joinChunks(cells);
    const rec = RecordSchema.safeParse(text === null ? undefined : parseJson(text));
    if (!rec.success) {
      store.problems.push({ code: 'stamp_record_invalid', row: r + 1 });
      continue;
    }
    if (rec.data.type === 'stamp') store.stamps.push(rec.data.stamp);
    else store.contents.set(rec.data.digest, rec.data.content as ApprovedContent);
  }
  return store;
}

/** Rewrites the whole stamps sheet: one header row, then the stamps, then the content each one approved. */
export function stampStoreOps(
  stamps: readonly Stamp[],
  contents: ReadonlyMap<string, ApprovedContent>,
  exists: boolean,
): Op[] {
  const records: unknown[] = stamps.map((stamp) => ({ type: 'stamp', stamp }));
  const used = new Set(stamps.map((s) => s.digest));
  for (const [digest, content] of contents) if (used.has(digest)) records.push({ type: 'content', digest, content });
  const rows: CellValue[][] = [
    [JSON.stringify({ app: 'lianfang-stamps', schema: STORE_SCHEMA })],
    ...records.map((r) => splitChunks(JSON.stringify(r))),
  ];
  const width = Math.max(...rows.map((r) => r.length));
  const values = rows.map((r) => [...r, ...Array<CellValue>(width - r.length).fill(null)]);
  return [
    exists
      ? { kind: 'clearSheet', sheet: STAMPS_SHEET }
      : { kind: 'addSheet', sheet: STAMPS_SHEET, visibility: 'veryHidden' },
    { kind: 'setValues', sheet: STAMPS_SHEET, at: 'A1', values },
  ];
}

/** Cuts never fall beside a space (some writers trim cell text) or inside a surrogate pair. */
function splitChunks(s: string): string[] {
  const out: string[] = [];
  const bad = (i: number) => /\s/.test(s[i - 1]) || /\s/.test(s[i]) || /[\udc00-\udfff]/.test(s[i]);
  let start = 0;
  while (s.length - start > CHUNK) {
    let end = start + CHUNK;
    while (end > start + 1 && bad(end)) end--;
    out.push(s.slice(start, end));
    start = end;
  }
  out.push(s.slice(start));
  return out;
}

function joinChunks(cells: CellValue[]): string | null {
  let s = '';
  for (const c of cells) {
    if (c === null) break;
    if (typeof c !== 'string') return null;
    s += c;
    if (s.length > MAX_RECORD) return null;
  }
  return s;
}

function parseJson(v: unknown): unknown {
  if (typeof v !== 'string' || v.length > MAX_RECORD) return undefined;
  try {
    return JSON.parse(v);
  } catch {
    return undefined;
  }
}
