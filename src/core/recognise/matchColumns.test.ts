import { findPack } from '../packs';
import { makeGrid } from './grid';
import { columnIndex, matchColumns } from './matchColumns';
import { sheetOf } from './testSheet';

const form = (pack: string, id: string) => findPack(pack)!.forms.find((f) => f.id === id)!;
const A3 = form('puyang-2012', 'A3');

it('matches headings with line breaks, stray and full-width spaces, notes in brackets, and aliases', () => {
  const g = makeGrid(
    sheetOf('s', [['风险点\n表现形式', '风险　等级（一、二、三级）', '风险类型', '发生 概率', '签名']]),
  );
  const m = matchColumns(g, 1, columnIndex(A3));
  expect(m.columns).toEqual({ riskPoint: 1, level: 2, category: 3, probability: 4 });
  expect(m.unknown).toEqual([5]);
});

it.each([
  [
    'heshui-2012',
    'B3',
    ['发生概率', '危害程度', '自由裁量权', '资金关联程度'],
    ['probability', 'impact', 'discretion', 'funds'],
  ],
  [
    'heshui-2012',
    'B1',
    ['可能性(1-5分)', '危害', '自由裁量权的大小', '行政权力与资金关联'],
    ['probability', 'impact', 'discretion', 'funds'],
  ],
  ['school-2010', 'D1', ['发生概率', '危害程度', '紧急性'], ['probability', 'impact', 'urgency']],
  ['school-2010', 'D1', ['几率', '后果严重程度', '紧迫程度'], ['probability', 'impact', 'urgency']],
  [
    'hangzhou-2019',
    'C1',
    ['腐败现象发生概率', '危害性', '重要程度', '自由裁量权大小'],
    ['probability', 'impact', 'importance', 'discretion'],
  ],
  ['railway-2014', 'E2', ['发生可能性', '严重程度'], ['probability', 'impact']],
  ['puyang-2012', 'A3', ['发生几率', '危害程度1-5分'], ['probability', 'impact']],
])('%s %s: factor headings in everyday words %j', (pack, id, headings, keys) => {
  const m = matchColumns(makeGrid(sheetOf('s', [headings])), 1, columnIndex(form(pack, id)));
  expect(Object.keys(m.columns)).toEqual(keys);
  expect(m.unknown).toEqual([]);
});

it("a form's own label wins over the lexicon: hangzhou's 风险类别 is its level, puyang's is the category", () => {
  const g = makeGrid(sheetOf('s', [['风险类别', '风险等级']]));
  expect(matchColumns(g, 1, columnIndex(form('hangzhou-2019', 'C1'))).columns).toEqual({ level: 1 });
  expect(matchColumns(g, 1, columnIndex(A3)).columns).toEqual({ category: 1, level: 2 });
});
