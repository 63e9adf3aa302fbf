import { findPack } from '../packs';
import { makeGrid } from './grid';
import { columnIndex, matchColumns } from './matchColumns';
import { sheetOf } from './testSheet';

const A3 = findPack('puyang-2012')!.forms.find((f) => f.id === 'A3')!;

it('matches headings with line breaks, stray and full-width spaces, notes in brackets, and aliases', () => {
  const g = makeGrid(
    sheetOf('s', [['风险点\n表现形式', '风险　等级（一、二、三级）', '风险类型', '发生 概率', '签名']]),
  );
  const m = matchColumns(g, 1, columnIndex(A3));
  expect(m.columns).toEqual({ riskPoint: 1, level: 2, category: 3, probability: 4 });
  expect(m.unknown).toBe(1);
});
