import { applyOps } from '../../src/adapters/officejs/applyOps';
import { parseRange } from '../../src/core/a1';
import { pictureOps } from '../../src/core/round/pictureSheet';
import { pictureLine, pictureRow, type Picture } from '../../src/core/round/picture';
import { findPack } from '../../src/core/packs';
import { createFakeExcel, type FakeSheet } from '../fakes/fakeExcel';

/** Three units of hangzhou: their 高/中/低 counts, one above the plan's 20% line. */
function picture(): Picture {
  const pack = findPack('hangzhou-2019')!;
  const counts = (high: number, mid: number, low: number) => ({ 高: { a: high }, 中: { a: mid }, 低: { a: low } });
  const levels = ['高', '中', '低'];
  return {
    pack: pack.id,
    levels: [
      { name: '高', colour: 'F4817F' },
      { name: '中', colour: 'FFC000' },
      { name: '低', colour: '6FA8DC' },
    ],
    rows: [
      pictureRow('办公室', levels, counts(1, 2, 2)),
      pictureRow('行政审批处', levels, counts(3, 1, 1)),
      pictureRow('执法监督处', levels, counts(0, 2, 3)),
    ],
    line: pictureLine(pack),
  };
}

/** What the fake holds at a sheet's cell (A1 address): its formula when it has one, else its value. */
const at = (s: FakeSheet, a1: string) => {
  const b = parseRange(a1);
  const c = s.cells.get(`${b.top},${b.left}`);
  return c?.formula ?? c?.value ?? null;
};

/** 'Sheet'!B5:B7 → the cells' values, top to bottom. */
const cellsOf = (sheets: (name: string) => FakeSheet, ref: string) => {
  const [, name, range] = /^'?(.*?)'?!(.+)$/.exec(ref)!;
  const b = parseRange(range);
  return Array.from({ length: b.bottom - b.top + 1 }, (_, i) =>
    at(sheets(name), `${range.replace(/:.*/, '').replace(/\d+$/, '')}${b.top + i}`),
  );
};

describe('the task pane draws the committee picture in Excel (strict fake)', () => {
  it('a colour scale per level over its counts, white to the level colour, as the file the CLI writes', async () => {
    const { state, run } = createFakeExcel();
    const ops = pictureOps(picture());
    await applyOps(ops, { run });
    const want = ops.filter((o) => o.kind === 'colorScale');
    expect(want).toHaveLength(3);
    const sheet = state.sheet(want[0].sheet);
    const scales = sheet.conditionalFormats.filter((cf) => cf.type === 'ColorScale');
    expect(scales.map((cf) => cf.range)).toEqual(want.map((o) => o.kind === 'colorScale' && o.range));
    scales.forEach((cf, j) =>
      expect(cf.colorScale).toEqual({
        minimum: { type: 'LowestValue', color: '#FFFFFF' },
        maximum: { type: 'HighestValue', color: `#${picture().levels[j].colour}` },
      }),
    );
    // Each scale covers that level's counts, unit by unit.
    const b = parseRange(scales[0].range);
    expect(Array.from({ length: 3 }, (_, i) => sheet.cells.get(`${b.top + i},${b.left}`)?.value)).toEqual([1, 3, 0]);
  });

  it('a column chart of each unit’s top-level share against the line, its series reading the sheet’s cells', async () => {
    const { state, run } = createFakeExcel();
    const ops = pictureOps(picture());
    await applyOps(ops, { run });
    const op = ops.find((o) => o.kind === 'chart')!;
    if (op.kind !== 'chart') throw new Error('no chart op');
    const sheet = state.sheet(op.sheet);
    expect(sheet.charts).toHaveLength(1);
    const chart = sheet.charts[0];
    expect(chart).toMatchObject({ type: 'ColumnClustered', title: op.chart.title, valueAxis: { numberFormat: '0%' } });
    expect(chart.series.map((s) => [s.name, s.chartType ?? 'column', s.fill ?? s.line])).toEqual([
      ['高占比', 'column', '#C00000'],
      ['参考线', 'Line', '#404040'],
    ]);
    const sheets = (n: string) => state.sheet(n);
    // The bars are the units' shares (live: 高 over all levels of the row) and the line is the plan's 20%.
    const shares = cellsOf(sheets, chart.series[0].values!);
    expect(shares).toHaveLength(3);
    shares.forEach((f, i) =>
      expect(f).toMatch(new RegExp(`^=IF\\((?<t>[A-Z]+)${5 + i}=0,"",B${5 + i}/\\k<t>${5 + i}\\)$`)),
    );
    expect(cellsOf(sheets, chart.series[1].values!)).toEqual([0.2, 0.2, 0.2]);
    for (const s of chart.series) expect(cellsOf(sheets, s.xValues!)).toEqual(['办公室', '行政审批处', '执法监督处']);
    const box = parseRange(op.at);
    expect(chart.position).toEqual({
      start: `${op.at.replace(/:.*/, '')}`,
      end: op.at.replace(/.*:/, ''),
    });
    expect(box.bottom).toBeGreaterThan(box.top);
  });

  it('older Excel without chart series (ExcelApi 1.7) still gets the heat map, and nothing half-drawn', async () => {
    const { state, run } = createFakeExcel();
    const ops = pictureOps(picture());
    await applyOps(ops, { run, supports: (v) => Number(v.split('.')[1]) < 7 });
    const sheet = state.sheet(ops.find((o) => o.kind === 'chart')!.sheet);
    expect(sheet.charts).toEqual([]);
    expect(sheet.conditionalFormats.filter((cf) => cf.type === 'ColorScale')).toHaveLength(3);
  });

  it('the fake refuses what Excel refuses (so the tests above can fail)', async () => {
    const { run } = createFakeExcel();
    await expect(
      run(async (ctx) => {
        const cf = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:A3').conditionalFormats.add('ColorScale');
        cf.colorScale.criteria = {
          minimum: { type: 'LowestValue', color: 'white' },
          maximum: { type: 'HighestValue', color: '#FF0000' },
        };
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(
      run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Sheet1').charts.add('ColumnClustered', 'A1:A3' as unknown as Excel.Range);
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });
});
