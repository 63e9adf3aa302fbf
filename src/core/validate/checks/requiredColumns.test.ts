import { requiredColumns } from './requiredColumns';
import { runCheck, sheet, where } from './testing';

it('flags a required column the heading lacks', () => {
  const s = sheet('目录', [
    ['岗位职责目录'],
    ['序号', '岗位名称', '办理主体', '设定依据'],
    [1, '主任', '办公室', '三定'],
  ]);
  const issues = runCheck(requiredColumns, 'puyang-2012', [s]);
  expect(where(issues)).toEqual(['column_missing@E2']);
  expect(issues[0].message).toContain('职责内容');
});

it('a missing column lianfang derived from the plan’s text is a warning, not an error', () => {
  const s = sheet('预警', [
    ['预警处置登记表'],
    ['单位名称:高桥小学'],
    ['序号', '预警对象', '反映问题', '预警级别', '处置方式', '回告时限', '整改情况', '处理结果'],
    [1, '李明', '采购不规范', '二级', '批评教育', '5个工作日', '已整改', '通报'],
  ]);
  const issues = runCheck(requiredColumns, 'school-2010', [s]);
  expect(issues.map((i) => `${i.code}@${i.cell}:${i.severity}`)).toEqual(['column_missing_derived@I3:warning']);
  expect(issues[0].message).toContain('预警日期');
});

it('names the heading that looks like the missing column, there, and never a heading of another column', () => {
  const s = sheet('Sheet1', [
    ['单位内设机构岗位风险点自查表'],
    ['序 号', '重 点 事 项', '风险点\n描述', '风险类型', '风险等级', '防控措施及责任人', '发生概率', '危害程度'],
    [1, '采购审批', '违规审批', '岗位职责', '一级', '集体研究/张三', 4, 5],
  ]);
  const issues = runCheck(requiredColumns, 'heshui-2012', [s]);
  expect(issues.map((i) => `${i.code}@${i.cell}`)).toEqual(['column_missing_derived@F2']);
  expect(issues[0].message).toContain('F2 的列标题「防控措施及责任人」像是此列');
  // No heading like it: where it would be added, right of every heading (备注 is one).
  const other = sheet('目录', [
    ['岗位职责目录'],
    ['序号', '岗位名称', '办理主体', '设定依据', '备注'],
    [1, '主任', '办公室', '三定', null],
  ]);
  expect(where(runCheck(requiredColumns, 'puyang-2012', [other]))).toEqual(['column_missing@F2']);
});
