import { mkdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { heshui2012 } from '../../src/core/packs/heshui-2012/pack';
import type { Consolidation } from '../../src/core/consolidate';
import { artifacts } from '../grade/workbooks';
import { mismatches, recalculateWithLibreOffice } from '../rollup/libreoffice';
import { unitWorkbook } from './units';
import { runCli } from '../helpers/cli';

const dir = path.join(artifacts('consolidate'), 'twelve');
const EXPECTED = Array.from({ length: 12 }, (_, i) => `合水县第${i + 1}单位`);
// 10 of the 12 hand in; 第3单位 twice (the second copy newer, with 2 more risk rows); 第11, 第12 do not.
const HANDED = EXPECTED.slice(0, 10);

const run = (args: string[]) => runCli(...args);

let result: Consolidation;
let code: number;
const perUnitTotal = new Map<string, number>();

beforeAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'in', 'sub'), { recursive: true });
  for (const [i, unit] of HANDED.entries()) {
    const file = path.join(dir, 'in', i % 2 ? 'sub' : '', `${String(i + 1).padStart(2, '0')}.xlsx`);
    writeFileSync(file, await unitWorkbook(heshui2012, unit, i, new Date(Date.UTC(2012, 8, 1 + i))));
  }
  writeFileSync(
    path.join(dir, 'in', '03-重报.xlsx'),
    await unitWorkbook(heshui2012, ' 合水县第3单位（盖章）', 4, new Date(Date.UTC(2012, 8, 20))),
  );
  writeFileSync(path.join(dir, 'in', '坏文件.xlsx'), new TextEncoder().encode('这不是一个工作簿'));
  writeFileSync(path.join(dir, 'in', '~$01.xlsx'), new Uint8Array([1, 2, 3])); // Excel's lock file: ignored
  writeFileSync(path.join(dir, 'units.txt'), `# 应报单位\n${EXPECTED.join('\n')}\n`);
  utimesSync(path.join(dir, 'in', '03.xlsx'), new Date(), new Date()); // a fresh file time must not beat the saved date
  const r = await run([
    'consolidate',
    path.join(dir, 'in'),
    '--expect',
    path.join(dir, 'units.txt'),
    '-o',
    path.join(dir, '汇总.xlsx'),
    '--json',
  ]);
  code = r.code;
  result = JSON.parse(r.out) as Consolidation;
  for (const u of result.units) perUnitTotal.set(u.file, u.total);
});

it('reports exactly the two missing units, the one duplicate and the unreadable file', () => {
  expect(result.missing).toEqual(['合水县第11单位', '合水县第12单位']);
  expect(result.duplicates).toHaveLength(1);
  expect(result.duplicates[0].files.map((f) => path.basename(f)).sort()).toEqual(['03-重报.xlsx', '03.xlsx']);
  expect(path.basename(result.duplicates[0].newest)).toBe('03-重报.xlsx');
  expect(result.unreadable.map((u) => path.basename(u.file))).toEqual(['坏文件.xlsx']);
  expect(result.unreadable[0].reason).not.toMatch(/Error|at /);
  expect(result.unexpected).toEqual([]);
  expect(result.noUnit).toEqual([]);
  expect(result.units).toHaveLength(11);
  expect(code).toBe(2); // a file could not be read
});

it('puts every unit side by side and totals each unit once (newest copy)', () => {
  const counted = result.units.filter((u) => !u.duplicate || u.duplicate.newest);
  expect(counted).toHaveLength(10);
  expect(result.grandTotal).toBe(counted.reduce((n, u) => n + u.total, 0));
  // Each unit's extra rows are all top-level: unit i has i more 一级 than unit 1.
  const top = (u: (typeof result.units)[number]) => Object.values(u.counts['一级']).reduce((a, b) => a + b, 0);
  const first = result.units.find((u) => u.unit === '合水县第1单位')!;
  const fifth = result.units.find((u) => u.unit === '合水县第5单位')!;
  expect(top(fifth) - top(first)).toBe(4);
  expect(result.units.every((u) => u.validation !== undefined)).toBe(true);
  // The committee's list order: 第1 … 第10.
  expect([...new Set(result.units.map((u) => u.unit.replace(/[\s（(]盖章[)）]/g, '').trim()))]).toEqual(HANDED);
});

it('writes the same in 汇总.xlsx, with live totals', async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(dir, '汇总.xlsx'));
  const units = wb.getWorksheet('各单位汇总')!;
  const status = wb.getWorksheet('报送情况')!;
  const text = (ws: ExcelJS.Worksheet) =>
    ws
      .getSheetValues()
      .flat()
      .map((v) => (v && typeof v === 'object' && 'result' in v ? String(v.result) : String(v ?? '')))
      .join('\n');
  expect(text(status)).toContain('合水县第11单位');
  expect(text(status)).toContain('合水县第12单位');
  expect(text(status)).toContain('坏文件.xlsx');
  expect(text(status)).toContain('重复报送的单位（1）');
  const totalRow = units
    .getSheetValues()
    .find((r) => Array.isArray(r) && String(r[1]).startsWith('总计')) as ExcelJS.CellValue[];
  const last = totalRow[totalRow.length - 1] as ExcelJS.CellFormulaValue;
  expect(last.formula).toMatch(/^SUMIF\(/);
  expect(last.result).toBe(result.grandTotal);
});

it('its totals agree when LibreOffice recalculates 汇总.xlsx', async () => {
  const checks = await recalculateWithLibreOffice(
    [{ file: path.join(dir, '汇总.xlsx'), sheets: ['各单位汇总'] }],
    path.join(dir, 'recalc'),
  );
  expect(mismatches(checks)).toEqual([]);
  expect(checks.some((c) => c.recalculated === result.grandTotal)).toBe(true);
});
