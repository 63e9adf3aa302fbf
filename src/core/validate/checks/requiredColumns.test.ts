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
