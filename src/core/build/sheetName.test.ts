import { MAX_SHEET_NAME, cleanSheetName, formSheetName, uniqueSheetName } from './sheetName';

describe('sheet names', () => {
  it('replaces the characters Excel forbids and trims quotes and blanks', () => {
    expect(cleanSheetName('风险[1]:*?/\\表')).toBe(`风险 1${' '.repeat(6)}表`);
    expect(cleanSheetName("'张三'")).toBe('张三');
    expect(cleanSheetName('   ')).toBe('Sheet');
  });

  it('keeps names within 31 characters', () => {
    const long = formSheetName('C2', '机关处室、城区分局、直属单位廉政风险清单附加很长的文字');
    expect([...long].length).toBeLessThanOrEqual(MAX_SHEET_NAME);
    expect(long.startsWith('C2 机关处室')).toBe(true);
  });

  it('names a per-person copy after the person', () => {
    expect(formSheetName('A3', '岗位廉政风险点登记表', '张三')).toBe('A3 张三');
    expect(formSheetName('A3', '岗位廉政风险点登记表')).toBe('A3 岗位廉政风险点登记表');
  });

  it('finds a free name ignoring case, shortening so the suffix fits', () => {
    expect(uniqueSheetName('A1 目录', ['Sheet1'])).toBe('A1 目录');
    expect(uniqueSheetName('a1 目录', ['A1 目录'])).toBe('a1 目录 (2)');
    expect(uniqueSheetName('A1 目录', ['A1 目录', 'a1 目录 (2)'])).toBe('A1 目录 (3)');
    const long = 'X'.repeat(31);
    const next = uniqueSheetName(long, [long]);
    expect(next).toBe(`${'X'.repeat(27)} (2)`);
    expect(next.length).toBe(31);
  });
});
