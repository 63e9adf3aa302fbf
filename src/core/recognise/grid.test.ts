import fc from 'fast-check';
import { displayText, isBlank } from '../cell';
import { termKey } from '../forms/termKey';
import { labelKey } from '../normalise/text';
import { makeGrid, MAX_WIDTH, rowCells } from './grid';
import { sheetOf } from './testSheet';
import { typedSpelling as typed } from './typedSpellings';

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

/** labelKey as written before its shortcut for text it leaves alone: the reference the grid's keys must match. */
const plainLabelKey = (s: string) =>
  s
    .normalize('NFKC')
    .replace(/[\s\u3000\u00a0\u200b\ufeff]+/g, '')
    .replace(/\([^)]*\)/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/[【】*※]/g, '')
    .replace(/[:：]+$/, '');

it('keys every cell as labelKey and termKey key its text (and gives it NFKC), however often the text recurs', () => {
  fc.assert(
    fc.property(
      fc.array(fc.oneof({ weight: 4, arbitrary: typed }, fc.string(), fc.integer(), fc.double(), fc.constant(null)), {
        minLength: 1,
        maxLength: 8,
      }),
      (cells) => {
        // Two grids of the same texts: the second meets every text again.
        for (const g of [makeGrid(sheetOf('s', [cells])), makeGrid(sheetOf('t', [cells]))])
          cells.forEach((v, i) => {
            const want = isBlank(v) ? '' : plainLabelKey(String(v));
            expect(g.key(1, i + 1)).toBe(want);
            expect(g.term(1, i + 1)).toBe(want ? termKey(want) : '');
            expect(g.text(1, i + 1)).toBe(displayText(v).normalize('NFKC'));
            expect(labelKey(String(v ?? ''))).toBe(plainLabelKey(String(v ?? '')));
          });
      },
    ),
    { numRuns: 1500 },
  );
});
