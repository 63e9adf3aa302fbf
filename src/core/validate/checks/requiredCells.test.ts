import { requiredCells } from './requiredCells';
import { runCheck, sheet, where } from './testing';

it('flags a required cell left blank on a row with other content, naming the cell', () => {
  const s = sheet('目录', [
    ['岗位职责目录'],
    ['单位名称：某局'],
    ['序号', '岗位名称', '职责内容', '办理主体'],
    [1, '主任', null, '办公室'],
    [2, '科员', '文书', null],
  ]);
  const issues = runCheck(requiredCells, 'puyang-2012', [s]);
  expect(where(issues)).toEqual(['required_missing@C4']);
  expect(issues[0].message).toContain('工作表「目录」C4');
  expect(issues[0].message).toContain('职责内容');
});
