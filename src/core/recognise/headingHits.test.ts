import fc from 'fast-check';
import { PACKS } from '../packs';
import { makeGrid } from './grid';
import { HEADING_SCAN_ROWS, headingRows } from './headingHits';
import { columnIndex, countHeadings } from './matchColumns';
import { sheetOf } from './testSheet';
import { typedCell } from './typedSpellings';

const FORMS = PACKS.flatMap((p) => p.forms);

it('finds for every form the very rows, and counts, that counting its headings row by row finds', () => {
  fc.assert(
    fc.property(
      fc.array(fc.array(typedCell, { maxLength: 8 }), { minLength: 1, maxLength: HEADING_SCAN_ROWS + 3 }),
      fc.shuffledSubarray(FORMS, { minLength: 1 }),
      (rows, forms) => {
        const grid = makeGrid(sheetOf('s', rows));
        // Forms asked in any order, some twice: each one joining the index changes no other's rows.
        for (const form of [...forms, ...forms.slice(0, 2)]) {
          const plain: number[] = [];
          for (let r = 1; r <= Math.min(rows.length, HEADING_SCAN_ROWS); r++) {
            const n = countHeadings(grid, r, columnIndex(form));
            if (n) plain.push(r, n);
          }
          expect(headingRows(grid, form)).toEqual(plain);
        }
      },
    ),
    { numRuns: 300 },
  );
});
