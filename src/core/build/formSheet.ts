import { append } from '../append';
import { columnLetter, rangeAddress } from '../a1';
import type { CellValue } from '../cell';
import type { Pack } from '../forms/pack';
import type { Form } from '../forms/schema';
import type { CellStyle, Op, ValidationRule } from '../ops';
import { layoutForm, textWidth, columnWidth, type FormLayout } from './layout';
import { bodyRecords, recordToRow, type RowRecord } from './rows';
import { LANDSCAPE_WIDTH, PAGE_FOOTER, PAGE_POINTS, POINTS_PER_WIDTH_UNIT, STYLE } from './styles';

export interface FormSheetRequest {
  pack: Pack;
  form: Form;
  sheet: string;
  /** Defined name anchoring the title cell (see meta/schema.ts). */
  anchor: string;
  header?: Record<string, string | number | null>;
  rows?: RowRecord[];
}

export interface FormSheetPlan {
  ops: Op[];
  layout: FormLayout;
}

const SIGN_PLACEHOLDER = '年　　月　　日';

/** Builds one form's sheet as the plan prints it: title, header fields, table, 备注, sign-off block. */
export function buildFormSheet(req: FormSheetRequest): FormSheetPlan {
  const { pack, form, sheet } = req;
  const records = bodyRecords(form, req.rows);
  const layout = layoutForm(form, records.length);
  const cols = layout.totalColumns;
  const printed = layout.printedColumns;
  const grid: CellValue[][] = Array.from({ length: layout.lastRow }, () => Array<CellValue>(cols).fill(null));
  const set = (r: number, c: number, v: CellValue) => (grid[r - 1][c - 1] = v);
  const ops: Op[] = [];
  const merge = (r1: number, c1: number, r2: number, c2: number) => {
    if (r1 !== r2 || c1 !== c2) ops.push({ kind: 'merge', sheet, range: rangeAddress(r1, c1, r2, c2) });
  };
  const style = (r1: number, c1: number, r2: number, c2: number, s: CellStyle) =>
    ops.push({ kind: 'style', sheet, range: rangeAddress(r1, c1, r2, c2), style: s });
  const widths = form.columns.map(columnWidth);
  const heights = new Map<number, number>();

  if (layout.attachmentRow) {
    set(layout.attachmentRow, 1, form.attachment!);
    style(layout.attachmentRow, 1, layout.attachmentRow, 1, STYLE.attachment);
  }
  set(layout.titleRow, 1, form.title);
  merge(layout.titleRow, 1, layout.titleRow, printed);
  style(layout.titleRow, 1, layout.titleRow, printed, STYLE.title);
  heights.set(layout.titleRow, 34);

  const span = layout.labelSpan;
  const boxed = form.kind !== 'list' && form.kind !== 'checklist' && form.kind !== 'rollup';
  for (const h of form.header) {
    const r = layout.fieldRows[h.key];
    set(r, 1, h.label);
    set(r, span + 1, req.header?.[h.key] ?? null);
    merge(r, 1, r, span);
    merge(r, span + 1, r, printed);
    style(r, 1, r, span, { ...STYLE.fieldLabel, ...(boxed ? STYLE.boxed : {}) });
    style(r, span + 1, r, printed, { ...STYLE.fieldValue, ...(boxed ? STYLE.boxed : {}) });
    heights.set(r, h.long ? 60 : 22);
  }
  const printedWidth = widths.slice(0, printed).reduce((a, b) => a + b, 0);
  /** A paragraph across the printed table (the D3 pledge, the plan's 备注), as tall as its wrapped text. */
  const paragraph = (r: number, text: string, look: CellStyle, lineHeight: number) => {
    set(r, 1, text);
    merge(r, 1, r, printed);
    style(r, 1, r, printed, look);
    heights.set(r, estimateHeight(text, printedWidth, lineHeight));
  };
  if (layout.pledgeRow) paragraph(layout.pledgeRow, form.pledge!, STYLE.pledge, 16);

  form.columns.forEach((c, i) => set(layout.headerRow, i + 1, c.label));
  style(layout.headerRow, 1, layout.headerRow, printed, STYLE.header);
  if (cols > printed) style(layout.headerRow, printed + 1, layout.headerRow, cols, STYLE.extraHeader);
  heights.set(layout.headerRow, 32);

  const runs = groupRuns(form, records);
  // An empty row is filled in by hand on paper as often as on screen: give it room to write.
  const writeIn = form.columns.some((c) => c.kind === 'longtext' && !c.extra) ? 30 : 22;
  const isEmpty = (rec: RowRecord) =>
    form.columns.every((c) => c.kind === 'seq' || c.group || rec[c.key] === undefined || rec[c.key] === null);
  records.forEach((rec, i) => {
    const r = layout.bodyStart + i;
    recordToRow(form, rec).forEach((v, c) => set(r, c + 1, v));
    // A group cell is merged down over its group's rows, so it does not decide one row's height.
    const tallest = Math.max(
      isEmpty(rec) ? writeIn : 20,
      ...form.columns.map((c, ci) => {
        const h = estimateHeight(String(rec[c.key] ?? ''), widths[ci], 15);
        return c.group ? h / runs[i] : h;
      }),
    );
    heights.set(r, tallest);
  });
  style(layout.bodyStart, 1, layout.bodyEnd, cols, STYLE.body);
  form.columns.forEach((c, i) => {
    if (
      c.group ||
      ['seq', 'level', 'choice', 'score', 'percent', 'yesno', 'date', 'timeLimit', 'count'].includes(c.kind)
    )
      style(layout.bodyStart, i + 1, layout.bodyEnd, i + 1, STYLE.bodyCentered);
  });
  mergeGroups(form, records, layout, merge);

  if (layout.footerRow) paragraph(layout.footerRow, form.footer!, STYLE.footer, 14);
  for (const s of form.signoff) {
    const r = layout.signoffRows[s.role];
    if (!r) continue; // signed in its header field
    set(r, 1, s.label);
    set(r, span + 1, s.seal ? `（盖章）\n${SIGN_PLACEHOLDER}` : `（签字）\n${SIGN_PLACEHOLDER}`);
    merge(r, 1, r, span);
    merge(r, span + 1, r, printed);
    style(r, 1, r, span, STYLE.signLabel);
    style(r, span + 1, r, printed, STYLE.signValue);
    heights.set(r, s.seal ? 72 : 48);
  }

  fitBlankRows(form, layout, records.map(isEmpty), heights, widths);

  // Values first as one block, so hosts write the whole sheet in one request.
  ops.unshift({ kind: 'setValues', sheet, at: 'A1', values: grid });
  ops.unshift({ kind: 'addSheet', sheet });
  ops.push({ kind: 'columnWidths', sheet, widths });
  for (const [row, height] of heights) ops.push({ kind: 'rowHeight', sheet, row, height });
  ops.push({ kind: 'freeze', sheet, rows: layout.headerRow, columns: 0 });
  append(ops, validations(pack, form, sheet, layout));
  append(ops, levelFills(pack, form, sheet, layout));
  ops.push({
    kind: 'pageSetup',
    sheet,
    setup: {
      orientation: orientationOf(form, printedWidth),
      paper: 'A4',
      fitToWidth: true,
      titleRows: `${layout.titleRow}:${layout.headerRow}`,
      printArea: rangeAddress(1, 1, layout.lastRow, printed),
      footer: PAGE_FOOTER,
    },
  });
  ops.push({ kind: 'defineName', name: req.anchor, sheet, range: `$A$${layout.titleRow}` });
  return { ops, layout };
}

