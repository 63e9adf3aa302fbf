import { append } from '../append';
import { rangeAddress } from '../a1';
import type { CellValue } from '../cell';
import type { Pack } from '../forms/pack';
import type { Form } from '../forms/schema';
import type { CellStyle, Op } from '../ops';
import {
  estimateHeight,
  fitBlankRows,
  groupRuns,
  levelFills,
  numberInside,
  orientationOf,
  printedWidth,
  runLengths,
  validations,
} from './formParts';
import { drawnForm, layoutForm, printedLabel, type FormLayout, type Place } from './layout';
import { drawLegend } from './legend';
import { bodyRecords, type RowRecord } from './rows';
import { PAGE_FOOTER, STYLE } from './styles';

export interface FormSheetRequest {
  pack: Pack;
  form: Form;
  sheet: string;
  /** Defined name anchoring the title cell (see meta/schema.ts). */
  anchor: string;
  header?: Record<string, string | number | null>;
  rows?: RowRecord[];
  /** A pledge's own words, where its signer typed them: printed instead of the plan's model text. */
  words?: string;
}

export interface FormSheetPlan {
  ops: Op[];
  layout: FormLayout;
}

const SIGN_PLACEHOLDER = '年　　月　　日';

/** Builds one form's sheet as the plan prints it: title, header fields, table, sign-off blocks, 备注 last. */
export function buildFormSheet(req: FormSheetRequest): FormSheetPlan {
  const { pack, sheet } = req;
  const form = drawnForm(req.form);
  const records = bodyRecords(form, req.rows);
  const layout = layoutForm(form, records.length);
  const P = layout.printedColumns;
  const grid: CellValue[][] = Array.from({ length: layout.lastRow }, () =>
    Array<CellValue>(layout.totalColumns).fill(null),
  );
  const ops: Op[] = [];
  const heights = new Map<number, number>();
  const pen = {
    set: (r: number, c: number, v: CellValue) => (grid[r - 1][c - 1] = v),
    merge: (r1: number, c1: number, r2: number, c2: number) => {
      if (r1 !== r2 || c1 !== c2) ops.push({ kind: 'merge', sheet, range: rangeAddress(r1, c1, r2, c2) });
    },
    style: (r1: number, c1: number, r2: number, c2: number, s: CellStyle) =>
      ops.push({ kind: 'style', sheet, range: rangeAddress(r1, c1, r2, c2), style: s }),
  };
  const { set, merge, style } = pen;
  const widthOf = (from: number, to: number) => layout.widths.slice(from - 1, to).reduce((a, b) => a + b, 0);
  /** A label and its value, each merged over its columns. */
  const pair = (p: Place, label: string, value: CellValue, look: { label: CellStyle; value: CellStyle }) => {
    set(p.row, p.label[0], label);
    set(p.row, p.value[0], value);
    merge(p.row, p.label[0], p.row, p.label[1]);
    merge(p.row, p.value[0], p.row, p.value[1]);
    style(p.row, p.label[0], p.row, p.label[1], look.label);
    style(p.row, p.value[0], p.row, p.value[1], look.value);
  };

  if (layout.attachmentRow) {
    set(layout.attachmentRow, 1, form.attachment!);
    style(layout.attachmentRow, 1, layout.attachmentRow, 1, STYLE.attachment);
  }
  set(layout.titleRow, 1, form.title);
  merge(layout.titleRow, 1, layout.titleRow, P);
  style(layout.titleRow, 1, layout.titleRow, P, STYLE.title);
  heights.set(layout.titleRow, 34);
  if (layout.legendRow) {
    drawLegend(pack, layout.legendRow, 1, P, pen);
    heights.set(layout.legendRow, 20);
  }

  for (const h of form.header) {
    const p = layout.fields[h.key];
    const line = layout.lineFields.has(h.key);
    const look = line
      ? { label: STYLE.lineLabel, value: STYLE.lineValue }
      : { label: STYLE.signLabel, value: { ...STYLE.fieldValue, ...STYLE.boxed } };
    const value = req.header?.[h.key] ?? null;
    pair(p, printedLabel(h, line), value, look);
    const tall = h.long ? Math.max(60, estimateHeight(String(value ?? ''), widthOf(...p.value), 15)) : 24;
    heights.set(p.row, Math.max(heights.get(p.row) ?? 0, tall));
  }
  /** A paragraph across the printed table (the D3 pledge, the plan's 备注), as tall as its wrapped text. */
  const paragraph = (r: number, text: string, look: CellStyle, lineHeight: number) => {
    set(r, 1, text);
    merge(r, 1, r, P);
    style(r, 1, r, P, look);
    heights.set(r, estimateHeight(text, printedWidth(layout), lineHeight));
  };
  if (layout.pledgeRow) paragraph(layout.pledgeRow, req.words || form.pledge!, STYLE.pledge, 16);

  const span = (key: string) => layout.columnSpan[key];
  const isEmpty = (rec: RowRecord) =>
    form.columns.every((c) => c.kind === 'seq' || c.group || rec[c.key] === undefined || rec[c.key] === null);
  if (layout.letter) {
    // 承诺人：刘文斌 / 2010年3月26日 right under the text, as the plan closes its pledge: no heading, no grid.
    const rec = records[0] ?? {};
    const r = layout.bodyStart;
    const [who, when] = form.columns;
    set(r, 2, `${who.label}：`);
    style(r, 2, r, 2, { ...STYLE.letterClose, h: 'right' });
    form.columns.forEach((c, i) => {
      set(r + i, 3, rec[c.key] ?? (c === when ? '　　年　　月　　日' : null));
      style(r + i, 3, r + i, 3, STYLE.letterClose);
      heights.set(r + i, 30);
    });
    heights.set(layout.headerRow, 24);
  } else drawTable();
  for (const s of form.signoff) {
    const r = layout.signoffRows[s.role];
    if (!r) continue; // signed in its header field
    const mark = s.seal ? `（盖章）\n${SIGN_PLACEHOLDER}` : `（签字）\n${SIGN_PLACEHOLDER}`;
    pair(layout.signoffs[s.role], s.label, mark, { label: STYLE.signLabel, value: STYLE.signValue });
    heights.set(r, s.seal ? 72 : 48);
  }
  form.handSigned.forEach((h, i) => {
    const p = layout.handRows[i];
    pair(p, h.label, h.mark ?? `（签字）\n${SIGN_PLACEHOLDER}`, { label: STYLE.signLabel, value: STYLE.signValue });
    heights.set(p.row, 48);
  });
  if (layout.footerRow) paragraph(layout.footerRow, form.footer!, STYLE.footer, 14);

  fitBlankRows(form, layout, records.map(isEmpty), heights);

  // Values first as one block, so hosts write the whole sheet in one request.
  ops.unshift({ kind: 'setValues', sheet, at: 'A1', values: grid });
  ops.unshift({ kind: 'addSheet', sheet });
  ops.push({ kind: 'columnWidths', sheet, widths: layout.widths });
  for (const [row, height] of heights) ops.push({ kind: 'rowHeight', sheet, row, height });
  if (!layout.letter) ops.push({ kind: 'freeze', sheet, rows: layout.headerRow, columns: 0 });
  if (!layout.letter) append(ops, validations(pack, form, sheet, layout));
  append(ops, levelFills(pack, form, sheet, layout));
  ops.push({
    kind: 'pageSetup',
    sheet,
    setup: {
      orientation: orientationOf(form, printedWidth(layout)),
      paper: 'A4',
      fitToWidth: true,
      // A letter repeats its title only; a table its title, header lines and heading.
      titleRows: `${layout.titleRow}:${layout.letter ? layout.titleRow : layout.headerRow}`,
      printArea: rangeAddress(1, 1, layout.lastRow, P),
      footer: PAGE_FOOTER,
    },
  });
  ops.push({ kind: 'defineName', name: req.anchor, sheet, range: `$A$${layout.titleRow}` });
  return { ops, layout };

  function drawTable() {
    for (const c of form.columns) {
      const [a, b] = span(c.key);
      set(layout.headerRow, a, c.label);
      merge(layout.headerRow, a, layout.headerRow, b);
    }
    style(layout.headerRow, 1, layout.headerRow, P, STYLE.header);
    if (layout.totalColumns > P)
      style(layout.headerRow, P + 1, layout.headerRow, layout.totalColumns, STYLE.extraHeader);
    heights.set(layout.headerRow, 32);

    const runs = runLengths(form, records);
    // An empty row is filled in by hand on paper as often as on screen: give it room to write.
    const writeIn = form.columns.some((c) => c.kind === 'longtext' && !c.extra) ? 30 : 22;
    records.forEach((rec, i) => {
      const r = layout.bodyStart + i;
      for (const c of form.columns) {
        const [a, b] = span(c.key);
        set(r, a, rec[c.key] ?? null);
        if (!c.group) merge(r, a, r, b);
      }
      // A group cell is merged down over its group's rows, so it does not decide one row's height.
      const tallest = Math.max(
        isEmpty(rec) ? writeIn : 20,
        ...form.columns.map((c) => {
          const h = estimateHeight(String(rec[c.key] ?? ''), widthOf(...span(c.key)), 15);
          return c.group ? h / runs[i] : h;
        }),
      );
      heights.set(r, tallest);
    });
    style(layout.bodyStart, 1, layout.bodyEnd, layout.totalColumns, STYLE.body);
    for (const c of form.columns)
      if (
        c.group ||
        ['seq', 'level', 'choice', 'score', 'percent', 'yesno', 'date', 'timeLimit', 'count'].includes(c.kind)
      )
        style(layout.bodyStart, span(c.key)[0], layout.bodyEnd, span(c.key)[1], STYLE.bodyCentered);
    const g = form.columns.find((c) => c.group);
    if (g)
      for (const [a, b] of groupRuns(form, records))
        merge(layout.bodyStart + a, span(g.key)[0], layout.bodyStart + b, span(g.key)[1]);
    append(ops, numberInside(form, sheet, layout, records));
  }
}
