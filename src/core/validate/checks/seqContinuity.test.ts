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

it('hangzhou: numbered 1、2、3、5 under a merged 排查类别 is a break at 5; each group restarts at 1', () => {
  const s = sheet(
    '清单',
    [
      ['机关处室、城区分局、直属单位廉政风险清单'],
      ['排查类别', '序号', '主要廉政风险', '风险类别', '责任部门', '责任领导'],
      ['权力运行类', '1、', '甲', '中', '办', '王'],
      [null, '2、', '乙', '中', '办', '王'],
      [null, '3、', '丙', '低', '办', '王'],
      [null, '5、', '丁', '低', '办', '王'],
      ['纪律作风类', '1、', '戊', '低', '办', '王'],
    ],
    ['A3:A6'],
  );
  expect(where(runCheck(seqContinuity, 'hangzhou-2019', [s]))).toEqual(['seq_break@B6']);
});

it('hangzhou as the plan prints it: no 序号 column, the number opens 主要廉政风险 (1、未经集体研究…)', () => {
  const s = sheet(
    '清单',
    [
      ['市生态环境局廉政风险清单'],
      ['排查类别', '主要廉政风险', '风险类别', '责任部门', '责任领导'],
      ['议事决策类', '1、重大事项未经集体研究', '高', '办公室', '王'],
      [null, '2、会议记录不全', '中', '办公室', '王'],
      [null, '4、末位表态执行不到位', '中', '办公室', '王'],
      ['权力运行类', '1、审批超时限', '低', '审批处', '李'],
    ],
    ['A3:A5'],
  );
  const issues = runCheck(seqContinuity, 'hangzhou-2019', [s]);
  expect(where(issues)).toEqual(['seq_break@B5']);
  expect(issues[0].message).toContain('序号为 4，按顺序应为 3');
});
