import { requiredCells } from './requiredCells';
import { runCheck, sheet, where } from './testing';

it('flags a required cell left blank on a row with other content, naming the cell (the plan’s columns, not 备注)', () => {
  const s = sheet('目录', [
    ['岗位职责目录'],
    ['单位名称：某局'],
    ['序号', '岗位名称', '职责内容', '办理主体', '备注'],
    [1, '主任', null, '办公室', null],
    [2, '科员', '文书', null, null],
  ]);
  const issues = runCheck(requiredCells, 'puyang-2012', [s]);
  expect(where(issues)).toEqual(['required_missing@C4', 'required_missing@D5']);
  expect(issues[0].message).toContain('工作表「目录」C4');
  expect(issues[0].message).toContain('职责内容');
});
