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
