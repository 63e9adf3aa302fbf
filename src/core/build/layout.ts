import type { Form } from '../forms/schema';

/** Where each part of a form sits on its sheet (1-based rows and columns). */
export interface FormLayout {
  attachmentRow?: number;
  titleRow: number;
  /** One row per header field, in the form's order. */
  fieldRows: Record<string, number>;
  /** D3: the pledge text block. */
  pledgeRow?: number;
  headerRow: number;
  bodyStart: number;
  bodyEnd: number;
  footerRow?: number;
  signoffRows: Record<string, number>;
  /** Columns of the plan's own table (printed); lianfang's assessment columns follow. */
  printedColumns: number;
  totalColumns: number;
  lastRow: number;
  /** How many columns a label (header field, sign-off) spans before its value cell. */
  labelSpan: number;
}

/** Approximate width units of a label: CJK characters count double. */
export const textWidth = (s: string): number => [...s].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);

export const columnWidth = (c: Form['columns'][number]): number => c.width ?? 12;

export function labelSpanFor(form: Form): number {
  const printed = form.columns.filter((c) => !c.extra);
  const labels = [...form.header.map((h) => h.label), ...form.signoff.map((s) => s.label)];
  const need = Math.max(8, ...labels.map(textWidth)) + 2;
  let sum = 0;
  for (let i = 0; i < printed.length; i++) {
    sum += columnWidth(printed[i]);
    if (sum >= need) return Math.min(i + 1, Math.max(1, printed.length - 1));
  }
  return Math.max(1, printed.length - 1);
}

export function layoutForm(form: Form, bodyRowCount: number): FormLayout {
  let r = 1;
  const attachmentRow = form.attachment ? r++ : undefined;
  const titleRow = r++;
  const fieldRows: Record<string, number> = {};
  for (const h of form.header) fieldRows[h.key] = r++;
  const pledgeRow = form.pledge ? r++ : undefined;
  const headerRow = r++;
  const bodyStart = r;
  const bodyEnd = bodyStart + Math.max(1, bodyRowCount) - 1;
  r = bodyEnd + 1;
  const footerRow = form.footer ? r++ : undefined;
  const signoffRows: Record<string, number> = {};
  // A step signed in a header field (hangzhou 单位主要负责人(签字)) gets no block of its own.
  for (const s of form.signoff) if (!s.field) signoffRows[s.role] = r++;
  const printedColumns = form.columns.filter((c) => !c.extra).length;
  return {
    attachmentRow,
    titleRow,
    fieldRows,
    pledgeRow,
    headerRow,
    bodyStart,
    bodyEnd,
    footerRow,
    signoffRows,
    printedColumns,
    totalColumns: form.columns.length,
    lastRow: r - 1,
    labelSpan: labelSpanFor(form),
  };
}
