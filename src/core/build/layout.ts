import type { Form, HeaderField } from '../forms/schema';

/** A label and its value on one row: the sheet columns each takes (1-based, inclusive). */
export interface Place {
  row: number;
  label: [number, number];
  value: [number, number];
}

/** Where each part of a form sits on its sheet (1-based rows and columns). */
export interface FormLayout {
  attachmentRow?: number;
  titleRow: number;
  /** The 颜色标识 line under the title, on forms with a level column. */
  legendRow?: number;
  /** Each header field's row (several fields may share one). */
  fieldRows: Record<string, number>;
  fields: Record<string, Place>;
  /** Header fields printed as a line above the grid (单位名称:(盖章)), unboxed. */
  lineFields: Set<string>;
  /** D3: the pledge text block. */
  pledgeRow?: number;
  headerRow: number;
  bodyStart: number;
  bodyEnd: number;
  /** The sign-off blocks that have a row of their own (a step signed in a header field has none). */
  signoffRows: Record<string, number>;
  signoffs: Record<string, Place>;
  /**
   * A letter (D3 廉政承诺书): no table heading; the pledge closes as the plan prints it, 承诺人： beside the name and
   * the date on the line below, right of a blank first column (recognition reads it as a form typed as text).
   */
  letter: boolean;
  /** Blocks signed on paper only (form.handSigned), after the chain's. */
  handRows: Place[];
  /** The plan's 备注: the last line, after the sign-off blocks. */
  footerRow?: number;
  /** Each form column's sheet columns: a column may be printed over several (A3 风险点表现形式). */
  columnSpan: Record<string, [number, number]>;
  /** Sheet columns of the plan's own table (printed); lianfang's assessment columns follow. */
  printedColumns: number;
  totalColumns: number;
  /** Width of every sheet column, in Excel character units. */
  widths: number[];
  lastRow: number;
}

const LETTER_INDENT = 44;
const LETTER_LABEL = 12;

/** Approximate width units of a label: CJK characters count double. */
export const textWidth = (s: string): number => [...s].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);

export const columnWidth = (c: Form['columns'][number]): number =>
  c.widths ? c.widths.reduce((a, b) => a + b, 0) : (c.width ?? 12);

/** How a header field's label is printed: 单位名称:(盖章) as the plans print it above their tables, else 填报单位:. */
export function printedLabel(h: HeaderField, line: boolean): string {
  if (!line) return h.label;
  const m = /^(.*?)(\([^)]*盖章[^)]*\))$/.exec(h.label);
  return m ? `${m[1]}：${m[2]}` : `${h.label}：`;
}

/** Boxed forms (one per person or unit) print their fields inside the grid; the seal line stays above it. */
const isLine = (form: Form, h: HeaderField) =>
  h.seal || !['perPerson', 'perUnit', 'pledge'].includes(form.kind) || form.kind === 'pledge';

/** Header fields grouped into printed rows: a field marked `inline` shares the row of the one before. */
export function headerLines(form: Form): HeaderField[][] {
  const lines: HeaderField[][] = [];
  for (const h of form.header) {
    const last = lines[lines.length - 1];
    if (h.inline && last && isLine(form, last[0]) === isLine(form, h)) last.push(h);
    else lines.push([h]);
  }
  return lines;
}

/** The fewest leading columns of `cols` whose widths reach `need` (leaving at least `keep` for the value). */
function take(widths: number[], from: number, to: number, need: number, keep = 1): number {
  let sum = 0;
  for (let c = from; c <= to - keep; c++) {
    sum += widths[c - 1];
    if (sum >= need) return c;
  }
  return Math.max(from, to - keep);
}

/** Splits columns from..to into `k` runs of about equal width, each at least two columns (a label and a value). */
function split(widths: number[], from: number, to: number, k: number): Array<[number, number]> {
  const total = widths.slice(from - 1, to).reduce((a, b) => a + b, 0);
  const runs: Array<[number, number]> = [];
  let start = from;
  let sum = 0;
  for (let c = from; c <= to && runs.length < k - 1; c++) {
    sum += widths[c - 1];
    const left = to - c;
    const keep = 2 * (k - runs.length - 1);
    if (c - start >= 1 && left >= keep && (sum >= (total * (runs.length + 1)) / k || left === keep)) {
      runs.push([start, c]);
      start = c + 1;
    }
  }
  runs.push([start, to]);
  return runs;
}

/** The form as lianfang draws it: without the columns the plan does not print (read only where typed). */
export const drawnForm = (form: Form): Form =>
  form.columns.every((c) => c.printed) ? form : { ...form, columns: form.columns.filter((c) => c.printed) };

