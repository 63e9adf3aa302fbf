import { tableBelow } from './tableBelow';
import { runCheck, sheet, where } from './testing';

const heading = ['序号', '风险点描述', '风险类型', '风险等级', '防控措施'];

it('names the heading of a second person’s 自查表 typed under the first, as an error: its rows are not read', () => {
  const s = sheet('Sheet1', [
    ['个人岗位风险点自查表'],
    ['姓名：李建军'],
    heading,
    [1, '把关不严', '岗位职责', '一级', '集体研究'],
    ['本人签字：', null, '科室负责人意见：'],
    [],
    ['个人岗位风险点自查表'],
    ['姓名：王芳'],
    heading,
    [1, '票据管理不严', '制度机制', '三级', '双人管理'],
  ]);
  const issues = runCheck(tableBelow, 'heshui-2012', [s]);
  expect(where(issues)).toEqual(['table_below_unread@A9']);
  expect(issues[0].severity).toBe('error');
  expect(issues[0].message).toContain('本表读到第 4 行');
});

it('says nothing of a sheet with one table, or a 续表 that is read', () => {
  const one = sheet('Sheet1', [['个人岗位风险点自查表'], heading, [1, '把关不严', '岗位职责', '一级', '集体研究']]);
  const continued = sheet('Sheet2', [
    ['个人岗位风险点自查表'],
    heading,
    [1, '把关不严', '岗位职责', '一级', '集体研究'],
    ['备注：表格留白不够，可另续表。'],
    ['续表'],
    heading,
    [2, '接受宴请', '外部环境', '二级', '承诺书'],
  ]);
  expect(runCheck(tableBelow, 'heshui-2012', [one, continued])).toEqual([]);
});
