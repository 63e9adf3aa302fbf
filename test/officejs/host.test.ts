import { LianfangError } from '../../src/core/errors';
import { message } from '../../src/core/messages';
import { createOfficeHost } from '../../src/adapters/officejs/host';
import { createFakeExcel } from '../fakes/fakeExcel';

describe('createOfficeHost', () => {
  it('reads, applies and selects through Excel', async () => {
    const { state, run } = createFakeExcel();
    const host = createOfficeHost({ run });
    expect(host.kind).toBe('excel');
    await host.apply([
      { kind: 'addSheet', sheet: '登记表' },
      { kind: 'setValues', sheet: '登记表', at: 'B2', values: [['=恶意', 5]] },
    ]);
    const wb = await host.read();
    expect(wb.sheets.find((s) => s.name === '登记表')!.rows[1]).toEqual([null, '=恶意', 5]);
    await host.select!('登记表', 'C2');
    expect(state.selected).toEqual({ sheet: '登记表', address: 'C2' });
    expect(state.active).toBe('登记表');
  });

  it('an aborted apply writes nothing', async () => {
    const { state, run } = createFakeExcel();
    const host = createOfficeHost({ run });
    const ac = new AbortController();
    ac.abort();
    await expect(host.apply([{ kind: 'addSheet', sheet: 'X' }], ac.signal)).rejects.toMatchObject({
      code: 'officejs_aborted',
    });
    expect(state.sheets.map((s) => s.name)).toEqual(['Sheet1']);
  });
});

describe('createOfficeHost when Excel stays in cell-edit mode', () => {
  it('says exactly which sheets were left, and removes them before the next apply', async () => {
    const { state, run } = createFakeExcel();
    let editMode = false;
    let calls = 0;
    // Requests 1 (look) and 2 (first rows) pass; then the user starts editing a cell and stays there.
    const flaky: typeof run = (batch) =>
      run(async (ctx) => {
        const sync = ctx.sync.bind(ctx);
        ctx.sync = async () => {
          if (++calls === 3) editMode = true;
          if (editMode) state.failNextSync('InvalidOperationInCellEditMode');
          return sync();
        };
        return batch(ctx);
      });
    const host = createOfficeHost({ run: flaky, budget: 4096 });
    const rows = Array.from({ length: 400 }, (_, i) => [`第${i}行`, '内容']);
    const err = (await host
      .apply([
        { kind: 'addSheet', sheet: '甲' },
        { kind: 'setValues', sheet: '甲', at: 'A1', values: rows },
        { kind: 'addSheet', sheet: '乙' },
        { kind: 'setValues', sheet: '乙', at: 'A1', values: rows },
      ])
      .catch((e: unknown) => e)) as LianfangError;
    expect(err.code).toBe('officejs_cell_edit_mode');
    expect(err.params).toMatchObject({ sheets: '甲', rolledBack: 0 });
    expect(message(err.code, err.params)).toMatch(/Enter 或 Esc.*(甲).*未能自动删除/s);
    expect(state.sheets.map((s) => s.name)).toEqual(['Sheet1', '甲']);
    editMode = false; // the user pressed Enter
    await host.apply([{ kind: 'addSheet', sheet: '丙' }]);
    expect(state.sheets.map((s) => s.name)).toEqual(['Sheet1', '丙']);
  });
});
