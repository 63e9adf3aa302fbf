import { headings } from './headings';
import { runCheck, sheet, where } from './testing';

it('names a heading that is no column of the form, and a factor the scheme does not use', () => {
  const s = sheet('张三', [
    ['岗位廉政风险点登记表'],
    ['风险点表现形式', '风险等级', '风险类别', '发生概率', '危害程度', '自由裁量权', '完成情况说明'],
    ['收礼', '一级', '思想道德', 4, 5, 5, null],
  ]);
  const issues = runCheck(headings, 'puyang-2012', [s]);
  expect(where(issues)).toEqual(['factor_not_in_scheme@F2', 'heading_unrecognised@G2']);
  expect(issues[0].severity).toBe('notice');
  expect(issues[0].message).toContain('发生概率、危害程度');
  expect(issues[1].message).toContain('「完成情况说明」');
});

it('says nothing where every heading is known, whatever its spelling', () => {
  const s = sheet('清查', [
    ['重点岗位风险点专项清查表'],
    ['序号', '科室', '重点岗位', '权力类型', '风险点', '风险等级', '防控措施', '责任人', '发生可能性', '危害性'],
    [1, '国库股', '拨付岗', '财权', '违规拨付', '一级', '双人复核', '王明', 3, 5],
  ]);
  expect(runCheck(headings, 'heshui-2012', [s])).toEqual([]);
});

it('says nothing of a 序号 a clerk adds to a table the plan prints without one', () => {
  const s = sheet('张三', [
    ['岗位廉政风险点登记表'],
    ['序 号', '风险点表现形式', '风险等级', '风险类别'],
    [1, '收礼', '一级', '思想道德'],
  ]);
  expect(runCheck(headings, 'puyang-2012', [s])).toEqual([]);
});
