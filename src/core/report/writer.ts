import { rangeAddress } from '../a1';
import { displayText, type CellValue } from '../cell';
import { textWidth } from '../build/layout';
import { FONT, PAGE_FOOTER, STYLE, fitsPortrait } from '../build/styles';
import type { CellStyle, Op } from '../ops';

/** Looks shared by every report sheet lianfang lays out itself (form sheets use build/styles). */
export const R = {
  title: { font: FONT, size: 18, bold: true, h: 'center', v: 'middle', wrap: true } satisfies CellStyle,
  subtitle: { font: FONT, size: 12, h: 'center', v: 'middle', wrap: true } satisfies CellStyle,
  section: { font: FONT, size: 13, bold: true, h: 'left', v: 'middle', wrap: true } satisfies CellStyle,
  label: { font: FONT, size: 11, bold: true, h: 'left', v: 'middle', wrap: true, border: 'thin' } satisfies CellStyle,
  value: { font: FONT, size: 11, h: 'left', v: 'middle', wrap: true, border: 'thin' } satisfies CellStyle,
  header: STYLE.header,
  body: { font: FONT, size: 11, h: 'left', v: 'middle', wrap: true, border: 'thin' } satisfies CellStyle,
  centered: STYLE.bodyCentered,
  total: { bold: true, fill: 'FFF2F2F2' } satisfies CellStyle,
  note: STYLE.footer,
  link: { color: 'FF0563C1' } satisfies CellStyle,
} as const;

const LINE = { 10: 14, 11: 15.5, 12: 17, 13: 18.5, 18: 26 } as Record<number, number>;

export interface TableOptions {
  /** Columns (0-based) centred: 序号, levels, counts. */
  centered?: number[];
  /** A fill per body row (the level's colour), or undefined. */
  fills?: Array<string | undefined>;
  /** Bold last row (合计). */
  totals?: CellValue[];
  /** Text when there are no rows. */
  empty?: string;
  /** How many sheet columns each table column spans (merged on every row); default 1. */
  spans?: number[];
}

/**
 * Lays out one printed sheet top to bottom: a grid of values plus merges, styles, row heights
 * that fit the wrapped text, and an A4 page setup. Emits ops with every value in one block.
 */
export class SheetWriter {
  private grid: CellValue[][] = [];
  private readonly styled: Op[] = [];
  private readonly heights = new Map<number, number>();
  private readonly links: Op[] = [];
  row = 0;

  constructor(
    readonly sheet: string,
    readonly widths: number[],
  ) {}

  get cols(): number {
    return this.widths.length;
  }

  set(r: number, c: number, v: CellValue): void {
    while (this.grid.length < r) this.grid.push(Array<CellValue>(this.cols).fill(null));
    this.grid[r - 1][c - 1] = v;
  }

  merge(r1: number, c1: number, r2: number, c2: number): void {
    if (r1 !== r2 || c1 !== c2)
      this.styled.push({ kind: 'merge', sheet: this.sheet, range: rangeAddress(r1, c1, r2, c2) });
  }

  style(r1: number, c1: number, r2: number, c2: number, style: CellStyle): void {
    this.styled.push({ kind: 'style', sheet: this.sheet, range: rangeAddress(r1, c1, r2, c2), style });
  }

  /** Keeps the tallest height a row needs. */
  fit(r: number, texts: Array<{ text: string; width: number }>, size = 11, min = 20): void {
    const line = LINE[size] ?? size * 1.4;
    const h = Math.max(min, ...texts.map((t) => linesFor(t.text, t.width) * line + 6));
    this.heights.set(r, Math.min(409, Math.max(this.heights.get(r) ?? 0, h)));
  }

  private span(c1: number, c2: number): number {
    return this.widths.slice(c1 - 1, c2).reduce((a, b) => a + b, 0);
  }

  /** A line of text across the whole sheet. */
  line(text: string, style: CellStyle, size = 11): number {
    const r = ++this.row;
    this.set(r, 1, text);
    this.merge(r, 1, r, this.cols);
    this.style(r, 1, r, this.cols, style);
    this.fit(r, [{ text, width: this.span(1, this.cols) }], size, size >= 18 ? 34 : 22);
    return r;
  }

  blank(): void {
    this.row++;
    this.heights.set(this.row, 10);
  }

