import { runCheck, sheet, where } from './testing';
import { seqContinuity } from './seqContinuity';

it('finds a break in 序号 once, and a number that is no number', () => {
  const s = sheet('目录', [
    ['序号', '岗位名称', '职责内容'],
    [1, '甲', '职责'],
    ['2、', '乙', '职责'],
    [4, '丙', '职责'],
    [5, '丁', '职责'],
    ['六', '戊', '职责'],
  ]);
  expect(where(runCheck(seqContinuity, 'puyang-2012', [s]))).toEqual(['seq_break@A4', 'seq_invalid@A6']);
});

it('restarts at 1 in each hangzhou category group', () => {
  const s = sheet(
    '清单',
    [
      ['市生态环境局廉政风险清单'],
      ['排查类别', '序号', '主要廉政风险', '风险类别', '责任部门', '责任领导'],
      ['议事决策类', 1, '甲', '高', '办', '王'],
      [null, 2, '乙', '中', '办', '王'],
      ['权力运行类', 1, '丙', '低', '办', '王'],
      [null, 3, '丁', '低', '办', '王'],
    ],
    ['A3:A4', 'A5:A6'],
  );
  expect(where(runCheck(seqContinuity, 'hangzhou-2019', [s]))).toEqual(['seq_break@B6']);
});
