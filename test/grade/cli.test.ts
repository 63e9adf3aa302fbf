import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { SETTINGS_SHEET } from '../../src/core/settings/schemeSettings';
import { artifacts } from './workbooks';
import { runCli } from '../helpers/cli';

const dir = path.join(artifacts('grade'), 'cli');
const f = (name: string) => path.join(dir, name);

const run = runCli;

beforeAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  expect((await run('demo', 'school-2010', '-o', f('demo.xlsx'))).code).toBe(0);
  // Blank two levels so grading has something to fill.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(f('demo.xlsx'));
  const ws = wb.worksheets.find((w) => w.name.startsWith('D1'))!;
  const header = ws.getSheetValues().findIndex((r) => Array.isArray(r) && r.includes('风险等级'));
  const col = (ws.getRow(header).values as unknown[]).indexOf('风险等级');
  ws.getCell(header + 1, col).value = null;
  ws.getCell(header + 2, col).value = null;
  writeFileSync(f('blanked.xlsx'), new Uint8Array(await wb.xlsx.writeBuffer()));
});

it('grade fills blank levels into a new file and leaves the input alone', async () => {
  const r = await run('grade', f('blanked.xlsx'), '-o', f('graded.xlsx'), '--write-settings');
  expect(r.err).toBe('');
  expect(r.out).toMatch(/填入 2 个等级/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(f('graded.xlsx'));
  expect(wb.getWorksheet(SETTINGS_SHEET)).toBeDefined();
  const again = await run('grade', f('blanked.xlsx'), '-o', f('graded.xlsx'));
  expect(again.code).toBe(2);
  expect(again.err).toContain('output_exists');
});

it('an invalid setting stops grading with a message naming the cell', async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(f('graded.xlsx'));
  const ws = wb.getWorksheet(SETTINGS_SHEET)!;
  let at = '';
  ws.eachRow((row, n) => {
    if (row.getCell(1).value === '一级最低分') at = `B${n}`;
  });
  ws.getCell(at).value = '很高';
  writeFileSync(f('bad-settings.xlsx'), new Uint8Array(await wb.xlsx.writeBuffer()));
  const r = await run('grade', f('bad-settings.xlsx'), '-o', f('never.xlsx'));
  expect(r.code).toBe(2);
  expect(r.err).toContain(`单元格 ${at} 的值「很高」无效`);
  expect(existsSync(f('never.xlsx'))).toBe(false);
});

it('rollup writes the summary sheets, and a second run replaces them', async () => {
  const r1 = await run('rollup', f('graded.xlsx'), '-o', f('rolled.xlsx'), '--json');
  expect(r1.code).toBe(0);
  const j = JSON.parse(r1.out) as { sheets: Array<{ sheet: string }> };
  expect(j.sheets.map((s) => s.sheet)).toEqual(['风险汇总', '岗位腐败风险点目录']);
  const r2 = await run('rollup', f('rolled.xlsx'), '-o', f('rolled2.xlsx'), '--json');
  expect(JSON.parse(r2.out).sheets).toEqual(j.sheets);
  const names = async (file: string) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    return wb.worksheets.map((w) => w.name);
  };
  expect(await names(f('rolled2.xlsx'))).toEqual(await names(f('rolled.xlsx')));
});
