import { requiredColumns } from './requiredColumns';
import { runCheck, sheet, where } from './testing';

it('flags a required column the heading lacks', () => {
  const s = sheet('目录', [
    ['岗位职责目录'],
    ['序号', '岗位名称', '办理主体', '设定依据'],
    [1, '主任', '办公室', '三定'],
  ]);
  const issues = runCheck(requiredColumns, 'puyang-2012', [s]);
  expect(where(issues)).toEqual(['column_missing@E2']);
  expect(issues[0].message).toContain('职责内容');
});
