import type { CellValue } from './cell';

/**
 * The operations the core asks a host to apply. Data, so a test can assert what would be written
 * without a host, and each adapter batches them (office-js: a constant number of syncs per form).
 *
 * Strings in `setValues` are always literal text: adapters must never let "=…" become a formula.
 */
export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  font?: string;
  color?: string; // ARGB
  fill?: string; // ARGB
  h?: 'left' | 'center' | 'right';
  v?: 'top' | 'middle' | 'bottom';
  wrap?: boolean;
  border?: 'thin' | 'none';
  numFmt?: string;
  locked?: boolean;
}

/**
 * A cell's data validation. An `open` list only suggests (the plan gives examples, not a closed list): hosts
 * show the dropdown and accept any other text with an information note, never a stop.
 */
export type ValidationRule =
  | { type: 'list'; values: string[]; open?: boolean }
  | { type: 'whole' | 'decimal'; min: number; max: number }
  | { type: 'date' }
  /** No restriction: only the input message shows (必填 / 选填 on a text column). */
  | { type: 'any' };

export interface PageSetup {
  orientation: 'portrait' | 'landscape';
  paper: 'A4';
  fitToWidth: boolean;
  /** Rows repeated at the top of every printed page, e.g. "1:4". */
  titleRows?: string;
  /** Limits printing to the plan's own table (lianfang's assessment columns stay on screen only). */
  printArea?: string;
  footer?: string;
}

export type Op =
  | { kind: 'addSheet'; sheet: string; visibility?: 'visible' | 'hidden' | 'veryHidden'; tabColor?: string }
  | { kind: 'deleteSheet'; sheet: string }
  | { kind: 'clearSheet'; sheet: string }
  | { kind: 'setValues'; sheet: string; at: string; values: CellValue[][] }
  /** Live formulas with the values lianfang computed, so files read by programs that do not calculate read right. */
  | { kind: 'setFormulas'; sheet: string; at: string; formulas: (string | null)[][]; results: CellValue[][] }
  | { kind: 'merge'; sheet: string; range: string }
  | { kind: 'style'; sheet: string; range: string; style: CellStyle }
  | { kind: 'columnWidths'; sheet: string; widths: number[] }
  | { kind: 'rowHeight'; sheet: string; row: number; height: number }
  | { kind: 'freeze'; sheet: string; rows: number; columns: number }
  | { kind: 'validation'; sheet: string; range: string; rule: ValidationRule; prompt?: string; error?: string }
  | { kind: 'conditionalFill'; sheet: string; range: string; formula: string; fill: string }
  | { kind: 'pageSetup'; sheet: string; setup: PageSetup }
  | { kind: 'defineName'; name: string; sheet: string; range: string }
  | { kind: 'activate'; sheet: string }
  /** Sheet protection after a stamp: a convenience against slips, not security (anyone can unprotect). */
  | { kind: 'protect'; sheet: string; unlocked?: string[] }
  | { kind: 'unprotect'; sheet: string }
  /** A PNG (base64) placed over a range: the unit's seal image. */
  | { kind: 'image'; sheet: string; range: string; pngBase64: string }
  /** A link to the top of another sheet of the same workbook (table of contents); `text` is the cell's value. */
  | { kind: 'link'; sheet: string; cell: string; target: string; text: string }
  /** A note (comment) on one cell: lianfang's explanation of a computed level; null removes it. */
  | { kind: 'note'; sheet: string; cell: string; text: string | null }
  /**
   * Marks cells without touching their own formatting: a conditional-format rule that lianfang owns, tagged by
   * `tag` in its always-true formula, so clearHighlights removes exactly it and the user's formatting shows again.
   */
  | { kind: 'highlight'; sheet: string; cells: string[]; fill: string; tag: string }
  /** Removes every highlight rule carrying `tag` (on `sheet`, or on every sheet). */
  | { kind: 'clearHighlights'; tag: string; sheet?: string }
  /** A colour scale over a range (the lowest value gets the first colour, the highest the last): a heat map. */
  | { kind: 'colorScale'; sheet: string; range: string; colours: [string, string] | [string, string, string] }
  /** A native chart drawn over `at` (A1 range), its series read live from cells (see ChartSpec). */
  | { kind: 'chart'; sheet: string; at: string; chart: ChartSpec };

/** A column chart with line series on the same axes (e.g. each unit's share against a 20% line). */
export interface ChartSpec {
  title: string;
  /** The category labels: a range of one sheet, e.g. '各单位图'!$A$5:$A$9. */
  categories: { sheet: string; range: string };
  series: Array<{
    /** The series name as the legend shows it. */
    name: string;
    values: { sheet: string; range: string };
    type: 'column' | 'line';
    /** RGB hex, e.g. C00000. */
    colour: string;
  }>;
  /** Number format of the value axis (0% for shares). */
  numFmt?: string;
  /** Fixed top of the value axis (1 for 100%). */
  max?: number;
}

export type OpKind = Op['kind'];

/**
 * The always-true conditional-format formula of a highlight, naming its owner: hosts find the rule again by it,
 * so clearing highlights removes only lianfang's rules and the user's own formatting comes back exactly.
 */
export const highlightFormula = (tag: string): string => `"${tag.replace(/"/g, '')}"<>""`;
