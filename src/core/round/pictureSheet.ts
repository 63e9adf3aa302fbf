import { STYLE } from '../build/styles';
import { message } from '../messages';
import type { Op } from '../ops';
import { SheetWriter } from '../rollup/sheetWriter';
import type { Picture } from './picture';

const HEAD = { ...STYLE.header };
const BODY = { ...STYLE.body, h: 'center' as const };

/**
 * 各单位风险分布图: units × levels with a colour scale per level (a heat map Excel keeps live), each unit's
 * top-level share as a formula, and a native column chart of the shares against the plan's line.
 */
export function pictureOps(p: Picture): Op[] {
  if (!p.levels.length || !p.rows.length) return [];
  const sheet = message('picture_sheet');
  const w = new SheetWriter(sheet);
  const top = p.levels[0].name;
  const nL = p.levels.length;
  const cols = [
    message('round_unit_col'),
    ...p.levels.map((l) => l.name),
    message('rollup_total'),
    message('picture_share', { top }),
    message('picture_line'),
  ];
  w.set(1, 1, message('picture_title', { top }));
  w.merge(1, 1, 1, cols.length);
  w.style(1, 1, 1, 1, { ...STYLE.title, size: 14 });
  w.set(2, 1, message('picture_note', { line: p.line.text }));
  w.merge(2, 1, 2, cols.length);
  w.style(2, 1, 2, 1, STYLE.footer);
  w.op({ kind: 'rowHeight', sheet, row: 2, height: 30 });
  const head = 4;
  cols.forEach((t, i) => w.set(head, i + 1, t));
  w.style(head, 1, head, cols.length, HEAD);
  const first = head + 1;
  const last = head + p.rows.length;
  const totalCol = 2 + nL;
  p.rows.forEach((r, i) => {
    const row = first + i;
    w.set(row, 1, r.unit);
    r.byLevel.forEach((n, j) => w.set(row, 2 + j, n));
    w.set(row, totalCol, r.total, `SUM(${w.addr(row, 2)}:${w.addr(row, 1 + nL)})`);
    const t = w.addr(row, totalCol);
    w.set(row, totalCol + 1, r.share ?? '', `IF(${t}=0,"",${w.addr(row, 2)}/${t})`);
    w.set(row, totalCol + 2, p.line.value);
  });
  w.style(first, 1, last, cols.length, BODY);
  w.style(first, 1, last, 1, { h: 'left' });
  w.style(first, totalCol + 1, last, totalCol + 2, { numFmt: '0.0%' });
  // The heat map: each level's column shaded from white (fewest) to the level's colour (most).
  p.levels.forEach((l, j) =>
    w.op({
      kind: 'colorScale',
      sheet,
      range: `${w.addr(first, 2 + j)}:${w.addr(last, 2 + j)}`,
      colours: ['FFFFFFFF', `FF${l.colour}`],
    }),
  );
  // Shares above the line stand out.
  w.op({
    kind: 'conditionalFill',
    sheet,
    range: `${w.addr(first, totalCol + 1)}:${w.addr(last, totalCol + 1)}`,
    formula: `AND(ISNUMBER(${w.addr(first, totalCol + 1)}),${w.addr(first, totalCol + 1)}>${w.addr(first, totalCol + 2)})`,
    fill: 'FFFFC7CE',
  });
  const col = (c: number) => w.addr(1, c).replace(/\d+$/, '');
  w.op({
    kind: 'chart',
    sheet,
    at: `A${last + 3}:${col(Math.max(cols.length + 2, 9))}${last + 3 + Math.max(16, p.rows.length + 8)}`,
    chart: {
      title: message('picture_chart_title', { top }),
      categories: { sheet, range: `A${first}:A${last}` },
      series: [
        {
          name: message('picture_share', { top }),
          values: { sheet, range: `${col(totalCol + 1)}${first}:${col(totalCol + 1)}${last}` },
          type: 'column',
          colour: 'C00000',
        },
        {
          name: message('picture_line'),
          values: { sheet, range: `${col(totalCol + 2)}${first}:${col(totalCol + 2)}${last}` },
          type: 'line',
          colour: '404040',
        },
      ],
      numFmt: '0%',
    },
  });
  w.op({ kind: 'columnWidths', sheet, widths: [24, ...p.levels.map(() => 9), 9, 12, 12] });
  w.op({ kind: 'freeze', sheet, rows: head, columns: 1 });
  w.op({ kind: 'pageSetup', sheet, setup: { orientation: 'landscape', paper: 'A4', fitToWidth: true } });
  return [{ kind: 'addSheet', sheet, tabColor: 'FFC00000' }, ...w.toOps()];
}