/** Wide tables print landscape unless the form says otherwise. */
const orientationOf = (form: Form, printedWidth: number): 'portrait' | 'landscape' =>
  form.orientation ?? (printedWidth > LANDSCAPE_WIDTH ? 'landscape' : 'portrait');

/**
 * A blank form should come out of the printer on one sheet of paper where it can: empty write-in rows give up
 * height (never below 20 pt) until the whole form fits the page at the scale "fit to one page wide" prints it.
 */
function fitBlankRows(
  form: Form,
  layout: FormLayout,
  empty: boolean[],
  heights: Map<number, number>,
  widths: number[],
) {
  const blank = empty.map((e, i) => (e ? layout.bodyStart + i : 0)).filter((r) => r > 0);
  if (!blank.length) return;
  const printedWidth = widths.slice(0, layout.printedColumns).reduce((a, b) => a + b, 0);
  const landscape = orientationOf(form, printedWidth) === 'landscape';
  const page = landscape ? PAGE_POINTS.landscape : PAGE_POINTS.portrait;
  const scale = Math.min(1, page.width / (printedWidth * POINTS_PER_WIDTH_UNIT));
  const room = page.height / scale;
  let fixed = 0;
  for (let r = 1; r <= layout.lastRow; r++) if (!blank.includes(r)) fixed += heights.get(r) ?? 15;
  const each = Math.floor((room - fixed) / blank.length);
  const current = heights.get(blank[0]) ?? 20;
  if (each >= current) return;
  for (const r of blank) heights.set(r, Math.max(20, each));
}

