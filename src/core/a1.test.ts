import fc from 'fast-check';
import { columnLetter, columnNumber, parseRange, rangeAddress, quoteSheet } from './a1';

describe('A1 addressing', () => {
  it('maps column numbers to letters as Excel does', () => {
    expect([1, 26, 27, 52, 703, 16384].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'AAA', 'XFD']);
  });
  it('round-trips every column', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 16384 }), (c) => columnNumber(columnLetter(c)) === c));
  });
  it('parses ranges in any corner order, with or without $', () => {
    expect(parseRange('$C$5:A2')).toEqual({ top: 2, left: 1, bottom: 5, right: 3 });
    expect(rangeAddress(2, 1, 5, 3)).toBe('A2:C5');
    expect(rangeAddress(4, 4, 4, 4)).toBe('D4');
  });
  it('rejects what is not a range', () => {
    expect(() => parseRange('Sheet1')).toThrow(RangeError);
  });
  it('quotes sheet names with apostrophes', () => {
    expect(quoteSheet("A3 张三's")).toBe("'A3 张三''s'");
  });
});