  /** A label cell spanning `labelCols` columns and its value across the rest. */
  labelValue(label: string, value: CellValue, labelCols = 2): number {
    const r = ++this.row;
    this.set(r, 1, label);
    this.set(r, labelCols + 1, value);
    this.merge(r, 1, r, labelCols);
    this.merge(r, labelCols + 1, r, this.cols);
    this.style(r, 1, r, labelCols, R.label);
    this.style(r, labelCols + 1, r, this.cols, R.value);
    this.fit(r, [
      { text: label, width: this.span(1, labelCols) },
      { text: displayText(value), width: this.span(labelCols + 1, this.cols) },
    ]);
    return r;
  }

  /** A bordered table with a header row; returns where its header and body sit. */
  table(
    header: string[],
    rows: CellValue[][],
    opts: TableOptions = {},
  ): { headerRow: number; first: number; last: number; colOf: (i: number) => number } {
    const spans = header.map((_, i) => opts.spans?.[i] ?? 1);
    const starts = spans.map((_, i) => 1 + spans.slice(0, i).reduce((a, b) => a + b, 0));
    const n = starts[starts.length - 1] + spans[spans.length - 1] - 1;
    const widthOf = (i: number) => this.span(starts[i], starts[i] + spans[i] - 1);
    const put = (r: number, values: CellValue[]) => {
      values.forEach((v, i) => i < starts.length && this.set(r, starts[i], v));
      starts.forEach((c, i) => this.merge(r, c, r, c + spans[i] - 1));
      this.fit(
        r,
        values.map((v, i) => ({ text: displayText(v), width: widthOf(Math.min(i, starts.length - 1)) })),
      );
    };
    const headerRow = ++this.row;
    put(headerRow, header);
    this.fit(headerRow, [], 11, 24);
    this.style(headerRow, 1, headerRow, n, R.header);
    const first = headerRow + 1;
    if (rows.length) for (const row of rows) put(++this.row, row);
    else {
      const r = ++this.row;
      this.set(r, 1, opts.empty ?? '（无）');
      this.merge(r, 1, r, n);
      this.fit(r, [{ text: opts.empty ?? '（无）', width: this.span(1, n) }]);
    }
    if (opts.totals) put(++this.row, opts.totals);
    const last = this.row;
    this.style(first, 1, last, n, R.body);
    for (const c of opts.centered ?? []) this.style(first, starts[c], last, starts[c] + spans[c] - 1, R.centered);
    // One look per run of rows of the same fill: a register sorted by level needs one per level, not one per row.
    const fills = (opts.fills ?? []).slice(0, rows.length);
    for (let i = 0; i < fills.length;) {
      let j = i + 1;
      while (j < fills.length && fills[j] === fills[i]) j++;
      if (fills[i]) this.style(first + i, 1, first + j - 1, n, { fill: fills[i] });
      i = j;
    }
    if (opts.totals) this.style(last, 1, last, n, R.total);
    return { headerRow, first, last, colOf: (i) => starts[i] };
  }

  /** An internal link to another sheet of the report. */
  link(r: number, c: number, target: string, text: string): void {
    this.set(r, c, text);
    this.links.push({ kind: 'link', sheet: this.sheet, cell: rangeAddress(r, c, r, c), target, text });
    this.style(r, c, r, c, R.link);
  }

  ops(print: { titleRows?: string; orientation?: 'portrait' | 'landscape' } = {}): Op[] {
    const width = this.span(1, this.cols);
    const last = Math.max(1, this.row);
    return [
      { kind: 'addSheet', sheet: this.sheet },
      { kind: 'setValues', sheet: this.sheet, at: 'A1', values: this.grid.slice(0, last) },
      ...this.styled,
      ...this.links,
      { kind: 'columnWidths', sheet: this.sheet, widths: this.widths },
      ...[...this.heights].map(([row, height]): Op => ({ kind: 'rowHeight', sheet: this.sheet, row, height })),
      {
        kind: 'pageSetup',
        sheet: this.sheet,
        setup: {
          orientation: print.orientation ?? (fitsPortrait(width) ? 'portrait' : 'landscape'),
          paper: 'A4',
          fitToWidth: true,
          ...(print.titleRows ? { titleRows: print.titleRows } : {}),
          printArea: rangeAddress(1, 1, last, this.cols),
          footer: PAGE_FOOTER,
        },
      },
    ];
  }
}

/** Lines a text needs when wrapped into `width` character units (CJK counts double). */
export function linesFor(text: string, width: number): number {
  if (!text) return 1;
  const usable = Math.max(2, width - 1.5);
  return text.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(textWidth(part) / usable)), 0);
}
