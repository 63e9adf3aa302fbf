import { runCheck, sheet, where } from './testing';
import { totalsMismatch } from './totalsMismatch';

/** heshui's 附表4 under its two-row heading (风险等级 and 风险类型 over their columns), with the given rows. */
const b4 = (rows: unknown[][]) =>
  sheet(
    '汇总',
    [
      ['岗位风险点清查汇总表'],
      ['科室', '岗位', '风险等级', null, null, '风险类型', null, null, null, null, '监控责任', '防控措施'],
      [null, null, '一级', '二级', '三级', '岗位职责', '制度机制', '思想道德', '工作流程', '外部环境', null, null],
      ...(rows as Parameters<typeof sheet>[1]),
    ],
    ['A2:A3', 'B2:B3', 'C2:E2', 'F2:J2', 'K2:K3', 'L2:L3'],
  );

it('a typed 合计 row that differs from the rows above', () => {
  const s = b4([
    ['国库股', '股长', 1, 2, 0, 3, 0, 0, 0, 0, '局长', '措施'],
    ['人事股', '干部岗', 1, 0, 1, 1, 1, 0, 0, 0, '局长', '措施'],
    ['合计', null, 2, 3, 1, 4, 1, 0, 0, 0],
  ]);
  const issues = runCheck(totalsMismatch, 'heshui-2012', [s]);
  expect(where(issues)).toEqual(['total_mismatch@D6']);
  expect(issues[0].message).toContain('应为 2');
});

it('a 合计 line whose words say another number of risk points than the rows above it', () => {
  const rows = (n: number) =>
    Array.from({ length: n }, (_, i) => [i + 1, '教务处', '中层', '主任', '', '岗位职责风险', `风险${i}`, '二级']);
  const s = sheet('自查', [
    ['腐败风险点及防控措施自查表'],
    ['序号', '科室', '职级', '岗位', '姓名', '风险类型', '风险点', '风险等级'],
    ...rows(7),
    ['合计', null, null, null, null, null, '共 6 个风险点'],
  ]);
  const issues = runCheck(totalsMismatch, 'school-2010', [s]);
  expect(where(issues)).toEqual(['total_rows_mismatch@G10']);
  expect(issues[0].message).toContain('共有 7 行');
  const right = sheet('自查', [
    ['腐败风险点及防控措施自查表'],
    ['序号', '科室', '职级', '岗位', '姓名', '风险类型', '风险点', '风险等级'],
    ...rows(6),
    ['合计：', null, null, null, null, null, '共6个风险点'],
  ]);
  expect(runCheck(totalsMismatch, 'school-2010', [right])).toEqual([]);
});

it('a department’s 小计 typed where its name goes (国库股小计) adds up its own rows; the 合计 the whole table', () => {
  const s = b4([
    ['国库股', '股长', 1, 2, 0, 3, 0, 0, 0, 0, '局长', '措施'],
    ['国库股', '会计', 0, 1, 0, 1, 0, 0, 0, 0, '局长', '措施'],
    ['国库股小计', null, 1, 3, 0, 4, 0, 0, 0, 0],
    ['人事股', '干部岗', 1, 0, 1, 1, 1, 0, 0, 0, '局长', '措施'],
    ['人事股 小计', null, 1, 0, 2, 1, 1, 0, 0, 0],
    ['本局合计', null, 2, 3, 1, 5, 1, 0, 0, 0],
  ]);
  // 人事股's 三级 is 1, not 2: the one wrong count, named at its cell; 本局合计 is right (the rows, not the subtotals).
  const issues = runCheck(totalsMismatch, 'heshui-2012', [s]);
  expect(where(issues)).toEqual(['total_mismatch@E8']);
  expect(issues[0].message).toContain('应为 1');
});
