import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readExpectedUnits } from './expectArg';

describe('--expect', () => {
  it('reads a file of unit names, one a line, skipping blanks, comments and a BOM', async () => {
    const f = path.join(mkdtempSync(path.join(tmpdir(), 'lf-expect-')), '应报单位.txt');
    writeFileSync(f, '\uFEFF# 2024 年应报\n县教育局\r\n\n 县林业局 \n');
    expect(await readExpectedUnits(f)).toEqual(['县教育局', '县林业局']);
  });
  it('reads a list as offices number and annotate it: 1. 2、 (3), comments after # or ＃', async () => {
    const f = path.join(mkdtempSync(path.join(tmpdir(), 'lf-expect-')), '应报单位.txt');
    writeFileSync(
      f,
      '1. 合水县财政局\n2、合水县教育局 # 新增\n（3）合水县卫健局\n＃ 以下为直属单位\n4）合水县林业局\n合水县第2中学\n',
    );
    expect(await readExpectedUnits(f)).toEqual([
      '合水县财政局',
      '合水县教育局',
      '合水县卫健局',
      '合水县林业局',
      '合水县第2中学',
    ]);
  });

  it('takes names separated by commas or 、 when no such file exists', async () => {
    expect(await readExpectedUnits('县教育局、县林业局,县卫健委，县水利局')).toEqual([
      '县教育局',
      '县林业局',
      '县卫健委',
      '县水利局',
    ]);
  });
  it('is absent when not given', async () => {
    expect(await readExpectedUnits(undefined)).toBeUndefined();
  });
});
