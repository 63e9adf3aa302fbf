import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { RowGrade } from '../../src/core/grade/gradeWorkbook';
import { SETTINGS_SHEET } from '../../src/core/settings/schemeSettings';
import { runCli } from '../helpers/cli';
import { resaveWithLibreOffice } from '../validate/corpus/resave';
import { school } from '../validate/corpus/school';

const DIR = path.join(__dirname, '../../artifacts/settings/grading-round-trip');
const f = (name: string) => path.join(DIR, name);

/** Cells of the settings sheet by their item label, as a clerk finds them. */
function items(ws: ExcelJS.Worksheet): Map<string, ExcelJS.Cell> {
  const m = new Map<string, ExcelJS.Cell>();
  ws.eachRow((row) => {
    const label = row.getCell(1).value;
    if (typeof label === 'string') m.set(label, row.getCell(2));
  });
  return m;
}

const levels = (rows: RowGrade[]) => rows.filter((r) => r.sheet === '风险点自查').map((r) => [r.row, r.computed?.name]);

beforeAll(() => {
  rmSync(DIR, { recursive: true, force: true });
  mkdirSync(DIR, { recursive: true });
});

/**
 * A school's hand-typed risk register: `grade --write-settings` writes the rule in force; the office scores 紧急程度
 * into the product instead of letting it raise a band, retypes items in its own words and saves in LibreOffice;
 * the next `grade` grades every row by the changed rule and `--write-settings` keeps it, in the plan's words.
 */
it('settings written, changed by the unit in its own spellings, re-saved in LibreOffice, read back and used', async () => {
  writeFileSync(f('自查.xlsx'), Buffer.from(await school(false).wb.xlsx.writeBuffer()));
  const first = await runCli('grade', f('自查.xlsx'), '-o', f('定级.xlsx'), '--write-settings', '--json');
  const before = JSON.parse(first.out) as { rule: string; rows: RowGrade[] };
  expect(before.rule).toBe('发生几率 × 后果的严重程度；≥ 15 一级，≥ 8 二级，≥ 1 三级；紧急程度 ≥ 5 时上调一级');
  // 4×4 = 16; 3×3 = 9; 2×2 = 4 raised by 紧急程度 5; 1×3 = 3.
  expect(levels(before.rows)).toEqual([
    [4, '一级'],
    [5, '二级'],
    [6, '二级'],
    [7, '三级'],
  ]);

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(f('定级.xlsx'));
  const ws = wb.getWorksheet(SETTINGS_SHEET)!;
  const at = items(ws);
  expect(at.get('计分因素')!.value).toBe('发生几率×后果的严重程度');
  at.get('计分因素')!.value = '几率 × 严重程度 × 紧迫程度';
  at.get('一级最低分')!.value = 40;
  ws.getCell(at.get('一级最低分')!.row, 1).value = 'Ⅰ级 最低分';
  at.get('二级最低分')!.value = '12';
  at.get('上调一级')!.value = '无';
  writeFileSync(f('改设置.xlsx'), new Uint8Array(await wb.xlsx.writeBuffer()));
  const resaved = resaveWithLibreOffice([f('改设置.xlsx')], f('libreoffice')).get(f('改设置.xlsx'))!;
  copyFileSync(resaved, f('改设置-LibreOffice.xlsx'));

  const second = await runCli(
    'grade',
    f('改设置-LibreOffice.xlsx'),
    '-o',
    f('再定级.xlsx'),
    '--write-settings',
    '--json',
  );
  const after = JSON.parse(second.out) as { rule: string; source: unknown; rows: RowGrade[] };
  expect(after.source).toEqual({ kind: 'settings', sheet: SETTINGS_SHEET });
  expect(after.rule).toBe('发生几率 × 后果的严重程度 × 紧急程度；≥ 40 一级，≥ 12 二级，≥ 1 三级');
  // 4×4×1 = 16; 3×3×1 = 9; 2×2×5 = 20; 1×3×1 = 3.
  expect(levels(after.rows)).toEqual([
    [4, '二级'],
    [5, '三级'],
    [6, '二级'],
    [7, '三级'],
  ]);
  // An entered level the new rule contradicts stands and asks for a 调整理由; the exit code says so.
  expect(after.rows.find((r) => r.sheet === '风险点自查' && r.row === 4)).toMatchObject({
    entered: '一级',
    status: 'differs',
    needsReason: true,
  });
  expect(second.code).toBe(1);

  const out = new ExcelJS.Workbook();
  await out.xlsx.readFile(f('再定级.xlsx'));
  const kept = items(out.getWorksheet(SETTINGS_SHEET)!);
  expect([...kept].filter(([k]) => ['计分因素', '一级最低分', '二级最低分', '上调一级'].includes(k))).toEqual([
    ['计分因素', expect.objectContaining({ value: '发生几率×后果的严重程度×紧急程度' })],
    ['一级最低分', expect.objectContaining({ value: 40 })],
    ['二级最低分', expect.objectContaining({ value: 12 })],
    ['上调一级', expect.objectContaining({ value: '无' })],
  ]);
  // The rule reads three factors: no 5 × 5 matrix of two of them is offered.
  expect(kept.has('矩阵')).toBe(false);
});
