import { columnLetter, rangeAddress } from '../a1';
import type { Pack } from '../forms/pack';
import type { Form } from '../forms/schema';
import type { Op, ValidationRule } from '../ops';
import { textWidth, type FormLayout } from './layout';
import type { RowRecord } from './rows';
import { LANDSCAPE_WIDTH, PAGE_POINTS, POINTS_PER_WIDTH_UNIT } from './styles';

/** Wide tables print landscape unless the form says otherwise. */
export const orientationOf = (form: Form, printedWidth: number): 'portrait' | 'landscape' =>
  form.orientation ?? (printedWidth > LANDSCAPE_WIDTH ? 'landscape' : 'portrait');

export const printedWidth = (layout: FormLayout) =>
  layout.widths.slice(0, layout.printedColumns).reduce((a, b) => a + b, 0);

/**
 * A blank form should come out of the printer on one sheet of paper where it can: empty write-in rows give up
 * height (never below 20 pt) until the whole form fits the page at the scale "fit to one page wide" prints it.
 */
export function fitBlankRows(form: Form, layout: FormLayout, empty: boolean[], heights: Map<number, number>) {
  const blank = empty.map((e, i) => (e ? layout.bodyStart + i : 0)).filter((r) => r > 0);
  if (!blank.length) return;
  const width = printedWidth(layout);
  const page = orientationOf(form, width) === 'landscape' ? PAGE_POINTS.landscape : PAGE_POINTS.portrait;
  const scale = Math.min(1, page.width / (width * POINTS_PER_WIDTH_UNIT));
  const room = page.height / scale;
  let fixed = 0;
  for (let r = 1; r <= layout.lastRow; r++) if (!blank.includes(r)) fixed += heights.get(r) ?? 15;
  const each = Math.floor((room - fixed) / blank.length);
  const current = heights.get(blank[0]) ?? 20;
  if (each >= current) return;
  for (const r of blank) heights.set(r, Math.max(20, each));
}

/** Row height in points for text wrapped into a column `width` characters wide. */
export function estimateHeight(text: string, width: number, lineHeight: number): number {
  if (!text) return 20;
  const lines = text
    .split('\n')
    .reduce((n, part) => n + Math.max(1, Math.ceil(textWidth(part) / Math.max(4, width - 1))), 0);
  return Math.min(400, Math.max(20, lines * lineHeight + 6));
}

/** Runs of body rows sharing a group cell: [first index, last index] (hangzhou 排查类别, C3 阶段). */
export function groupRuns(form: Form, records: RowRecord[]): Array<[number, number]> {
  const g = form.columns.find((c) => c.group);
  if (!g) return records.map((_, i) => [i, i]);
  const out: Array<[number, number]> = [];
  let start = 0;
  for (let i = 1; i <= records.length; i++) {
    if (i === records.length || records[i][g.key] !== records[start][g.key]) {
      if (records[start][g.key]) out.push([start, i - 1]);
      else for (let j = start; j < i; j++) out.push([j, j]);
      start = i;
    }
  }
  return out;
}

/** For each body row, how many rows its group cell is merged over (1 where the form has no group column). */
export function runLengths(form: Form, records: RowRecord[]): number[] {
  const n = records.map(() => 1);
  for (const [a, b] of groupRuns(form, records)) for (let i = a; i <= b; i++) n[i] = b - a + 1;
  return n;
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

/**
 * Each column's dropdown or limits, and the required-column policy where the clerk types: selecting a cell of the
 * plan's table says 必填 or 选填 (and why), the same list the README gives.
 */
export function validations(pack: Pack, form: Form, sheet: string, layout: FormLayout): Op[] {
  return form.columns.flatMap((c): Op[] => {
    const r = ruleFor(pack, c);
    const need = requiredNote(c);
    if (!r && !need) return [];
    const col = layout.columnSpan[c.key][0];
    const range = rangeAddress(layout.bodyStart, col, layout.bodyEnd, col);
    const error = c.open ? `「${c.label}」不在建议列表中,已按所填内容保留` : `「${c.label}」的填写不符合要求`;
    const prompt = [need, r?.prompt].filter(Boolean).join(' ') || undefined;
    return [{ kind: 'validation', sheet, range, rule: r?.rule ?? { type: 'any' }, prompt, error }];
  });
}

/** 必填, or 选填 and why, for a column of the plan's table (lianfang's assessment columns and 序号 say nothing). */
export function requiredNote(c: Form['columns'][number]): string | null {
  if (c.extra || c.kind === 'seq' || c.group) return null;
  if (c.required) return '必填。';
  return `选填${c.requiredWhy ? `:${c.requiredWhy}` : c.kind === 'count' ? ':留空即 0' : ''}。`;
}

/** Typing a level colours the row: one expression rule per level, anchored on the level column. */
export function levelFills(pack: Pack, form: Form, sheet: string, layout: FormLayout): Op[] {
  const lc = form.columns.find((c) => c.kind === 'level');
  if (!lc) return [];
  const range = rangeAddress(layout.bodyStart, 1, layout.bodyEnd, layout.totalColumns);
  const ref = `$${columnLetter(layout.columnSpan[lc.key][0])}${layout.bodyStart}`;
  return pack.grading.levels.map((l): Op => ({
    kind: 'conditionalFill',
    sheet,
    range,
    formula: `${ref}="${l.name}"`,
    fill: l.fill,
  }));
}

/**
 * Numbers shown inside a column (hangzhou 主要廉政风险: 1、2、… restarting in each 排查类别) through the cell's
 * format, so the stored value stays the risk's own words and a typed "1、" is not needed.
 */
export function numberInside(form: Form, sheet: string, layout: FormLayout, records: RowRecord[]): Op[] {
  if (!form.numberIn) return [];
  const col = layout.columnSpan[form.numberIn][0];
  const ops: Op[] = [];
  const runs: Array<[number, number]> = form.columns.some((c) => c.group)
    ? groupRuns(form, records)
    : [[0, records.length - 1]];
  for (const [a, b] of runs)
    for (let i = a; i <= b; i++) {
      const r = layout.bodyStart + i;
      ops.push({ kind: 'style', sheet, range: rangeAddress(r, col, r, col), style: { numFmt: `"${i - a + 1}、"@` } });
    }
  return ops;
}
