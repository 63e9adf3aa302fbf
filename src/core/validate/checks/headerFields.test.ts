import { headerFields } from './headerFields';
import { runCheck, sheet, where } from './testing';

const heading = ['风险点表现形式', '风险等级', '风险类别'];

it('flags a header field that is blank or missing, and accepts one typed in a single cell', () => {
  const ok = sheet('张三', [
    ['岗位廉政风险点登记表'],
    ['单位名称(盖章)：某局'],
    ['姓名：张三 职务：科长'],
    ['岗位职责：审批'],
    heading,
    ['收礼', '一级', '思想道德'],
  ]);
  expect(runCheck(headerFields, 'puyang-2012', [ok])).toEqual([]);
  const bad = sheet('李四', [
    ['岗位廉政风险点登记表'],
    ['单位名称', '某局'],
    ['姓名', null, '职务', '科员'],
    heading,
    ['收礼', '一级', '思想道德'],
  ]);
  expect(where(runCheck(headerFields, 'puyang-2012', [bad]))).toEqual(['header_blank@B3', 'header_missing@A1']);
});

it('reads 单位 / 填报单位 / 报送单位 as 单位名称, and never blames the cell holding a value for a missing field', () => {
  const typed = (unitLine: string) =>
    sheet('王五', [
      ['岗位廉政风险点登记表'],
      [unitLine],
      ['姓名：王五 职务：科员'],
      ['岗位职责：文书'],
      heading,
      ['收礼', '一级', '思想道德'],
    ]);
  for (const line of [
    '单位:濮阳市科技局办公室',
    '填报单位：濮阳市科技局',
    '报送单位 ：濮阳市科技局',
    '单位名称（盖章）：濮阳市科技局',
  ])
    expect(runCheck(headerFields, 'puyang-2012', [typed(line)])).toEqual([]);
  // A unit line lianfang cannot read is not where the error points: the title is.
  const issues = runCheck(headerFields, 'puyang-2012', [typed('濮阳市科技局办公室')]);
  expect(where(issues)).toEqual(['header_missing@A1']);
  // The plan's own blank line, 单位名称:(盖章), is a field still to fill.
  expect(where(runCheck(headerFields, 'puyang-2012', [typed('单位名称:(盖章)')]))).toEqual(['header_blank@B2']);
});
