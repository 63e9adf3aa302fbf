import { oneUnit } from './oneUnit';
import { runCheck, sheet, where } from './testing';

const a3 = (name: string, unit: string) =>
  sheet(name, [
    ['岗位廉政风险点登记表'],
    [`单位名称(盖章)：${unit}`],
    ['姓名', name, '职务（岗位）', '科员'],
    ['风险点表现形式', '风险等级', '风险类别'],
    ['审核把关不严', '二级', '业务流程'],
  ]);

it('names a form of another unit in the workbook, where it stands, as a warning', () => {
  const issues = runCheck(oneUnit, 'puyang-2012', [
    a3('孙晓梅', '濮阳市科学技术局'),
    a3('李四', '濮阳市科学技术局（盖章）'),
    a3('高建平', '濮阳市知识产权局'),
  ]);
  expect(where(issues)).toEqual(['unit_differs@A2']);
  expect(issues[0]).toMatchObject({ sheet: '高建平', severity: 'warning' });
  expect(issues[0].message).toContain('都按「濮阳市科学技术局」计');
});

it('says nothing where every form names the same unit, however it is spaced or sealed', () => {
  const forms = [a3('甲', '濮阳市 科学技术局'), a3('乙', '濮阳市科学技术局(盖章)'), a3('丙', '')];
  expect(runCheck(oneUnit, 'puyang-2012', forms)).toEqual([]);
});
