import fc from 'fast-check';
import { MAX_VALIDATION_CELLS } from './limits';
import { validationBudget } from './plan';
import type { ReadWarning } from './prepare';
import { areaCells, areaRef, parseArea } from './ranges';

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

/** The budget's rule stated range by range: each range keeps the whole rows the cells left allow. */
function byRule(sqrefs: string[], warnings: ReadWarning[]): Array<string | undefined> {
  let budget = MAX_VALIDATION_CELLS;
  return sqrefs.map((s) => {
    const refs = s.split(/\s+/).filter(Boolean);
    const kept: string[] = [];
    for (const ref of refs) {
      const area = parseArea(ref);
      if (!area || budget <= 0) continue;
      const rows = Math.min(area.bottom - area.top + 1, Math.floor(budget / (area.right - area.left + 1)));
      if (rows <= 0) continue;
      const clipped = { ...area, bottom: area.top + rows - 1 };
      budget -= areaCells(clipped);
      kept.push(areaRef(clipped));
    }
    const original = refs.map((r) => (parseArea(r) ? areaRef(parseArea(r)!) : r)).join(' ');
    if (kept.join(' ') === original) return undefined;
    warnings.push({
      code: 'validation_clipped',
      params: { file: 'unit.xlsx', sheet: '风险点', range: s, clipped: kept.join(' ') || '—' },
    });
    return kept.join(' ');
  });
}

test('validation ranges are kept, clipped and warned of by the rule, however many fit before one is clipped', () => {
  fc.assert(
    fc.property(fc.array(sqref, { maxLength: 40 }), (sqrefs) => {
      const expected: ReadWarning[] = [];
      const kept = byRule(sqrefs, expected);
      const warnings: ReadWarning[] = [];
      const clip = validationBudget('unit.xlsx', '风险点', warnings);
      expect(sqrefs.map((s) => clip(s))).toEqual(kept);
      expect(warnings).toEqual(expected);
    }),
    { numRuns: 300 },
  );
});
