import { MAX_VALIDATION_CELLS } from '../exceljs/safe/limits';
import type { ReadWarning } from '../exceljs/safe/prepare';
import { SheetBuilder, type SheetContext } from './sheetBuilder';

const context = (warnings: ReadWarning[]): SheetContext => ({
  file: 'unit.xlsx',
  part: 'xl/worksheets/sheet1.xml',
  name: '风险点',
  visibility: 'visible',
  strings: undefined,
  dateStyles: [],
  styleFormats: [],
  date1904: false,
  warnings,
});

test('the builder hands each validation range to plan.ts’s budget: within it nothing is said, the one that crosses it is clipped and said so', () => {
  const warnings: ReadWarning[] = [];
  const b = new SheetBuilder('', context(warnings));
  b.validation(`A1:A${MAX_VALIDATION_CELLS - 1}`);
  b.validation('B1:B2');
  expect(warnings).toEqual([
    { code: 'validation_clipped', params: { file: 'unit.xlsx', sheet: '风险点', range: 'B1:B2', clipped: 'B1' } },
  ]);
});
