import { cellAddress, parseRange } from '../a1';
import type { CellValue } from '../cell';
import type { SheetSnapshot } from '../port';
import { cellAt, mergeHeadedBy } from '../port';
import type { RecognisedForm } from '../recognise/types';
import { canonicalValue, stampedValue } from './canonical';
import { displayedText } from './displayed';

/** See docs/canonical-form.md: what a version-2 stamp approves is the form as it prints. */
export const C14N_PRINTED = 'lianfang-c14n-2';

/** A table row: column key → value token; what the number format shows instead; whether the row is hidden. */
export interface PrintedRow {
  c: Record<string, string>;
  f?: Record<string, string>;
  h?: true;
}
/** A row of free text (title, labels, 备注 …): what each cell shows, left to right. */
export interface PrintedLine {
  c: string[];
  h?: true;
}

export interface PrintedContent {
  c14n: typeof C14N_PRINTED;
  form: string;
  /** Everything above the body: 附件 line, title, header labels, column headings (header values apart). */
  top: PrintedLine[];
  header: Record<string, string>;
  headerShown?: Record<string, string>;
  /** Header fields whose cell does not print (hidden row or column). */
  headerHidden?: string[];
  /** Form columns that do not print. */
  hiddenColumns?: string[];
  rows: PrintedRow[];
  totals?: PrintedRow[];
  /** Everything below the body except the sign-off cells: 备注 and any other line. */
  notes: PrintedLine[];
}

export interface PrintedRegion {
  form: RecognisedForm;
  sheet: SheetSnapshot;
  /** Header fields a sign-off step is signed in: their cells are sign-off cells, not content. */
  signedFields: readonly string[];
  /** Rows of this form on its sheet (another form may sit below or above on the same sheet). */
  firstRow: number;
  lastRow: number;
}

export interface PrintedResult {
  content: PrintedContent;
  /** Cells of the covered region that hold formulas: their cached value may not be what Excel prints. */
  formulas: string[];
}

/** The printed form: values with what their formats show, hidden rows and columns, and all text around the table. */
export function printedContent(r: PrintedRegion): PrintedResult {
  const { form, sheet } = r;
  const hiddenRows = new Set(sheet.hiddenRows ?? []);
  const hiddenCols = new Set(sheet.hiddenCols ?? []);
  const lastCol = Math.max(1, ...Object.values(form.columns));
  const formulas: string[] = [];
  /** A cell's token and what its format shows; `value` is recognition's reading of it where there is one. */
  const at = (row: number, col: number, value: CellValue = cellAt(sheet, row, col)) => {
    const address = cellAddress(row, col);
    if (sheet.formulas?.[address] !== undefined) formulas.push(address);
    return { token: canonicalValue(value), shown: displayedText(value, sheet.formats?.[address]) };
  };

  // Cells that are not free text: header values (their own part) and sign-off cells (checked against the stamps).
  const apart = new Set<string>();
  for (const [key, lv] of Object.entries(form.header)) if (!r.signedFields.includes(key)) apart.add(lv.cell);
  for (const s of Object.values(form.signoff)) for (const c of rangeCells(s.valueCell, sheet)) apart.add(c);
  for (const key of r.signedFields) {
    const cell = form.header[key]?.cell;
    if (cell) apart.add(cell);
  }

  const header: Record<string, string> = {};
  const headerShown: Record<string, string> = {};
  const headerHidden: string[] = [];
  for (const [key, lv] of Object.entries(form.header)) {
    if (r.signedFields.includes(key)) continue;
    const { top, left } = parseRange(lv.cell);
    const { token, shown } = at(top, left, stampedValue(lv));
    if (token !== null) header[key] = token;
    if (shown !== null) headerShown[key] = shown;
    if (token !== null && (hiddenRows.has(top) || hiddenCols.has(left))) headerHidden.push(key);
  }

  const tableRow = (row: RecognisedForm['rows'][number]): PrintedRow | null => {
    const c: Record<string, string> = {};
    const f: Record<string, string> = {};
    for (const [key, col] of Object.entries(form.columns)) {
      // Recognition repeats a vertically merged group cell on every row it covers: its reading is the value.
      const { token, shown } = at(row.row, col, row.cells[key] ?? null);
      if (token !== null) c[key] = token;
      if (shown !== null) f[key] = shown;
    }
    if (!Object.keys(c).length) return null;
    return { c, ...(Object.keys(f).length ? { f } : {}), ...(hiddenRows.has(row.row) ? { h: true as const } : {}) };
  };
  const rows = form.rows.map(tableRow).filter((x): x is PrintedRow => x !== null);
  const totals = (form.totals ?? []).map(tableRow).filter((x): x is PrintedRow => x !== null);

  const line = (row: number): PrintedLine | null => {
    const c: string[] = [];
    for (let col = 1; col <= lastCol; col++) {
      if (hiddenCols.has(col) || apart.has(cellAddress(row, col))) continue;
      const { token, shown } = at(row, col);
      const text = shown ?? (token === null ? null : token.slice(2));
      if (text) c.push(text);
    }
    return c.length ? { c, ...(hiddenRows.has(row) ? { h: true as const } : {}) } : null;
  };
  const lines = (from: number, to: number) => {
    const out: PrintedLine[] = [];
    for (let row = from; row <= to; row++) {
      const l = line(row);
      if (l) out.push(l);
    }
    return out;
  };
  const headEnd = form.headerEnd ?? form.headerRow;
  const hiddenColumns = Object.entries(form.columns)
    .filter(([, col]) => hiddenCols.has(col))
    .map(([key]) => key)
    .sort();

  const content: PrintedContent = {
    c14n: C14N_PRINTED,
    form: form.form,
    top: lines(r.firstRow, headEnd),
    header,
    ...(Object.keys(headerShown).length ? { headerShown } : {}),
    ...(headerHidden.length ? { headerHidden: headerHidden.sort() } : {}),
    ...(hiddenColumns.length ? { hiddenColumns } : {}),
    rows,
    ...(totals.length ? { totals } : {}),
    notes: lines(Math.max(form.bodyEnd, headEnd) + 1, r.lastRow),
  };
  return { content, formulas: [...new Set(formulas)] };
}

/** The cells of the merged range a cell heads (just the cell when it heads none). */
function rangeCells(cell: string, sheet: SheetSnapshot): string[] {
  const c = parseRange(cell);
  const b = mergeHeadedBy(sheet, c.top, c.left);
  if (!b) return [cell];
  const out: string[] = [];
  for (let row = b.top; row <= b.bottom; row++)
    for (let col = b.left; col <= b.right; col++) out.push(cellAddress(row, col));
  return out;
}
