import { runCheck, sheet, where } from './testing';
import { timeLimits } from './timeLimits';

it('accepts 即办 / N个工作日 / N日, normalises variants with a notice, refuses other text', () => {
  const s = sheet('职权', [
    ['职权运行目录'],
    ['序号', '职权名称', '职权内容', '办结时限'],
    [1, '甲', '内容', '即办'],
    [2, '乙', '内容', '五个工作日'],
    [3, '丙', '内容', '20天'],
    [4, '丁', '内容', '尽快'],
    [5, '戊', '内容', '2024年6月30日'],
  ]);
  const issues = runCheck(timeLimits, 'puyang-2012', [s]);
  expect(where(issues)).toEqual(['time_limit_normalised@D4', 'time_limit_normalised@D5', 'time_limit_invalid@D6']);
  expect(issues[0].fix).toMatchObject({ at: 'D4', values: [['5个工作日']] });
});
