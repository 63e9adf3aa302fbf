import fc from 'fast-check';
import { MAX_VALIDATION_CELLS } from '../exceljs/safe/limits';
import { validationBudget } from '../exceljs/safe/plan';
import type { ReadWarning } from '../exceljs/safe/prepare';
import { SheetBuilder, type SheetContext } from './sheetBuilder';

const context = (warnings: ReadWarning[]): SheetContext => ({
  file: 'unit.xlsx',
  part: 'xl/worksheets/sheet1.xml',
  name: '风险点',
  visibility: 'visible',
  strings: undefined,
  dateStyles: [],
  date1904: false,
  warnings,
});

/** Ranges of every size around the budget, in the spellings a sqref holds (and a few it should not). */
const range = fc.oneof(
  fc
    .tuple(fc.integer({ min: 1, max: 200_000 }), fc.integer({ min: 1, max: 26 }), fc.integer({ min: 1, max: 30_000 }))
    .map(
      ([top, col, height]) => `${String.fromCharCode(64 + col)}${top}:${String.fromCharCode(64 + col)}${top + height}`,
    ),
  fc.constantFrom('A1', 'B2:C3', '$A$1:$B$9', 'a1:b2', 'A:A', '3:5', 'A1:XFD1048576', 'Q9:A1', 'x', '', '！'),
);
const sqref = fc
  .array(fc.tuple(range, fc.constantFrom(' ', '  ', '\n', '\u3000')), { maxLength: 4 })
  .map((parts) => parts.map(([r, s]) => r + s).join(''));

test('validation ranges warn exactly as plan.ts budget warns, however many fit before one is clipped', () => {
  fc.assert(
    fc.property(fc.array(sqref, { maxLength: 40 }), (sqrefs) => {
      const expected: ReadWarning[] = [];
      const clip = validationBudget('unit.xlsx', '风险点', expected);
      for (const s of sqrefs) clip(s);
      const warnings: ReadWarning[] = [];
      const b = new SheetBuilder('', context(warnings));
      for (const s of sqrefs) b.validation(s);
      expect(warnings).toEqual(expected);
    }),
    { numRuns: 300 },
  );
  // Ranges within the budget warn of nothing; the one that crosses it is clipped and said so.
  const warnings: ReadWarning[] = [];
  const b = new SheetBuilder('', context(warnings));
  b.validation(`A1:A${MAX_VALIDATION_CELLS - 1}`);
  b.validation('B1:B2');
  expect(warnings).toEqual([
    { code: 'validation_clipped', params: { file: 'unit.xlsx', sheet: '风险点', range: 'B1:B2', clipped: 'B1' } },
  ]);
});
