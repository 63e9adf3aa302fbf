import { enumerations } from './enumerations';
import { runCheck, sheet, where } from './testing';

it('accepts what people type for levels and categories with a notice and fix; refuses the rest', () => {
  const s = sheet('张三', [
    ['岗位廉政风险点登记表'],
    ['风险点表现形式', '风险等级', '风险类别'],
    ['甲', '一级', '思想道德'],
    ['乙', 'Ⅰ级', '思想道德风险'],
    ['丙', '四级', '外部环境'],
  ]);
  const issues = runCheck(enumerations, 'puyang-2012', [s]);
  expect(where(issues)).toEqual(['value_normalised@B4', 'value_normalised@C4', 'enum_invalid@B5', 'enum_invalid@C5']);
  expect(issues[0]).toMatchObject({
    severity: 'notice',
    fix: { kind: 'setValues', sheet: '张三', at: 'B4', values: [['一级']] },
  });
  expect(issues[2].severity).toBe('error');
  expect(issues[2].message).toContain('一级、二级、三级');
});

it('reads a level typed by its colour as the plan marks it (红, 一级（红）) with a notice, and never a colour that disagrees', () => {
  const s = sheet('张三', [
    ['岗位廉政风险点登记表'],
    ['风险点表现形式', '风险等级', '风险类别'],
    ['甲', '一级（红）', '思想道德'],
    ['乙', '黄色', '思想道德'],
    ['丙', '三级(蓝色)', '思想道德'],
    ['丁', '一级（蓝）', '思想道德'],
    ['戊', '绿', '思想道德'],
  ]);
  const issues = runCheck(enumerations, 'puyang-2012', [s]);
  expect(issues.map((i) => [i.cell, i.code, i.fix?.kind === 'setValues' ? i.fix.values[0][0] : null])).toEqual([
    ['B3', 'value_normalised', '一级'],
    ['B4', 'value_normalised', '二级'],
    ['B5', 'value_normalised', '三级'],
    ['B6', 'enum_invalid', null],
    ['B7', 'enum_invalid', null],
  ]);
});

it('judges a merged category once, on its first row', () => {
  const s = sheet(
    '清单',
    [
      ['市生态环境局廉政风险清单'],
      ['排查类别', '序号', '主要廉政风险', '风险类别', '责任部门', '责任领导'],
      ['议事决策', 1, '甲', '高风险', '办', '王'],
      [null, 2, '乙', '低', '办', '王'],
    ],
    ['A3:A4'],
  );
  expect(where(runCheck(enumerations, 'hangzhou-2019', [s]))).toEqual(['value_normalised@A3', 'value_normalised@D3']);
});

it('an open list (A2 公开形式) takes the plan’s own channel and any other text; a near spelling gets its fix', () => {
  const s = sheet('职权', [
    ['职权运行目录'],
    ['序号', '职权名称', '职权内容', '设置依据', '公开形式', '办结时限', '办理主体'],
    [1, '立项', '审核', '办法', '濮阳日报科技之光专版', '20日', '科'],
    [2, '鉴定', '组织', '办法', '门户网站', '20日', '科'],
    [3, '奖励', '评审', '办法', '依申请 公开', '20日', '科'],
  ]);
  expect(where(runCheck(enumerations, 'puyang-2012', [s]))).toEqual(['value_normalised@E5']);
});

it('reads a 预警级别 as the school plan names its warnings: 一级预警(A), A, B级, 三级预警', () => {
  const s = sheet('预警', [
    ['预警处置登记表'],
    ['序号', '预警日期', '预警对象', '反映问题', '预警级别', '处置方式', '回告时限'],
    ...['一级预警(A)', 'A', 'B级', '三级预警', '二级', 'F'].map((lv, i) => [
      i + 1,
      '2010-10-28',
      '总务处',
      '问题',
      lv,
      '批评教育',
      '5个工作日',
    ]),
  ]);
  const issues = runCheck(enumerations, 'school-2010', [s]);
  expect(issues.map((i) => [i.cell, i.code, i.fix?.kind === 'setValues' ? i.fix.values[0][0] : null])).toEqual([
    ['E3', 'value_normalised', '一级'],
    ['E4', 'value_normalised', '一级'],
    ['E5', 'value_normalised', '二级'],
    ['E6', 'value_normalised', '三级'],
    ['E8', 'enum_invalid', null],
  ]);
});

it('reads a 流程环节 as the plan’s 职权运行流程图 draws it (申请 → 提出, 3.审核, 反馈阶段), with a notice', () => {
  const s = sheet('张三', [
    ['岗位廉政风险点登记表'],
    ['风险点表现形式', '风险等级', '风险类别', '职权名称', '流程环节'],
    ...['申请', '3.审核', '反馈阶段', '办理', '立项评审'].map((stage) => [
      '风险',
      '一级',
      '岗位职责',
      '项目立项',
      stage,
    ]),
  ]);
  const issues = runCheck(enumerations, 'puyang-2012', [s]);
  expect(issues.map((i) => [i.cell, i.code, i.fix?.kind === 'setValues' ? i.fix.values[0][0] : null])).toEqual([
    ['E3', 'value_normalised', '提出'],
    ['E4', 'value_normalised', '审核'],
    ['E5', 'value_normalised', '反馈'],
    ['E7', 'enum_invalid', null],
  ]);
});
