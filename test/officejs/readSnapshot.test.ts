import ExcelJS from 'exceljs';
import { parseRange } from '../../src/core/a1';
import type { CellValue } from '../../src/core/cell';
import { applyOps as applyExcelJs } from '../../src/adapters/exceljs/applyOps';
import { snapshotWorkbook } from '../../src/adapters/exceljs/snapshot';
import { applyOps } from '../../src/adapters/officejs/applyOps';
import { readSnapshot } from '../../src/adapters/officejs/readSnapshot';
import { planInsert } from '../../src/core/build/template';
import { readMeta } from '../../src/core/meta/read';
import { puyang2012 } from '../../src/core/packs/puyang-2012/pack';
import { sheetByName } from '../../src/core/port';
import { createFakeExcel } from '../fakes/fakeExcel';

function blankCovered(rows: CellValue[][], merges: string[]): CellValue[][] {
  const out = rows.map((r) => [...r]);
  for (const m of merges) {
    const b = parseRange(m);
    for (let r = b.top; r <= b.bottom; r++)
      for (let c = b.left; c <= b.right; c++)
        if ((r !== b.top || c !== b.left) && out[r - 1] && c - 1 < out[r - 1].length) out[r - 1][c - 1] = null;
  }
  return out.map((r) => {
    while (r.length && r[r.length - 1] === null) r.pop();
    return r;
  });
}

describe('office-js readSnapshot against the strict fake', () => {
  it('reads 20,000 rows in the same two syncs as 10 rows', async () => {
    const syncsFor = async (n: number) => {
      const { state, run } = createFakeExcel();
      state.type(
        'Sheet1',
        'A1',
        Array.from({ length: n }, (_, i) => [i + 1, `风险点${i + 1}`, '二级', '2024-05-25']),
      );
      const before = state.syncCount;
      const wb = await readSnapshot({ run });
      expect(wb.sheets[0].rows).toHaveLength(n);
      expect(wb.sheets[0].rows[n - 1]).toEqual([n, `风险点${n}`, '二级', { date: '2024-05-25' }]);
      return state.syncCount - before;
    };
    expect(await syncsFor(10)).toBe(2);
    expect(await syncsFor(20000)).toBe(2);
  });

  it('reads what applyOps wrote the way the ExcelJS adapter reads the same ops', async () => {
    const { state, run } = createFakeExcel();
    const plan = planInsert({ pack: puyang2012, instances: puyang2012.sample.instances });
    await applyOps(plan.ops, { run });
    const wb = await readSnapshot({ run });
    const xl = new ExcelJS.Workbook();
    xl.addWorksheet('Sheet1');
    applyExcelJs(xl, plan.ops);
    const ref = snapshotWorkbook(xl);
    expect(wb.sheets.map((s) => [s.name, s.visibility])).toEqual(ref.sheets.map((s) => [s.name, s.visibility]));
    for (const s of ref.sheets) {
      const mine = sheetByName(wb, s.name)!;
      // Excel reads the covered cells of a merge as blank, whatever ExcelJS holds there.
      expect(mine.rows).toEqual(blankCovered(s.rows, s.merges));
      expect([...mine.merges].sort()).toEqual([...s.merges].sort());
    }
    expect(new Set(wb.names.map((n) => `${n.name}|${n.sheet}|${n.range}`))).toEqual(
      new Set(ref.names.map((n) => `${n.name}|${n.sheet}|${n.range}`)),
    );
    expect(readMeta(wb)?.pack).toBe('puyang-2012');
    expect(state.sheet('_lianfang').visibility).toBe('VeryHidden');
  });

  it('reads formulas, errors, booleans, quoted sheet names and offsets', async () => {
    const { state, run } = createFakeExcel();
    state.addSheet("张三's 表");
    state.type("张三's 表", 'C3', [['=SUM(1,2)', true, '#N/A']]);
    state.names.push({ name: 'LF_A3_1', formula: "='张三''s 表'!$C$3" }, { name: 'Const', formula: '=42' });
    const wb = await readSnapshot({ run });
    const s = sheetByName(wb, "张三's 表")!;
    expect(s.rows).toEqual([[], [], [null, null, 0, true, { error: '#N/A' }]]);
    expect(s.formulas).toEqual({ C3: 'SUM(1,2)' });
    expect(wb.names).toEqual([{ name: 'LF_A3_1', sheet: "张三's 表", range: '$C$3' }, { name: 'Const' }]);
    expect(sheetByName(wb, 'Sheet1')!.rows).toEqual([]);
  });

  it('reads number formats and hidden rows and columns as the ExcelJS adapter does (both feed a stamp)', async () => {
    const { state, run } = createFakeExcel();
    state.type('Sheet1', 'A1', [
      [3, '一级', 5],
      ['隐藏的一行', 2, 1],
      [4, '二级', 0.5],
    ]);
    const sheet = state.sheet('Sheet1');
    sheet.cells.get('1,1')!.numberFormat = '"1"';
    sheet.cells.get('3,3')!.numberFormat = '0.0%';
    sheet.hiddenRows.add(2);
    sheet.hiddenCols.add(2);
    const wb = await readSnapshot({ run });
    const xl = new ExcelJS.Workbook();
    const ws = xl.addWorksheet('Sheet1');
    ws.addRows([
      [3, '一级', 5],
      ['隐藏的一行', 2, 1],
      [4, '二级', 0.5],
    ]);
    ws.getCell('A1').numFmt = '"1"';
    ws.getCell('C3').numFmt = '0.0%';
    ws.getRow(2).hidden = true;
    ws.getColumn(2).hidden = true;
    const ref = snapshotWorkbook(xl).sheets[0];
    const mine = wb.sheets[0];
    expect(mine.formats).toEqual({ A1: '"1"', C3: '0.0%' });
    expect([mine.formats, mine.hiddenRows, mine.hiddenCols]).toEqual([ref.formats, ref.hiddenRows, ref.hiddenCols]);
    // Older Excel (before ExcelApi 1.9) cannot say what is hidden: nothing is claimed.
    const old = await readSnapshot({ run, supports: (v) => v < '1.9' });
    expect(old.sheets[0].hiddenRows).toBeUndefined();
  });

  it('falls back to reading in row blocks when the answer would exceed the response limit', async () => {
    const { state, run } = createFakeExcel();
    state.type(
      'Sheet1',
      'A1',
      Array.from({ length: 3000 }, (_, i) => [`第${i}行`, '廉'.repeat(200)]),
    );
    state.responseLimit = 1024 * 1024;
    const wb = await readSnapshot({ run, chunkRows: 500 });
    expect(wb.sheets[0].rows).toHaveLength(3000);
    expect(wb.sheets[0].rows[2999][0]).toBe('第2999行');
    expect(state.syncs.some((s) => !s.ok)).toBe(true); // the one-request read was refused first
    expect(state.syncs.filter((s) => s.ok).length).toBeGreaterThan(3);
    expect(Math.max(...state.syncs.filter((s) => s.ok).map((s) => s.responseBytes))).toBeLessThan(1024 * 1024);
  });

  it('a cell-edit-mode failure while reading gives the retry message code', async () => {
    const { state, run } = createFakeExcel();
    state.failNextSync('InvalidOperationInCellEditMode');
    await expect(readSnapshot({ run })).rejects.toMatchObject({ code: 'officejs_cell_edit_mode' });
  });
});
