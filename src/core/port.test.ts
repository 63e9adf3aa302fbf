import { mergeHeadedBy, type SheetSnapshot } from './port';

const sheet = (merges: string[]): SheetSnapshot => ({ name: '签章', visibility: 'visible', rows: [], merges });

it('finds the merged range a cell heads, none for a cell inside one or outside all, and sees a list changed since', () => {
  const s = sheet(['B3:D3', 'A5:A7']);
  expect(mergeHeadedBy(s, 3, 2)).toEqual({ top: 3, left: 2, bottom: 3, right: 4 });
  expect(mergeHeadedBy(s, 5, 1)).toEqual({ top: 5, left: 1, bottom: 7, right: 1 });
  expect(mergeHeadedBy(s, 3, 3)).toBeUndefined();
  expect(mergeHeadedBy(s, 1, 1)).toBeUndefined();
  s.merges.push('F9:G10');
  expect(mergeHeadedBy(s, 9, 6)).toEqual({ top: 9, left: 6, bottom: 10, right: 7 });
});
