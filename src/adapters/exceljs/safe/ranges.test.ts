import fc from 'fast-check';
import {
  MAX_COL,
  MAX_ROW,
  areaCells,
  areaRef,
  colLetters,
  colNumber,
  parseArea,
  parseSheetRef,
  splitTopLevel,
} from './ranges';

const area = fc
  .tuple(
    fc.integer({ min: 1, max: MAX_ROW }),
    fc.integer({ min: 1, max: MAX_ROW }),
    fc.integer({ min: 1, max: MAX_COL }),
    fc.integer({ min: 1, max: MAX_COL }),
  )
  .map(([r1, r2, c1, c2]) => ({
    top: Math.min(r1, r2),
    bottom: Math.max(r1, r2),
    left: Math.min(c1, c2),
    right: Math.max(c1, c2),
  }));

test('column letters and numbers round-trip over the whole sheet width', () => {
  fc.assert(fc.property(fc.integer({ min: 1, max: MAX_COL }), (n) => colNumber(colLetters(n)) === n));
  expect(colLetters(MAX_COL)).toBe('XFD');
});

test('any area prints and parses back to itself, and its cell count is rows × columns', () => {
  fc.assert(
    fc.property(area, (a) => {
      expect(parseArea(areaRef(a))).toEqual(a);
      expect(areaCells(a)).toBe((a.bottom - a.top + 1) * (a.right - a.left + 1));
    }),
  );
});

test('whole columns, whole rows and absolute refs count every cell they cover', () => {
  expect(areaCells(parseArea('A:A')!)).toBe(MAX_ROW);
  expect(areaCells(parseArea('1:2')!)).toBe(2 * MAX_COL);
  expect(areaCells(parseArea('$A$1:$XFD$1048576')!)).toBe(MAX_ROW * MAX_COL);
  expect(parseArea('SUM(A1)')).toBeUndefined();
});

test('sheet references with quotes and commas split and parse back to their sheets', () => {
  const sheet = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => !/[!\]\[*?/\\:]/.test(s));
  fc.assert(
    fc.property(fc.array(fc.tuple(sheet, area), { minLength: 1, maxLength: 4 }), (refs) => {
      const text = refs.map(([s, a]) => `'${s.replace(/'/g, "''")}'!${areaRef(a)}`).join(',');
      const parsed = splitTopLevel(text).map(parseSheetRef);
      expect(parsed.map((p) => p?.sheet)).toEqual(refs.map(([s]) => s));
    }),
  );
});
