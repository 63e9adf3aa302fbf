import { createFakeExcel, FakeOfficeError } from '../fakes/fakeExcel';
import { readSnapshot } from '../../src/adapters/officejs/readSnapshot';
import { applyOps } from '../../src/adapters/officejs/applyOps';

/** The fake must be at least as strict as Excel, or the adapter tests prove nothing. */
describe('strict fake Excel', () => {
  it('throws PropertyNotLoaded for a property that was not loaded and synced', async () => {
    const { run } = createFakeExcel();
    await run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1');
      expect(() => r.values).toThrow(/not available/);
      r.load('values');
      expect(() => r.values).toThrow(/not available/); // loaded only after sync
      await ctx.sync();
      expect(r.values).toEqual([['']]);
    });
  });

  it('queues writes until sync and counts syncs', async () => {
    const { state, run } = createFakeExcel();
    await run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [['廉']];
      expect(state.cell('Sheet1', 'A1')).toBeUndefined();
      await ctx.sync();
      expect(state.cell('Sheet1', 'A1')!.value).toBe('廉');
    });
    expect(state.syncCount).toBe(1);
  });

  it('rejects values whose shape does not match the range, like Excel', async () => {
    const { run } = createFakeExcel();
    await run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:B2');
      expect(() => (r.values = [[1, 2]])).toThrow(FakeOfficeError);
      expect(() => (r.values = [[1], [2]])).toThrow(/doesn't match/);
    });
  });

  it('reads typed strings as Excel does: formulas, numbers, dates, quote prefix', async () => {
    const { state, run } = createFakeExcel();
    await run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:E1').values = [
        ["'=x", '=1+1', '001', '2024-05-25', 'TRUE'],
      ];
      await ctx.sync();
    });
    expect(state.cell('Sheet1', 'A1')).toMatchObject({ value: '=x', quotePrefix: true });
    expect(state.cell('Sheet1', 'B1')!.formula).toBe('=1+1');
    expect(state.cell('Sheet1', 'C1')!.value).toBe(1);
    expect(state.cell('Sheet1', 'D1')!.value).toBe(45437);
    expect(state.cell('Sheet1', 'E1')!.value).toBe(true);
  });

  it('applies the actions before a mid-request failure, as Excel does', async () => {
    const { state, run } = createFakeExcel();
    state.failNextSync('Conflict', 1);
    await expect(
      run(async (ctx) => {
        ctx.workbook.worksheets.add('A');
        ctx.workbook.worksheets.add('B');
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'Conflict' });
    expect(state.sheets.map((s) => s.name)).toEqual(['Sheet1', 'A']);
  });
});

describe('older Excel', () => {
  it('reads without merged areas below ExcelApi 1.13 and skips notes below 1.18', async () => {
    const { state, run } = createFakeExcel();
    state.sheet('Sheet1').merges.push({ top: 1, left: 1, bottom: 1, right: 3 });
    const wb = await readSnapshot({ run, supports: (v) => v < '1.13' });
    expect(wb.sheets[0].merges).toEqual([]);
    await applyOps([{ kind: 'note', sheet: 'Sheet1', cell: 'A1', text: '说明' }], { run, supports: () => false });
    expect(state.sheet('Sheet1').notes.size).toBe(0);
  });
});
