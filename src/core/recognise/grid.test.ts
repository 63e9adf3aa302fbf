import { makeGrid, MAX_WIDTH, rowCells } from './grid';
import { sheetOf } from './testSheet';

it('shows a merged value in every cell it covers, and tells vertical cover apart', () => {
  const g = makeGrid(
    sheetOf(
      's',
      [
        ['类别', '甲'],
        [null, '乙'],
        ['标题', null],
      ],
      ['A1:A2', 'A3:B3'],
    ),
  );
  expect(g.shown(2, 1)).toBe('类别');
  expect(g.at(2, 1)).toBeNull();
  expect(g.coveredVertically(2, 1)).toBe(true);
  expect(g.coveredVertically(3, 2)).toBe(false);
  expect(g.mergeRight(3, 1)).toBe(2);
  expect(g.key(1, 1)).toBe('类别');
  expect(rowCells(g, 2)).toEqual([{ col: 2, value: '乙' }]);
});

it('reads at most MAX_WIDTH columns of a row, however wide the sheet claims to be', () => {
  const wide = Array.from({ length: 16384 }, (_, i) => (i % 2 ? 'x' : null));
  expect(makeGrid(sheetOf('s', [wide])).width(1)).toBe(MAX_WIDTH);
});
