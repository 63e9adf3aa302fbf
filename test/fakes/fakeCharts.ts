import { FakeOfficeError, type FakeContext, type FakeRange } from './fakeExcel';

/** A chart as the fake workbook holds it: what a test reads back. */
export interface FakeChartState {
  type: string;
  source: string;
  seriesBy?: string;
  title?: string;
  series: Array<{ name?: string; values?: string; xValues?: string; chartType?: string; fill?: string; line?: string }>;
  valueAxis: { maximum?: number; numberFormat?: string };
  position?: { start: string; end?: string };
}

const CHART_TYPES = new Set([
  'ColumnClustered',
  'ColumnStacked',
  'BarClustered',
  'Line',
  'LineMarkers',
  'Pie',
  'XYScatter',
]);
const COLOUR = /^#[0-9A-F]{6}$/i;

const rangeArg = (r: unknown): FakeRange => {
  if (!r || typeof r !== 'object' || typeof (r as FakeRange).fullAddress !== 'function')
    throw new FakeOfficeError('InvalidArgument', 'a Range object is required');
  return r as FakeRange;
};

function setter(
  obj: object,
  prop: string,
  ctx: FakeContext,
  what: string,
  apply: (v: never) => void,
  check?: (v: never) => void,
) {
  Object.defineProperty(obj, prop, {
    set: (v: never) => {
      check?.(v);
      ctx.queue(what, v, () => apply(v));
    },
  });
}

class FakeChartSeries {
  readonly format: { fill: { setSolidColor(c: string): void }; line: Record<string, unknown> };
  constructor(ctx: FakeContext, s: FakeChartState['series'][number]) {
    setter(this, 'name', ctx, 'series.name', (v: string) => (s.name = v));
    setter(
      this,
      'chartType',
      ctx,
      'series.chartType',
      (v: string) => (s.chartType = v),
      (v: string) => {
        if (!CHART_TYPES.has(v)) throw new FakeOfficeError('InvalidArgument', `chart type ${v}`);
      },
    );
    const line: Record<string, unknown> = {};
    setter(
      line,
      'color',
      ctx,
      'series.line.color',
      (v: string) => (s.line = v),
      (v: string) => {
        if (!COLOUR.test(v)) throw new FakeOfficeError('InvalidArgument', `colour ${v}`);
      },
    );
    this.format = {
      fill: {
        setSolidColor: (c) => {
          if (!COLOUR.test(c)) throw new FakeOfficeError('InvalidArgument', `colour ${c}`);
          ctx.queue('series.fill', c, () => (s.fill = c));
        },
      },
      line,
    };
    this.setValues = (r) => {
      const a = rangeArg(r).fullAddress();
      ctx.queue('series.setValues', a, () => (s.values = a));
    };
    this.setXAxisValues = (r) => {
      const a = rangeArg(r).fullAddress();
      ctx.queue('series.setXAxisValues', a, () => (s.xValues = a));
    };
  }
  setValues: (r: unknown) => void;
  setXAxisValues: (r: unknown) => void;
}

/** Excel.Chart, strictly: known chart types, Range arguments, #RRGGBB colours; writes wait for sync. */
export class FakeChart {
  readonly title: Record<string, unknown> = {};
  readonly axes: { valueAxis: Record<string, unknown> };
  readonly series: { getItemAt(i: number): FakeChartSeries; add(name?: string): FakeChartSeries };
  constructor(
    private ctx: FakeContext,
    readonly state: FakeChartState,
  ) {
    setter(this.title, 'text', ctx, 'chart.title', (v: string) => (state.title = v));
    const valueAxis: Record<string, unknown> = {};
    setter(valueAxis, 'maximum', ctx, 'axis.maximum', (v: number) => (state.valueAxis.maximum = v));
    setter(valueAxis, 'numberFormat', ctx, 'axis.numberFormat', (v: string) => (state.valueAxis.numberFormat = v));
    this.axes = { valueAxis };
    // The source range's one column is the first series (seriesBy Columns).
    const first: FakeChartState['series'][number] = { values: state.source };
    state.series.push(first);
    const items = [new FakeChartSeries(ctx, first)];
    this.series = {
      getItemAt: (i) => {
        if (!items[i]) throw new FakeOfficeError('ItemNotFound', `series ${i}`);
        return items[i];
      },
      add: (name) => {
        const s: FakeChartState['series'][number] = {};
        ctx.queue('series.add', name ?? '', () => {
          if (name !== undefined) s.name = name;
          state.series.push(s);
        });
        const item = new FakeChartSeries(ctx, s);
        items.push(item);
        return item;
      },
    };
  }
  setPosition(start: string, end?: string): void {
    this.ctx.queue(
      'chart.setPosition',
      { start, end },
      () => (this.state.position = { start, ...(end ? { end } : {}) }),
    );
  }
}

/** worksheet.charts: add(type, sourceData, seriesBy) queues the chart; the fake sheet holds it after sync. */
export function fakeCharts(ctx: FakeContext, charts: () => FakeChartState[]) {
  return {
    add(type: string, source: unknown, seriesBy?: string): FakeChart {
      if (!CHART_TYPES.has(type)) throw new FakeOfficeError('InvalidArgument', `chart type ${type}`);
      if (seriesBy !== undefined && !['Auto', 'Columns', 'Rows'].includes(seriesBy))
        throw new FakeOfficeError('InvalidArgument', `seriesBy ${seriesBy}`);
      const state: FakeChartState = {
        type,
        source: rangeArg(source).fullAddress(),
        ...(seriesBy ? { seriesBy } : {}),
        series: [],
        valueAxis: {},
      };
      ctx.queue('charts.add', { type, source: state.source }, () => charts().push(state));
      return new FakeChart(ctx, state);
    },
  };
}