/** Row height in points for text wrapped into a column `width` characters wide. */
function estimateHeight(text: string, width: number, lineHeight: number): number {
  if (!text) return 20;
  const lines = text
    .split('\n')
    .reduce((n, part) => n + Math.max(1, Math.ceil(textWidth(part) / Math.max(4, width - 1))), 0);
  return Math.min(400, Math.max(20, lines * lineHeight + 6));
}

/** For each body row, how many rows its group cell is merged over (1 where the form has no group column). */
function groupRuns(form: Form, records: RowRecord[]): number[] {
  const runs = records.map(() => 1);
  const g = form.columns.find((c) => c.group);
  if (!g) return runs;
  let start = 0;
  for (let i = 1; i <= records.length; i++) {
    if (i === records.length || records[i][g.key] !== records[start][g.key]) {
      if (records[start][g.key]) for (let j = start; j < i; j++) runs[j] = i - start;
      start = i;
    }
  }
  return runs;
}

function mergeGroups(
  form: Form,
  records: RowRecord[],
  layout: FormLayout,
  merge: (r1: number, c1: number, r2: number, c2: number) => void,
) {
  const gi = form.columns.findIndex((c) => c.group);
  if (gi < 0) return;
  const key = form.columns[gi].key;
  let start = 0;
  for (let i = 1; i <= records.length; i++) {
    if (i === records.length || records[i][key] !== records[start][key]) {
      if (i - start > 1 && records[start][key])
        merge(layout.bodyStart + start, gi + 1, layout.bodyStart + i - 1, gi + 1);
      start = i;
    }
  }
}

function ruleFor(pack: Pack, c: Form['columns'][number]): { rule: ValidationRule; prompt?: string } | null {
  switch (c.kind) {
    case 'level':
      return { rule: { type: 'list', values: pack.grading.levels.map((l) => l.name) } };
    case 'choice':
      return c.open
        ? { rule: { type: 'list', values: c.options!, open: true }, prompt: '可从列表中选择,也可填写其他' }
        : { rule: { type: 'list', values: c.options! } };
    case 'yesno':
      return { rule: { type: 'list', values: ['是', '否'] } };
    case 'score':
      return {
        rule: { type: 'whole', min: c.min ?? 1, max: c.max ?? 5 },
        prompt: `请填写 ${c.min ?? 1}–${c.max ?? 5} 的整数`,
      };
    case 'count':
      return { rule: { type: 'whole', min: c.min ?? 0, max: c.max ?? 100000 }, prompt: '填写个数(0 或正整数)' };
    case 'percent':
      return { rule: { type: 'decimal', min: c.min ?? 0, max: c.max ?? 100 }, prompt: '百分制,0–100' };
    case 'date':
      return { rule: { type: 'date' }, prompt: '日期,如 2024-05-25' };
    default:
      return null;
  }
}

function validations(pack: Pack, form: Form, sheet: string, layout: FormLayout): Op[] {
  return form.columns.flatMap((c, i): Op[] => {
    const r = ruleFor(pack, c);
    if (!r) return [];
    const range = rangeAddress(layout.bodyStart, i + 1, layout.bodyEnd, i + 1);
    const error = c.open ? `「${c.label}」不在建议列表中,已按所填内容保留` : `「${c.label}」的填写不符合要求`;
    return [{ kind: 'validation', sheet, range, rule: r.rule, prompt: r.prompt, error }];
  });
}

/** Typing a level colours the row: one expression rule per level, anchored on the level column. */
function levelFills(pack: Pack, form: Form, sheet: string, layout: FormLayout): Op[] {
  const li = form.columns.findIndex((c) => c.kind === 'level');
  if (li < 0) return [];
  const range = rangeAddress(layout.bodyStart, 1, layout.bodyEnd, layout.totalColumns);
  const ref = `$${columnLetter(li + 1)}${layout.bodyStart}`;
  return pack.grading.levels.map((l): Op => ({
    kind: 'conditionalFill',
    sheet,
    range,
    formula: `${ref}="${l.name}"`,
    fill: l.fill,
  }));
}
