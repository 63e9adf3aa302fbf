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

it('takes a 完成时限 as plans and offices write one: 2014年底, 9月底, a quarter, a half year, each maybe with 前', () => {
  const ok = [
    '2014年底',
    '9月底',
    '12月底前',
    '2014年第四季度',
    '第三季度末',
    '上半年',
    '2014年下半年',
    '年底',
    '12月31日前',
    '2014年12月31日以前',
    '长期',
  ];
  const bad = ['尽快', '明年', '2014年13月'];
  const s = sheet('分布', [
    ['许可审批事项廉政风险分布表'],
    ['序号', '许可事项', '流程环节', '廉政风险点', '风险类型', '风险等级', '防控措施', '制度建设计划', '完成时限'],
    ...[...ok, ...bad].map((t, i) => [i + 1, '甲许可', '受理', '风险', '权力行使', '高', '措施', '建立制度', t]),
  ]);
  const issues = runCheck(timeLimits, 'railway-2014', [s]);
  expect(issues.map((i) => i.value)).toEqual(bad);
  expect(issues[0].message).toContain('「2014年12月底」');
});

it('takes a limit worded as service guides print it, as typed: 法定…，承诺…, 立案之日起90日; not a bare number', () => {
  const typed = ['法定20个工作日，承诺10个工作日', '立案之日起90日', '自受理之日起20个工作日内', '承诺时限：5个工作日'];
  const s = sheet('职权', [
    ['职权运行目录'],
    ['序号', '职权名称', '职权内容', '办结时限'],
    ...typed.map((t, i) => [i + 1, `职权${i}`, '内容', t]),
    [9, '乙', '内容', '20'],
    [10, '丙', '内容', '法定尽快'],
  ]);
  expect(where(runCheck(timeLimits, 'puyang-2012', [s]))).toEqual(['time_limit_invalid@D7', 'time_limit_invalid@D8']);
});
