import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Consolidation } from '../../src/core/consolidate';
import { runCli } from '../helpers/cli';
import { artifacts } from '../grade/workbooks';
import { mismatches, recalculateWithLibreOffice } from '../rollup/libreoffice';
import { puyang } from '../validate/corpus/puyang';
import { railway } from '../validate/corpus/railway';

/*
 * A unit whose clerk typed a level the plan does not have (四级) hands in risk points no level was read for: the
 * committee's 各单位汇总 shows them in their own column and in the unit's 合计, never drops them unsaid. A unit of
 * another programme keeps its own total, and every formula agrees with LibreOffice's recalculation.
 */
const dir = artifacts('consolidate/unlevelled');
let c: Consolidation;
let ws: ExcelJS.Worksheet;
const out = path.join(dir, '汇总.xlsx');

beforeAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'in'), { recursive: true });
  const write = async (name: string, wb: ExcelJS.Workbook) =>
    writeFileSync(path.join(dir, 'in', name), Buffer.from(await wb.xlsx.writeBuffer()));
  await write('科技局.xlsx', puyang(false, '濮阳市科学技术局').wb);
  await write('教育局.xlsx', puyang(true, '濮阳市教育局').wb);
  await write('运输司.xlsx', railway(false, '运输监督管理司').wb);
  const r = await runCli('consolidate', path.join(dir, 'in'), '--pack', 'puyang-2012', '-o', out, '--json');
  c = JSON.parse(r.out) as Consolidation;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  ws = wb.worksheets[0];
}, 120_000);

/** The 各单位汇总 row of a unit and the value under a heading of row 4 (the heading cells are merged down). */
function cellOf(unit: string, heading: string): number {
  let col = 0;
  ws.getRow(4).eachCell((cell, n) => {
    if (String(cell.value) === heading) col = n;
  });
  let row = 0;
  ws.eachRow((r, n) => {
    if (String(r.getCell(2).value) === unit) row = n;
  });
  const v = ws.getCell(row, col).value as ExcelJS.CellFormulaValue | number;
  return Number(typeof v === 'object' && v ? (v.result ?? 0) : v);
}

it('shows the risk points no level was read for in their own column and in the unit’s 合计', () => {
  const edu = c.units.find((u) => u.unit === '濮阳市教育局')!;
  expect(edu.unlevelled).toBeGreaterThan(0);
  expect(cellOf('濮阳市教育局', '未定级或等级写法不规范')).toBe(edu.unlevelled);
  expect(cellOf('濮阳市教育局', '合计')).toBe(edu.total + edu.unlevelled);
  const sci = c.units.find((u) => u.unit === '濮阳市科学技术局')!;
  expect(cellOf('濮阳市科学技术局', '合计')).toBe(sci.total + sci.unlevelled);
  expect(c.unlevelled).toBe(edu.unlevelled + sci.unlevelled);
});

it('keeps a unit of another programme’s own total, out of the grand total', () => {
  const other = c.units.find((u) => u.otherPack)!;
  expect(other.unit).toBe('运输监督管理司');
  expect(cellOf('运输监督管理司', '合计')).toBe(other.total + other.unlevelled);
});

it('agrees with LibreOffice’s recalculation, cell by cell', async () => {
  const checks = await recalculateWithLibreOffice([{ file: out, sheets: [ws.name] }], path.join(dir, 'recalc'));
  expect(mismatches(checks)).toEqual([]);
  expect(checks.some((x) => x.recalculated === c.grandTotal + c.unlevelled)).toBe(true);
}, 120_000);
