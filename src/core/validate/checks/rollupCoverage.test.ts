import { rollupCoverage } from './rollupCoverage';
import { runCheck, sheet, where } from './testing';

const b3 = sheet('专项', [
  ['重点岗位风险点专项清查表'],
  ['序号', '科室', '重点岗位', '权力类型', '风险点描述', '风险等级', '防控措施', '责任人'],
  [1, '国库股', '拨付岗', '财权', '点', '一级', '复核', '王'],
  [2, '人事股', '干部岗', '人权', '点', '一级', '纪实', '赵'],
  [3, '办公室', '资产岗', '物权', '点', '二级', '集体研究', '李'],
]);
const b4 = (rows: Array<[string, number, number, number]>) =>
  sheet(
    '汇总',
    [
      ['岗位风险点清查汇总表'],
      ['科室', '岗位', '风险等级', null, null, '监控责任', '防控措施'],
      [null, null, '一级', '二级', '三级', null, null],
      ...rows.map(([dept, a, b, c]) => [dept, null, a, b, c, '局长', '措施']),
    ],
    ['A2:A3', 'B2:B3', 'C2:E2', 'F2:F3', 'G2:G3'],
  );

it('a 科室 of the details missing from B4, and a B4 that counts fewer risk points than the details hold', () => {
  const issues = runCheck(rollupCoverage, 'heshui-2012', [
    b3,
    b4([
      ['国库股', 1, 0, 0],
      ['人事股', 1, 0, 0],
    ]),
  ]);
  expect(issues.map((i) => `${i.code}@${i.cell}:${i.severity}`)).toEqual([
    'rollup_dept_missing@A2:error',
    'rollup_total_mismatch@C2:error',
  ]);
  expect(issues[1].message).toContain('共计 2 个风险点，而明细表（专项）共有 3 个');
  expect(
    where(
      runCheck(rollupCoverage, 'heshui-2012', [
        b3,
        b4([
          ['国库股', 1, 0, 0],
          ['人事股', 1, 0, 0],
          ['办公室', 0, 1, 0],
        ]),
      ]),
    ),
  ).toEqual([]);
});

it('counting more than the details in this workbook is only a warning (details may be elsewhere)', () => {
  const issues = runCheck(rollupCoverage, 'heshui-2012', [
    b3,
    b4([
      ['国库股', 2, 0, 0],
      ['人事股', 1, 0, 0],
      ['办公室', 0, 1, 0],
    ]),
  ]);
  expect(issues.map((i) => `${i.code}:${i.severity}`)).toEqual(['rollup_total_mismatch:warning']);
});
