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
  expect(where(runCheck(headerFields, 'puyang-2012', [bad]))).toEqual(['header_blank@B3', 'header_missing@A2']);
});
