import { compareYears } from './compare';
import type { RiskPoint, UnitRisks } from './extract';

const risk = (text: string, level: string, rank?: number): RiskPoint => ({
  text,
  level,
  ...(rank === undefined ? {} : { rank }),
  category: '岗位职责',
  measures: [],
  at: `'自查表'!${text.length}`,
});
const unit = (file: string, risks: RiskPoint[]): UnitRisks => ({
  file,
  unit: '高桥小学',
  pack: 'school-2010',
  levels: ['一级', '二级', '三级'],
  risks,
});

it('counts the risk points whose level could not be read apart, out of the share and of 等级升降', () => {
  const last = unit('2023.xlsx', [
    risk('收受礼品', '一级', 0),
    risk('违规收费', '二级', 1),
    risk('乱订教辅', '三级', 2),
  ]);
  const now = unit('2024.xlsx', [risk('收受礼品', '一级', 0), risk('违规收费', '贰级'), risk('乱订教辅', '')]);
  const [u] = compareYears([last], [now]).units;
  expect(u.unlevelled).toEqual({ before: 0, after: 2 });
  expect([u.raised.length, u.lowered.length]).toEqual([0, 0]);
  // 1 一级 of the 1 levelled this year: said to be over the levelled ones, with the 2 others counted apart.
  expect(u.topShare).toEqual({ before: 1 / 3, after: 1 });
});
