import { sheetOf, workbookOf } from '../recognise/testSheet';
import { validateWorkbook } from './run';

const person = (name: string, heading: string[]) =>
  sheetOf(name, [
    ['岗位廉政风险点登记表'],
    ['单位名称（盖章）：濮阳市林业局'],
    ['姓名', name, '职务(岗位)', '科员'],
    ['岗位职责', '审批'],
    heading,
    ['审批把关不严', '一级', '岗位职责'],
  ]);

it('a sheet under a form’s own title whose headings cannot be matched is a warning, never lost in silence', () => {
  const r = validateWorkbook(
    workbookOf(
      person('张三', ['风险点表现形式', '风险等级', '风险类别']),
      person('李四', ['问题', '程度', '说明']),
      sheetOf('通讯录', [
        ['姓名', '电话'],
        ['张三', '123'],
      ]),
    ),
  );
  expect(r.forms.map((f) => f.sheet)).toEqual(['张三']);
  const unread = r.issues.filter((i) => i.code === 'sheet_titled_unread');
  expect(unread).toEqual([expect.objectContaining({ sheet: '李四', severity: 'warning', cell: 'A1' })]);
  expect(unread[0].message).toContain('有「A3 岗位廉政风险点登记表」的标题，但找不到它的列标题');
  expect(r.skipped.find((s) => s.sheet === '李四')?.message).toContain('有方案表格的标题');
  // A sheet with no form's title stays a quiet line.
  expect(r.skipped.find((s) => s.sheet === '通讯录')?.message).toContain('不像方案中的任何表格');
});

it('a hidden sheet holding one of the programme’s forms is named in a notice: its rows are in no total', () => {
  const hidden = { ...person('赵六', ['风险点表现形式', '风险等级', '风险类别']), visibility: 'hidden' as const };
  const r = validateWorkbook(workbookOf(person('张三', ['风险点表现形式', '风险等级', '风险类别']), hidden));
  const notice = r.issues.filter((i) => i.code === 'sheet_hidden_form');
  expect(notice).toEqual([expect.objectContaining({ sheet: '赵六', severity: 'notice' })]);
  expect(notice[0].message).toContain('已隐藏，其中的「A3 岗位廉政风险点登记表」未校验');
});

it('a 目录 sheet listing the forms’ titles is no form whose headings were lost', () => {
  const contents = sheetOf('目录', [
    ['目录'],
    ['附件1', '岗位职责目录'],
    ['附件2', '职权运行目录'],
    ['附件3', '岗位廉政风险点登记表'],
  ]);
  const r = validateWorkbook(workbookOf(person('张三', ['风险点表现形式', '风险等级', '风险类别']), contents));
  expect(r.issues.filter((i) => i.code === 'sheet_titled_unread')).toEqual([]);
});

it('a form’s title mentioned in a table row (a list naming where each risk stands) is no lost form', () => {
  const list = sheetOf('一级风险清单', [
    ['一级风险清单'],
    ['序号', '所在表格', '风险点'],
    [1, '岗位廉政风险点登记表', '审批把关不严'],
  ]);
  const r = validateWorkbook(workbookOf(person('张三', ['风险点表现形式', '风险等级', '风险类别']), list));
  expect(r.issues.filter((i) => i.code === 'sheet_titled_unread')).toEqual([]);
});
