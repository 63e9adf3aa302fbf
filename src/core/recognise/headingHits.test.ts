import fc from 'fast-check';
import { columnLetter } from '../a1';
import { PACKS } from '../packs';
import { makeGrid } from './grid';
import { HEADING_SCAN_ROWS, headingRows } from './headingHits';
import { columnIndex, countHeadings } from './matchColumns';
import { headingHit, underHeading } from './locate';
import { sheetOf } from './testSheet';
import { typedCell, typedSpelling } from './typedSpellings';

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

it('never tries a row as a heading that could name more columns than its cells and those joining from below', () => {
  const letters = 'ABCDEFGH';
  const merge = fc
    .tuple(fc.nat({ max: 7 }), fc.nat({ max: 3 }), fc.integer({ min: 1, max: 6 }))
    .map(([c, n, r]) => `${letters[c]}${r}:${letters[Math.min(7, c + n)]}${r}`);
  fc.assert(
    fc.property(
      fc.array(fc.array(fc.oneof(typedCell, fc.constant(null)), { maxLength: 8 }), { minLength: 2, maxLength: 6 }),
      fc.uniqueArray(merge, { maxLength: 3, selector: (m) => m.slice(0, 2) }),
      fc.constantFrom(...FORMS),
      (rows, merges, form) => {
        const grid = makeGrid(sheetOf('s', rows, merges));
        for (let r = 1; r <= rows.length; r++)
          expect(headingHit(grid, r, form)).toBeLessThanOrEqual(
            countHeadings(grid, r, columnIndex(form)) + underHeading(grid, r),
          );
      },
    ),
    { numRuns: 500 },
  );
});

it('the same holds for headings over two rows, under merged group headings or ones typed once over blank cells', () => {
  const twoRows = fc
    .tuple(
      fc.constantFrom(...FORMS),
      fc.nat(),
      fc.integer({ min: 1, max: 5 }),
      fc.oneof(typedSpelling, fc.constantFrom('风险等级', '风险评估', '防控措施', '风险', '')),
      fc.boolean(),
      fc.array(fc.oneof(typedCell, fc.constant(null)), { maxLength: 4 }),
    )
    .map(([form, cut, width, group, merged, data]) => {
      const labels = form.columns.map((c) => c.label);
      const i = cut % labels.length;
      const k = Math.min(labels.length - i, width);
      const top = [...labels.slice(0, i), group, ...Array<null>(k - 1).fill(null), ...labels.slice(i + k)];
      const second = [...Array<null>(i).fill(null), ...labels.slice(i, i + k)];
      const merges = merged && k > 1 ? [`${columnLetter(i + 1)}1:${columnLetter(i + k)}1`] : [];
      return { form, rows: [top, second, data], merges };
    });
  fc.assert(
    fc.property(twoRows, ({ form, rows, merges }) => {
      const grid = makeGrid(sheetOf('s', rows, merges));
      for (const f of [form, ...FORMS.slice(0, 4)])
        for (let r = 1; r <= rows.length; r++)
          expect(headingHit(grid, r, f)).toBeLessThanOrEqual(
            countHeadings(grid, r, columnIndex(f)) + underHeading(grid, r),
          );
    }),
    { numRuns: 500 },
  );
});