export function layoutForm(full: Form, bodyRowCount: number): FormLayout {
  const form = drawnForm(full);
  const printed = form.columns.filter((c) => !c.extra);
  const letter = form.kind === 'pledge';
  // A letter's closing sits right, under the text: 承诺人： beside the name, the date on the line below it.
  const widths: number[] = letter
    ? [LETTER_INDENT, LETTER_LABEL, Math.max(...form.columns.map((c) => c.width ?? 12))]
    : [];
  const columnSpan: Record<string, [number, number]> = {};
  for (const c of form.columns) {
    if (letter) {
      columnSpan[c.key] = [3, 3];
      continue;
    }
    const ws = c.widths ?? [c.width ?? 12];
    columnSpan[c.key] = [widths.length + 1, widths.length + ws.length];
    widths.push(...ws);
  }
  const P = letter ? 3 : printed.reduce((n, c) => n + (c.widths?.length ?? 1), 0);
  // Labels of boxed fields and sign-off blocks share one narrow column run; a long one wraps onto two lines.
  const lines = headerLines(form);
  const boxedLabels = [
    ...lines.filter((l) => l.length === 1 && !isLine(form, l[0])).map((l) => l[0].label),
    ...form.signoff.filter((s) => !s.field).map((s) => s.label),
    ...form.handSigned.map((h) => h.label),
  ];
  const labelNeed = Math.max(8, ...boxedLabels.map((l) => Math.ceil(textWidth(l) / 2) + 2));
  const labelEnd = take(widths, 1, P, labelNeed);
  // A seal signed in its header line (单位名称:(盖章)) is stamped beside the unit's name, never over it.
  const sealField = new Set(form.signoff.filter((x) => x.field && x.seal).map((x) => x.field!));
  const stampRuns: Record<string, [number, number]> = {};
  const place = (row: number, from: number, to: number, need: number, single: boolean): Place => {
    const end = single ? labelEnd : take(widths, from, to, need);
    return { row, label: [from, Math.min(end, to - 1)], value: [Math.min(end, to - 1) + 1, to] };
  };

  let r = 1;
  const attachmentRow = form.attachment ? r++ : undefined;
  const titleRow = r++;
  const legendRow = form.columns.some((c) => c.kind === 'level') ? r++ : undefined;
  const fieldRows: Record<string, number> = {};
  const fields: Record<string, Place> = {};
  const lineFields = new Set<string>();
  // A row of fields needs a label and a value column for each; a narrow table prints them one per row.
  const rows = lines.flatMap((l) => (l.length > 1 && 2 * l.length > P ? l.map((h) => [h]) : [l]));
  for (const line of rows) {
    const row = r++;
    const boxed = !isLine(form, line[0]);
    const runs = split(widths, 1, P, line.length);
    line.forEach((h, i) => {
      fieldRows[h.key] = row;
      if (!boxed) lineFields.add(h.key);
      const need = boxed ? Math.ceil(textWidth(h.label) / 2) + 2 : textWidth(printedLabel(h, true));
      const p = place(row, runs[i][0], runs[i][1], need, boxed && line.length === 1);
      const [v0, v1] = p.value;
      if (sealField.has(h.key) && v1 > v0) {
        const cut = v0 + Math.ceil((v1 - v0 + 1) / 2);
        p.value = [v0, cut - 1];
        stampRuns[h.key] = [cut, v1];
      }
      fields[h.key] = p;
    });
  }
  const pledgeRow = form.pledge ? r++ : undefined;
  // A letter prints no heading: its "heading" is the blank line between the text and the closing.
  const headerRow = r++;
  const bodyStart = r;
  // A letter closes on two lines (承诺人：…, then the date), whatever its one record holds.
  const bodyEnd = bodyStart + (letter ? form.columns.length : Math.max(1, bodyRowCount)) - 1;
  r = bodyEnd + 1;
  const signoffRows: Record<string, number> = {};
  const signoffs: Record<string, Place> = {};
  // A step signed in a header field (hangzhou 单位主要负责人(签字), a unit's seal) gets no block of its own.
  for (const s of form.signoff) {
    const f = s.field ? fields[s.field] : undefined;
    if (f) signoffs[s.role] = s.seal ? { row: f.row, label: f.value, value: stampRuns[s.field!] ?? f.value } : f;
    else {
      signoffRows[s.role] = r;
      signoffs[s.role] = place(r++, 1, P, labelNeed, true);
    }
  }
  const handRows = form.handSigned.map(() => place(r++, 1, P, labelNeed, true));
  const footerRow = form.footer ? r++ : undefined;
  return {
    attachmentRow,
    titleRow,
    legendRow,
    fieldRows,
    fields,
    lineFields,
    pledgeRow,
    headerRow,
    bodyStart,
    bodyEnd,
    signoffRows,
    signoffs,
    handRows,
    footerRow,
    letter,
    columnSpan,
    printedColumns: P,
    totalColumns: widths.length,
    widths,
    lastRow: r - 1,
  };
}
