import ExcelJS from 'exceljs';
import { snapshotWorkbook } from '../../src/adapters/exceljs/snapshot';
import { consolidate, consolidationOps, unitKey } from '../../src/core/consolidate';
import { railway2014 } from '../../src/core/packs/railway-2014/pack';
import { unitWorkbook } from './units';

const snapshotOf = async (bytes: Uint8Array) => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return snapshotWorkbook(wb);
};

/** What the page does: files dropped in the browser, read to snapshots, consolidated by the core alone. */
it('consolidates snapshots without touching files, naming a file that failed to read', async () => {
  const day = (d: number) => new Date(Date.UTC(2014, 8, d));
  const inputs = [
    { file: '综合司.xlsx', snapshot: await snapshotOf(await unitWorkbook(railway2014, '综合司', 0, day(1))) },
    { file: '科技司.xlsx', snapshot: await snapshotOf(await unitWorkbook(railway2014, '科技司', 2, day(2))) },
    {
      file: '科技司-改.xlsx',
      modified: '2014-09-03T00:00:00.000Z',
      snapshot: await snapshotOf(await unitWorkbook(railway2014, '科技司', 3, day(3))),
    },
    { file: '损坏.xlsx', error: { code: 'corrupt', message: '「损坏.xlsx」不是有效的 Excel 文件' } },
  ];
  const c = await consolidate(inputs, { expect: ['综合司', '科技司', '安全监察司'], validate: false });
  expect(c.pack).toBe('railway-2014');
  expect(c.missing).toEqual(['安全监察司']);
  expect(c.duplicates).toEqual([
    { unit: '科技司', files: ['科技司.xlsx', '科技司-改.xlsx'], newest: '科技司-改.xlsx' },
  ]);
  expect(c.unreadable).toEqual([{ file: '损坏.xlsx', code: 'corrupt', reason: '「损坏.xlsx」不是有效的 Excel 文件' }]);
  const byFile = Object.fromEntries(c.units.map((u) => [u.file, u.total]));
  expect(c.grandTotal).toBe(byFile['综合司.xlsx'] + byFile['科技司-改.xlsx']);
  expect(byFile['科技司-改.xlsx'] - byFile['综合司.xlsx']).toBe(3);
  const ops = consolidationOps(c);
  expect(ops.filter((o) => o.kind === 'addSheet').map((o) => o.kind === 'addSheet' && o.sheet)).toEqual([
    '各单位汇总',
    '报送情况',
  ]);
});

it('matches unit names the way people write them', () => {
  expect(unitKey(' 科技司（盖章）')).toBe(unitKey('科技司'));
  expect(unitKey('科 技 司(盖章)')).toBe('科技司');
  expect(unitKey('科技司')).not.toBe(unitKey('科技处'));
});
