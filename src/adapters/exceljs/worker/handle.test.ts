import ExcelJS from 'exceljs';
import { handleRead } from './handle';

/** The body both workers run (Node thread and browser Web Worker): replies are plain, cloneable data. */
test('a good file replies with snapshot and sanitised bytes to transfer; a bad one with its code', async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('表').getCell('A1').value = '岗位';
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  const ok = await handleRead({ id: 7, file: 'a.xlsx', bytes });
  expect(ok.reply).toMatchObject({ id: 7, ok: true, snapshot: { sheets: [{ name: '表', rows: [['岗位']] }] } });
  expect(ok.transfer).toHaveLength(1);
  expect(structuredClone(ok.reply)).toEqual(ok.reply);
  const bad = await handleRead({ id: 8, file: 'b.xlsx', bytes: new Uint8Array(0) });
  expect(bad.reply).toEqual({ id: 8, ok: false, code: 'not_xlsx', params: { file: 'b.xlsx', kind: 'empty' } });
});
