import { postInCatalogue } from './postInCatalogue';
import { runCheck, sheet, where } from './testing';

it('warns when a person’s post is not in the 岗位职责目录', () => {
  const a1 = sheet('目录', [
    ['序号', '岗位名称', '职责内容'],
    [1, '办公室主任', '日常'],
    [2, '科员', '文书'],
  ]);
  const a3 = (name: string, post: string) =>
    sheet(name, [
      ['岗位廉政风险点登记表'],
      [`姓名：${name}`],
      [`职务(岗位)：${post}`],
      ['风险点表现形式', '风险等级', '风险类别'],
      ['点', '一级', '思想道德'],
    ]);
  const issues = runCheck(postInCatalogue, 'puyang-2012', [a1, a3('张三', '党组成员、办公室主任'), a3('李四', '司机')]);
  expect(where(issues)).toEqual(['post_not_in_catalogue@A3']);
  expect(issues[0].sheet).toBe('李四');
});
