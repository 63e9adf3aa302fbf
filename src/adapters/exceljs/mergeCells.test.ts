import ExcelJS from 'exceljs';
import { applyOps } from './applyOps';
import { snapshotWorkbook } from './snapshot';

const wbWith = (...ranges: string[]) => {
  const wb = new ExcelJS.Workbook();
  applyOps(wb, [
    { kind: 'addSheet', sheet: 'S' },
    ...ranges.map((range) => ({ kind: 'merge' as const, sheet: 'S', range })),
  ]);
  return wb;
};

describe('merge', () => {
  it('records every merge and survives a write and read back', async () => {
    const ranges = Array.from({ length: 300 }, (_, i) => `A${i * 2 + 1}:C${i * 2 + 2}`);
    const wb = wbWith(...ranges);
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(await wb.xlsx.writeBuffer());
    expect(snapshotWorkbook(back).sheets[0].merges.sort()).toEqual([...ranges].sort());
  });

  it('still refuses a range that overlaps an earlier merge, in either corner', () => {
    expect(() => wbWith('B2:D4', 'D4:E5')).toThrow(/already merged/);
    expect(() => wbWith('B2:D4', 'A1:B2')).toThrow(/already merged/);
    expect(() => wbWith('B2:D4', 'E2:F4')).not.toThrow();
  });
});
