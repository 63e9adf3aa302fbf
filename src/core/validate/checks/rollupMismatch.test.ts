import { rollupMismatch } from './rollupMismatch';
import { runCheck, sheet, where } from './testing';

it('B4 counts per 科室 against the B3 rows found in the workbook', () => {
  const b3 = sheet('专项', [
    ['重点岗位风险点专项清查表'],
    ['序号', '科室', '重点岗位', '权力类型', '风险点描述', '风险等级'],
    [1, '国库股', '拨付岗', '财权', '点', '一级'],
    [2, '国库股', '拨付岗', '财权', '点', '二级'],
    [3, '人事股', '干部岗', '人权', '点', '一级'],
  ]);
  const b4 = sheet(
    '汇总',
    [
      ['岗位风险点清查汇总表'],
      ['科室', '岗位', '风险等级', null, null, '风险类型', null, null, null, null, '监控责任', '防控措施'],
      [null, null, '一级', '二级', '三级', '岗位职责', '制度机制', '思想道德', '工作流程', '外部环境', null, null],
      ['国库股', '拨付岗', 1, 1, 0, null, null, null, null, null, '局长', '措施'],
      ['人事股', '干部岗', 2, 0, 0, null, null, null, null, null, '局长', '措施'],
    ],
    ['A2:A3', 'B2:B3', 'C2:E2', 'F2:J2', 'K2:K3', 'L2:L3'],
  );
  const issues = runCheck(rollupMismatch, 'heshui-2012', [b3, b4]);
  expect(where(issues)).toEqual(['rollup_mismatch@C5']);
  expect(issues[0]).toMatchObject({ sheet: '汇总', severity: 'warning' });
  expect(runCheck(rollupMismatch, 'heshui-2012', [b4])).toEqual([]);
});

it('reads B4 counts as clerks type them (1个, —, 无) and says nothing more of a cell that holds no count', () => {
  const b3 = sheet('专项', [
    ['重点岗位风险点专项清查表'],
    ['序号', '科室', '重点岗位', '权力类型', '风险点描述', '风险等级'],
    [1, '国库股', '拨付岗', '财权', '点', '一级'],
    [2, '国库股', '拨付岗', '财权', '点', '二级'],
  ]);
  const b4 = sheet(
    '汇总',
    [
      ['岗位风险点清查汇总表'],
      ['科室', '岗位', '风险等级', null, null, '风险类型', null, null, null, null, '监控责任', '防控措施'],
      [null, null, '一级', '二级', '三级', '岗位职责', '制度机制', '思想道德', '工作流程', '外部环境', null, null],
      ['国库股', '拨付岗', '1个', '１项', '—', null, null, null, null, null, '局长', '措施'],
      ['人事股', '干部岗', '无', '/', '若干', null, null, null, null, null, '局长', '措施'],
    ],
    ['A2:A3', 'B2:B3', 'C2:E2', 'F2:J2', 'K2:K3', 'L2:L3'],
  );
  // 若干 is no count: numbers names it; a mismatch there would only say it again.
  expect(runCheck(rollupMismatch, 'heshui-2012', [b3, b4])).toEqual([]);
});

it('a type count of a row fed partly by B3 (no 风险类型) is checked against what it can be', () => {
  const b1 = sheet('李建军', [
    ['个人岗位风险点自查表'],
    ['单位：合水县财政局　　科室：国库股　　姓名：李建军　　岗位：股长'],
    ['序号', '风险点描述', '风险类型', '风险等级', '防控措施'],
    [1, '拨付把关不严', '岗位职责', '一级', '复核'],
    [2, '接受宴请', '外部环境', '二级', '承诺'],
  ]);
  const b3 = sheet('专项', [
    ['重点岗位风险点专项清查表'],
    ['序号', '科室', '重点岗位', '权力类型', '风险点描述', '风险等级'],
    [1, '国库股', '拨付岗', '财权', '截留挪用', '一级'],
  ]);
  const b4 = (duty: number) =>
    sheet(
      '汇总',
      [
        ['岗位风险点清查汇总表'],
        ['科室', '岗位', '风险等级', null, null, '风险类型', null, null, null, null, '监控责任', '防控措施'],
        [null, null, '一级', '二级', '三级', '岗位职责', '制度机制', '思想道德', '工作流程', '外部环境', null, null],
        ['国库股', '股长', 2, 1, 0, duty, 0, 0, 0, 1, '局长', '措施'],
      ],
      ['A2:A3', 'B2:B3', 'C2:E2', 'F2:J2', 'K2:K3', 'L2:L3'],
    );
  // 岗位职责: 1 from B1, and B3's point may be one too: 1 or 2 stand, 9 does not.
  for (const ok of [1, 2]) expect(runCheck(rollupMismatch, 'heshui-2012', [b1, b3, b4(ok)])).toEqual([]);
  const issues = runCheck(rollupMismatch, 'heshui-2012', [b1, b3, b4(9)]);
  expect(where(issues)).toEqual(['rollup_mismatch@F4']);
  expect(issues[0].message).toContain('应为 1～2');
});
