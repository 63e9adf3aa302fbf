import { parseRange, rangeAddress } from '../../core/a1';
import type { Op } from '../../core/ops';

type ColorScaleOp = Extract<Op, { kind: 'colorScale' }>;
type ChartOp = Extract<Op, { kind: 'chart' }>;

const html = (argb: string) => `#${argb.slice(-6).toUpperCase()}`;

/**
 * A colour scale (a heat map Excel keeps live): lowest value the first colour, highest the last, a 3-colour scale
 * through the 50th percentile, as the ExcelJS adapter writes it. ExcelApi 1.6.
 */
export function addColorScale(ws: Excel.Worksheet, op: ColorScaleOp): void {
  const cf = ws.getRange(op.range).conditionalFormats.add('ColorScale');
  const [lo, mid, hi] = op.colours.length === 3 ? op.colours : [op.colours[0], undefined, op.colours[1]];
  cf.colorScale.criteria = {
    minimum: { type: 'LowestValue', color: html(lo) },
    ...(mid ? { midpoint: { formula: '50', type: 'Percentile', color: html(mid) } } : {}),
    maximum: { type: 'HighestValue', color: html(hi!) },
  };
}

/**
 * A native chart whose series read their cells live: columns, with line series (the 20% line) on the same axes,
 * over the cells `at` names. Series need ExcelApi 1.7 and the axis number format 1.8; without 1.8 the axis
 * keeps Excel's own format.
 */
export function addChart(sheet: (name: string) => Excel.Worksheet, op: ChartOp, axisFormat: boolean): void {
  const range = (r: { sheet: string; range: string }) => sheet(r.sheet).getRange(r.range);
  const { chart: spec } = op;
  const [first, ...rest] = spec.series;
  const chart = sheet(op.sheet).charts.add('ColumnClustered', range(first.values), 'Columns');
  chart.title.text = spec.title;
  const style = (s: Excel.ChartSeries, x: (typeof spec.series)[number]) => {
    s.name = x.name;
    s.setXAxisValues(range(spec.categories));
    if (x.type === 'line') {
      s.chartType = 'Line';
      s.format.line.color = `#${x.colour}`;
    } else s.format.fill.setSolidColor(`#${x.colour}`);
  };
  style(chart.series.getItemAt(0), first);
  for (const x of rest) {
    const s = chart.series.add(x.name);
    s.setValues(range(x.values));
    style(s, x);
  }
  if (spec.max !== undefined) chart.axes.valueAxis.maximum = spec.max;
  if (spec.numFmt && axisFormat) chart.axes.valueAxis.numberFormat = spec.numFmt;
  const box = parseRange(op.at);
  chart.setPosition(
    rangeAddress(box.top, box.left, box.top, box.left),
    rangeAddress(box.bottom, box.right, box.bottom, box.right),
  );
}
