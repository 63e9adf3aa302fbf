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
  // The school plan's 岗位腐败风险点目录, its 预警处置台账 (D4) and 勤廉责任台账 (D2).
  expect(j.sheets.map((s) => s.sheet)).toEqual(['风险汇总', '岗位腐败风险点目录', '预警处置台账', '勤廉责任台账']);
  const r2 = await run('rollup', f('rolled.xlsx'), '-o', f('rolled2.xlsx'), '--json');
  expect(JSON.parse(r2.out).sheets).toEqual(j.sheets);
  const names = async (file: string) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    return wb.worksheets.map((w) => w.name);
  };
  expect(await names(f('rolled2.xlsx'))).toEqual(await names(f('rolled.xlsx')));
});

it('grade --write-settings keeps a rule the unit changed (any spelling of a factor), and grades by it', async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(f('graded.xlsx'));
  const ws = wb.getWorksheet(SETTINGS_SHEET)!;
  const rowOf = (label: string) => {
    let at = 0;
    ws.eachRow((row, n) => {
      if (row.getCell(1).value === label) at = n;
    });
    return at;
  };
  expect(ws.getCell(`B${rowOf('上调一级')}`).value).toBe('紧急程度≥5');
  ws.getCell(`B${rowOf('上调一级')}`).value = '紧迫程度≥4';
  ws.getCell(`B${rowOf('一级最低分')}`).value = 12;
  writeFileSync(f('changed.xlsx'), new Uint8Array(await wb.xlsx.writeBuffer()));
  const r = await run('grade', f('changed.xlsx'), '-o', f('regraded.xlsx'), '--write-settings', '--json');
  expect(JSON.parse(r.out).rule).toBe(
    '发生几率 × 后果的严重程度；≥ 12 一级，≥ 8 二级，≥ 1 三级；紧急程度 ≥ 4 时上调一级',
  );
  const out = new ExcelJS.Workbook();
  await out.xlsx.readFile(f('regraded.xlsx'));
  const kept = out.getWorksheet(SETTINGS_SHEET)!;
  const values = kept.getSheetValues().flatMap((row) => (Array.isArray(row) ? [row.slice(1, 3).join('=')] : []));
  expect(values).toEqual(expect.arrayContaining(['上调一级=紧急程度≥4', '一级最低分=12']));
});

it('says which sheet has no 监控责任 column to write who monitors each level in, instead of skipping it unsaid', async () => {
  // heshui names who monitors each level; a clerk's 自查表 typed from the paper plan has no such column.
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  [
    ['个人岗位风险点自查表'],
    ['单位：合水县财政局　　科室：国库股　　姓名：李建军　　岗位：股长'],
    ['序号', '风险点描述', '风险类型', '风险等级', '防控措施', '发生可能性', '危害性'],
    [1, '资金拨付审核不严', '岗位职责', null, '双人复核', 4, 5],
    [2, '受请托优亲厚友', '外部环境', '二级', '廉政教育', 2, 4],
  ].forEach((row, i) => row.forEach((v, c) => v !== null && (ws.getCell(i + 1, c + 1).value = v)));
  await wb.xlsx.writeFile(f('nomonitor.xlsx'));
  const r = await run('grade', f('nomonitor.xlsx'), '-o', f('nomonitor-graded.xlsx'));
  expect(r.out).toContain('工作表「Sheet1」没有「监控责任」列，2 个风险点的监控责任未填写');
  const j = JSON.parse((await run('grade', f('nomonitor.xlsx'), '-o', f('nomonitor-2.xlsx'), '--json')).out);
  expect(j.unmonitored).toEqual([{ sheet: 'Sheet1', rows: 2 }]);
});
