import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Consolidation } from '../../src/core/consolidate';
import { artifacts } from '../grade/workbooks';
import { runCli } from '../helpers/cli';

// A clerk types 很高 where the settings sheet wants the lowest 一级 score. The committee must still count that unit
// (with the plan's rule) and see the bad cell among its errors, not lose the unit as an unreadable file.
const dir = path.join(artifacts('consolidate'), 'bad-settings');

async function typeInSettings(file: string, label: string, typed: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const sheet = wb.worksheets.find((s) => s.name.includes('设置'))!;
  let cell = '';
  sheet.eachRow((row, r) => {
    if (String(row.getCell(1).value ?? '').includes(label)) cell ||= `B${r}`;
  });
  sheet.getCell(cell).value = typed;
  await wb.xlsx.writeFile(file);
  return { sheet: sheet.name, cell };
}

let result: Consolidation;
let typed: { sheet: string; cell: string };

beforeAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'in'), { recursive: true });
  expect((await runCli('demo', 'heshui-2012', '-o', path.join(dir, 'in', '甲.xlsx'))).code).toBe(0);
  expect((await runCli('demo', 'heshui-2012', '-o', path.join(dir, 'demo.xlsx'))).code).toBe(0);
  const graded = path.join(dir, 'in', '乙.xlsx');
  expect((await runCli('grade', path.join(dir, 'demo.xlsx'), '--write-settings', '-o', graded)).code).toBe(0);
  typed = await typeInSettings(graded, '一级最低分', '很高');
  const r = await runCli('consolidate', path.join(dir, 'in'), '-o', path.join(dir, '汇总.xlsx'), '--json');
  result = JSON.parse(r.out) as Consolidation;
});

it('counts the unit whose settings sheet has a bad cell, with the plan rule, and lists it as invalid', () => {
  expect(result.unreadable).toEqual([]);
  const [plain, bad] = ['甲.xlsx', '乙.xlsx'].map((f) => result.units.find((u) => path.basename(u.file) === f)!);
  expect(bad).toBeDefined();
  expect(bad.total).toBe(plain.total);
  expect(bad.counts).toEqual(plain.counts);
  expect(bad.validation).toMatchObject({ valid: false });
  expect(bad.validation!.errors).toBeGreaterThan(plain.validation!.errors);
});

it('validate names the bad cell, so the committee can tell the unit what to fix', async () => {
  const v = await runCli('validate', path.join(dir, 'in', '乙.xlsx'));
  expect(v.out).toContain(typed.cell);
  expect(v.out).toContain('很高');
  expect(v.out).toContain('settings_invalid');
});

it('compare reads that unit too', async () => {
  const r = await runCli('compare', path.join(dir, 'in'), path.join(dir, 'in'), '-o', path.join(dir, '对比.xlsx'));
  expect(r.code).toBe(0);
  expect(r.out + r.err).not.toContain('无法读取');
  expect(readFileSync(path.join(dir, '对比.xlsx')).length).toBeGreaterThan(0);
});
