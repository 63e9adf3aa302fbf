import ExcelJS from 'exceljs';
import { applyOps } from '../../src/adapters/exceljs/applyOps';
import { snapshotWorkbook } from '../../src/adapters/exceljs/snapshot';
import { fixOps, validateWorkbook } from '../../src/core/validate';
import { school } from './corpus/school';

it('applying the offered fixes leaves no notices behind and changes nothing else', async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await school(false).wb.xlsx.writeBuffer()) as ArrayBuffer);
  const before = validateWorkbook(snapshotWorkbook(wb));
  expect(before.stats.notices).toBeGreaterThan(0);
  applyOps(wb, fixOps(before));
  const after = validateWorkbook(snapshotWorkbook(wb));
  expect(after.stats).toEqual({ ...before.stats, notices: 0 });
  expect(wb.getWorksheet('测评')!.getCell('D6').value).toBe(85);
  expect(wb.getWorksheet('预警处置')!.getCell('D4').value).toBe('二级');
});
