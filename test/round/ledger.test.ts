import { writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { todayInChina } from '../../src/core/round/round';
import { artifacts } from '../grade/workbooks';
import { readFileSync } from 'node:fs';
import { runCli } from '../helpers/cli';
import { excelProblems } from '../helpers/excelStrict';
import { mismatches, recalculateWithLibreOffice } from '../rollup/libreoffice';
import { THIS_YEAR, schoolWorkbook } from './schools';

const dir = artifacts('round/ledger');
const f = (n: string) => path.join(dir, n);

beforeAll(async () => {
  writeFileSync(f('甲小学.xlsx'), await schoolWorkbook(THIS_YEAR[0], 2025));
  writeFileSync(f('乙小学.xlsx'), await schoolWorkbook(THIS_YEAR[1], 2025));
}, 60_000);

const cellText = (v: ExcelJS.CellValue): string => {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  // A formula: its cached value (ExcelJS reads a cached 0 or '' as no result at all).
  if (v && typeof v === 'object' && 'formula' in v) return cellText((v.result ?? null) as ExcelJS.CellValue);
  return v === null || v === undefined ? '' : String(v);
};

it('rollup turns each 预警 into a ledger entry with its due date: open, answered and overdue as of a day', async () => {
  const r = await runCli(
    'rollup',
    f('甲小学.xlsx'),
    '-o',
    f('甲-汇总.xlsx'),
    '--as-of',
    '2025-05-15',
    '--json',
    '--force',
  );
  expect(r.err).toBe('');
  const j = JSON.parse(r.out);
  expect(j.warnings).toEqual({ answered: 1, answeredLate: 0, open: 1, overdue: 1, undated: 0 });
  expect(j.sheets.map((s: { sheet: string }) => s.sheet)).toEqual(
    expect.arrayContaining(['预警处置台账', '勤廉责任台账']),
  );
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(f('甲-汇总.xlsx'));
  expect(excelProblems(readFileSync(f('甲-汇总.xlsx')))).toEqual([]); // Excel opens it without repair
  const ws = wb.getWorksheet('预警处置台账')!;
  const rows = [6, 7, 8].map((n) => [2, 3, 7, 11, 8, 12, 13].map((c) => cellText(ws.getCell(n, c).value)));
  expect(rows).toEqual([
    ['2025-03-03', '食堂采买', '5个工作日', '2025-03-10', '2025-03-07', '已回告', ''],
    ['2025-04-01', '总务处', '10日', '2025-04-11', '', '逾期未回告', '34'],
    ['2025-05-12', '教务处', '10个工作日', '2025-05-26', '', '待回告', ''],
  ]);
  // The counts at the top: 待回告, 逾期未回告, 已回告, 逾期回告, 未填日期.
  expect(cellText(ws.getCell(3, 1).value)).toBe('待回告');
  expect([1, 2, 3, 4, 5].map((c) => Number(cellText(ws.getCell(4, c).value)))).toEqual([1, 1, 1, 0, 0]);
  const text = await runCli('rollup', f('甲小学.xlsx'), '-o', f('甲-汇总2.xlsx'), '--as-of', '2025-05-15', '--force');
  expect(text.out).toContain('预警 3 条：待回告 1，逾期未回告 1，已回告 1（其中逾期回告 0）。');
});

it('the 勤廉责任台账 lists every card with its approval; a card half signed says so', async () => {
  await runCli('rollup', f('乙小学.xlsx'), '-o', f('乙-汇总.xlsx'), '--force');
  const read = async (file: string) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet('勤廉责任台账')!;
    return [1, 2, 3, 4, 5, 6, 7].map((c) => cellText(ws.getCell(4, c).value));
  };
  expect(await read(f('甲-汇总.xlsx'))).toEqual([
    '1',
    '张校长',
    '校长',
    '主持学校全面工作,对党风廉政建设负总责',
    '落实“一岗双责”',
    '不直接分管基建',
    '已审批',
  ]);
  expect((await read(f('乙-汇总.xlsx')))[6]).toBe('审批中（已签 2/4）');
});

it('the ledger’s live status and day counts recalculate to what lianfang wrote (as of today)', async () => {
  const today = todayInChina();
  expect(today >= '2025-05-27').toBe(true); // every entry's due date has passed: 逾期 counts are live numbers
  await runCli('rollup', f('甲小学.xlsx'), '-o', f('甲-今天.xlsx'), '--force');
  const checks = await recalculateWithLibreOffice([{ file: f('甲-今天.xlsx'), sheets: ['预警处置台账'] }], f('lo'));
  expect(checks.length).toBe(5 + 3 * 2);
  expect(mismatches(checks)).toEqual([]);
}, 120_000);

/**
 * A 预警处置登记表 typed by a clerk: a 预警日期 without its year, 回告时限 一周, a reply dated without its year. The
 * register never blanks what was typed, says 截止日不明 where no due date can be worked out, counts a reply as a
 * reply, and its formulas recalculate to what lianfang wrote.
 */
it('keeps dates typed without a year as typed, and says which entries have no due date', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  const lines: Array<Array<string | number | Date | null>> = [
    ['预警处置登记表'],
    ['单位名称：高桥小学'],
    [
      '序号',
      '预警日期',
      '预警对象',
      '反映问题',
      '预警级别',
      '处置方式',
      '回告时限',
      '回告日期',
      '整改情况',
      '处理结果',
    ],
    [
      1,
      new Date(Date.UTC(2025, 2, 3)),
      '食堂采买',
      '采购价格偏高',
      '三级',
      '谈心疏导',
      '一周',
      new Date(Date.UTC(2025, 2, 7)),
      '已整改',
      '通报',
    ],
    [2, '11月10日', '总务处', '维修未验收即付款', '二级', '限期整改', '5个工作日', null, null, null],
    [3, '2025年4月1日', '教务处', '补课收费', '二级', '限期整改', '10日', '4月8日', '已退费', '批评教育'],
  ];
  lines.forEach((row, i) => row.forEach((v, c) => v !== null && (ws.getCell(i + 1, c + 1).value = v)));
  await wb.xlsx.writeFile(f('丙小学.xlsx'));
  const r = await runCli('rollup', f('丙小学.xlsx'), '-o', f('丙-汇总.xlsx'), '--as-of', '2025-05-15', '--force');
  expect(r.out).toContain('预警 3 条：待回告 0，逾期未回告 0，已回告 2（其中逾期回告 0），截止日不明 1');
  const out = new ExcelJS.Workbook();
  await out.xlsx.readFile(f('丙-汇总.xlsx'));
  const ledger = out.getWorksheet('预警处置台账')!;
  const rows = [6, 7, 8].map((n) => [2, 7, 8, 11, 12].map((c) => cellText(ledger.getCell(n, c).value)));
  expect(rows).toEqual([
    ['2025-03-03', '一周', '2025-03-07', '2025-03-10', '已回告'],
    ['11月10日', '5个工作日', '', '', '截止日不明'],
    ['2025-04-01', '10日', '4月8日', '2025-04-11', '已回告'],
  ]);
  const checks = await recalculateWithLibreOffice([{ file: f('丙-汇总.xlsx'), sheets: ['预警处置台账'] }], f('lo3'));
  expect(mismatches(checks)).toEqual([]);
}, 120_000);
