import { runCheck, sheet, where } from './testing';
import { topShare } from './topShare';

const list = (levels: string[]) =>
  sheet('清单', [
    ['市生态环境局廉政风险清单'],
    ['排查类别', '序号', '主要廉政风险', '风险类别', '责任部门', '责任领导'],
    ...levels.map((l, i) => ['议事决策类', i + 1, `风险${i}`, l, '办', '王']),
  ]);

it('warns with the figure when the share of 高 is far from 20%', () => {
  const issues = runCheck(topShare, 'hangzhou-2019', [list(['高', '高', '高', '中', '低', '低'])]);
  expect(where(issues)).toEqual(['top_share_off@D2']);
  expect(issues[0].message).toContain('50%');
  expect(runCheck(topShare, 'hangzhou-2019', [list(['高', '中', '中', '低', '低'])])).toEqual([]);
});
