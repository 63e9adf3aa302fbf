import type { CellStyle } from '../ops';

/** The look of every lianfang sheet: the plans are printed in 宋体 with thin borders. */
export const FONT = '宋体';
export const STYLE = {
  base: { font: FONT, size: 11, v: 'middle', wrap: true } satisfies CellStyle,
  attachment: { font: FONT, size: 11, bold: true, h: 'left', wrap: false } satisfies CellStyle,
  title: { font: FONT, size: 18, bold: true, h: 'center', v: 'middle', wrap: false } satisfies CellStyle,
  fieldLabel: { font: FONT, size: 11, bold: true, h: 'left', v: 'middle', wrap: true } satisfies CellStyle,
  fieldValue: { font: FONT, size: 11, h: 'left', v: 'middle', wrap: true } satisfies CellStyle,
  /** 单位名称:(盖章) and the other header lines the plans print above their tables, without a box. */
  lineLabel: { font: FONT, size: 11, bold: false, h: 'left', v: 'bottom', wrap: false } satisfies CellStyle,
  lineValue: { font: FONT, size: 11, h: 'left', v: 'bottom', wrap: true } satisfies CellStyle,
  header: {
    font: FONT,
    size: 11,
    bold: true,
    h: 'center',
    v: 'middle',
    wrap: true,
    fill: 'FFF2F2F2',
    border: 'thin',
  } satisfies CellStyle,
  /** lianfang's own assessment columns: a different tint says they are not part of the printed plan. */
  extraHeader: {
    font: FONT,
    size: 10,
    bold: true,
    h: 'center',
    v: 'middle',
    wrap: true,
    fill: 'FFE2EFDA',
    border: 'thin',
  } satisfies CellStyle,
  body: { font: FONT, size: 11, v: 'middle', wrap: true, border: 'thin' } satisfies CellStyle,
  bodyCentered: { h: 'center' } satisfies CellStyle,
  footer: { font: FONT, size: 10, h: 'left', v: 'top', wrap: true } satisfies CellStyle,
  signLabel: {
    font: FONT,
    size: 11,
    bold: true,
    h: 'center',
    v: 'middle',
    wrap: true,
    border: 'thin',
  } satisfies CellStyle,
  signValue: { font: FONT, size: 11, h: 'right', v: 'bottom', wrap: true, border: 'thin' } satisfies CellStyle,
  pledge: { font: FONT, size: 12, h: 'left', v: 'top', wrap: true } satisfies CellStyle,
  /** 承诺人： and the date under a pledge, as a letter closes. */
  letterClose: { font: FONT, size: 12, h: 'left', v: 'bottom', wrap: false } satisfies CellStyle,
  boxed: { border: 'thin' } satisfies CellStyle,
} as const;

export const PAGE_FOOTER = '&C第 &P 页 共 &N 页';
/** Printed width (character units) above which a table is printed landscape. */
export const LANDSCAPE_WIDTH = 100;
/** A4 less the margins applyOps sets (0.5 in sides, 0.6/0.7 in top/bottom) and the footer line, in points. */
export const PAGE_POINTS = {
  portrait: { width: 595 - 72, height: 842 - 94 - 20 },
  landscape: { width: 842 - 72, height: 595 - 94 - 20 },
} as const;
/** One Excel column-width unit prints about this wide (7 px at 96 dpi, plus cell padding). */
export const POINTS_PER_WIDTH_UNIT = 5.6;
/**
 * The widest a column-width unit prints: Excel measures units in Calibri's digits (about 5.6 pt), LibreOffice
 * without Calibri (a Linux PC, `report --pdf`) in wider DejaVu digits, about 7 pt as measured in its PDFs (the
 * report test prints 10 pt text unshrunk). Sheets laid out to fit this print at full scale in both.
 */
export const PRINTED_UNIT = 7.2;
/** Whether a sheet this many units wide fits A4 upright at full scale, whichever program prints it. */
export const fitsPortrait = (units: number): boolean => units * PRINTED_UNIT <= PAGE_POINTS.portrait.width;
