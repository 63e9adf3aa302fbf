import fc from 'fast-check';
import { inputCell, type FakeSheet } from '../fakes/fakeExcel';
import { dateToSerial, isDateFormat, serialToDate, toExcelInput } from '../../src/adapters/officejs/cellInput';

const blankSheet = (): FakeSheet => ({ name: 'S', cells: new Map() }) as unknown as FakeSheet;

describe('toExcelInput', () => {
  it('any string lands in (fake) Excel as that exact text, never a formula, number or date', () => {
    const risky = fc.constantFrom('=', '+', '-', '@', '\t', '\r', "'", '#', '0', '1', ' 1', '.5', 'TRUE', '');
    fc.assert(
      fc.property(risky, fc.string({ unit: 'grapheme', maxLength: 20 }), (head, tail) => {
        const s = head + tail;
        fc.pre(s !== '');
        const sheet = blankSheet();
        inputCell(sheet, 1, 1, toExcelInput(s));
        const cell = sheet.cells.get('1,1')!;
        expect(cell.formula).toBeUndefined();
        expect(cell.value).toBe(s);
      }),
      { numRuns: 500 },
    );
  });

  it('leaves plain Chinese text untouched (no apostrophe in the formula bar)', () => {
    expect(toExcelInput('岗位廉政风险点登记表')).toBe('岗位廉政风险点登记表');
    expect(toExcelInput('一级')).toBe('一级');
  });

  it('round-trips dates through Excel serials', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1901-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        expect(serialToDate(dateToSerial(iso))).toEqual({ date: iso });
      }),
    );
    expect(isDateFormat('yyyy"年"m"月"d"日"')).toBe(true);
    expect(isDateFormat('[$-804]yyyy/m/d')).toBe(true);
    expect(isDateFormat('0.00_);[Red](0.00)')).toBe(false);
    expect(isDateFormat('G/通用格式')).toBe(false);
  });
});
