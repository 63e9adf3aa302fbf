import type { CellValue } from '../cell';
import type { Pack } from '../forms/pack';
import type { CellStyle } from '../ops';
import { FONT } from './styles';

export interface LegendPen {
  set(r: number, c: number, v: CellValue): void;
  merge(r1: number, c1: number, r2: number, c2: number): void;
  style(r1: number, c1: number, r2: number, c2: number, s: CellStyle): void;
}

const LABEL: CellStyle = { font: FONT, size: 10, h: 'right', v: 'middle', wrap: true };
const SWATCH: CellStyle = { font: FONT, size: 10, bold: true, h: 'center', v: 'middle', border: 'thin', wrap: false };

/** What a swatch says: 红色：一级. Never a level name alone, so no reader takes the legend for a heading. */
export const legendText = (l: Pack['grading']['levels'][number]) => `${l.colour}色：${l.name}`;

/**
 * The 颜色标识 line every graded sheet carries: one swatch per level in its fill, top level first, in the last
 * columns of `from..to`; the words 颜色标识 before them. Drawn through `pen`, so form sheets and report sheets
 * share it.
 */
export function drawLegend(pack: Pack, row: number, from: number, to: number, pen: LegendPen): void {
  const levels = pack.grading.levels;
  const first = Math.max(from + 1, to - levels.length + 1);
  pen.set(row, from, '颜色标识：');
  pen.merge(row, from, row, first - 1);
  pen.style(row, from, row, first - 1, LABEL);
  levels.forEach((l, i) => {
    const c = first + i;
    if (c > to) return;
    pen.set(row, c, legendText(l));
    pen.style(row, c, row, c, { ...SWATCH, fill: l.fill });
  });
}
