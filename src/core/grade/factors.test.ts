import { findPack } from '../packs';
import { readFactors } from './factors';

const scheme = findPack('puyang-2012')!.grading;
const probability = scheme.factors.find((f) => f.key === 'probability')!;

describe('factor scores as clerks type them', () => {
  test.each([
    [4, 4],
    ['4', 4],
    ['４', 4], // a full-width digit, from an input method left in full-width mode
    ['４分', 4],
    ['4分', 4],
    [' 5 ', 5],
    ['3 分', 3],
    ['5.0', 5],
  ])('%j counts as %d', (typed, score) => {
    expect(readFactors(scheme, { probability: typed })).toEqual({ values: { probability: score }, invalid: [] });
  });

  test.each([['五'], ['高'], ['6'], ['０'], ['2.5'], ['4-5'], [true]])(
    '%j is reported with the column and its range, not guessed',
    (typed) => {
      expect(readFactors(scheme, { probability: typed as never })).toEqual({
        values: {},
        invalid: [{ factor: 'probability', label: probability.label, value: typed, min: 1, max: 5 }],
      });
    },
  );

  test('a blank cell is neither a score nor a mistake', () => {
    expect(readFactors(scheme, { probability: '  ', impact: null })).toEqual({ values: {}, invalid: [] });
  });
});
