import { duplicateRows } from './duplicateRows';
import { runCheck, sheet, where } from './testing';

it('flags a row typed twice (ignoring 序号 and stray spaces)', () => {
  const s = sheet('目录', [
    ['序号', '岗位名称', '职责内容'],
    [1, '主任', '全面工作'],
    [2, '科员', '文书'],
    [3, '主任 ', '全面 工作'],
  ]);
  const issues = runCheck(duplicateRows, 'puyang-2012', [s]);
  expect(where(issues)).toEqual(['duplicate_row@B4']);
  expect(issues[0].message).toContain('第 2 行');
});
