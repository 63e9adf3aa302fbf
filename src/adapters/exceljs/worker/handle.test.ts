import ExcelJS from 'exceljs';
import { loadPrepared } from '../safe/load';
import { handleRead } from './handle';

/** The body both workers run (Node thread and browser Web Worker): replies are plain, cloneable data. */
test('a good file replies with its snapshot; asked to prepare, with bytes ExcelJS loads; a bad one with its code', async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('表').getCell('A1').value = '岗位';
  wb.modified = new Date('2024-05-20T08:00:00Z');
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  const ok = await handleRead({ id: 7, file: 'a.xlsx', bytes, modified: true });
  expect(ok.reply).toMatchObject({
    id: 7,
    ok: true,
    snapshot: { sheets: [{ name: '表', rows: [['岗位']] }] },
    modified: '2024-05-20T08:00:00.000Z',
  });
  expect(ok.reply).not.toHaveProperty('bytes');
  expect(ok.transfer).toHaveLength(0);
  expect(structuredClone(ok.reply)).toEqual(ok.reply);
  const prepared = await handleRead({ id: 9, file: 'a.xlsx', bytes, prepare: true });
  expect(prepared.transfer).toHaveLength(1);
  const back = await loadPrepared((prepared.reply as { bytes: Uint8Array }).bytes, 'a.xlsx');
  expect(back.getWorksheet('表')!.getCell('A1').value).toBe('岗位');
  const bad = await handleRead({ id: 8, file: 'b.xlsx', bytes: new Uint8Array(0) });
  expect(bad.reply).toEqual({ id: 8, ok: false, code: 'not_xlsx', params: { file: 'b.xlsx', kind: 'empty' } });
});
