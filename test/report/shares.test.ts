import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { COVER_SHEET } from '../../src/core/report';
import { cli, load } from './helpers';

/*
 * One share of the top level in every place a report states it: the 封面, its own 风险汇总 and the committee's
 * consolidation all take it of the graded risk points, so the plan's 20% line gets one verdict.
 */
// A folder of its own: report.test.ts empties the shared one while it runs.
mkdirSync(path.resolve('artifacts/report'), { recursive: true });
const dir = mkdtempSync(path.join(path.resolve('artifacts/report'), 'shares-'));

it('the cover and the 风险汇总 of a report with ungraded rows state the same 高 share, of the graded points', async () => {
  const demo = path.join(dir, 'hz.xlsx');
  expect((await cli('demo', 'hangzhou-2019', '-o', demo)).code).toBe(0);
  const { wb } = await load(demo);
  // Two 风险类别 of 局本级's list typed 待定, as clerks hand in before the 党组 decides: ungraded.
  const c1 = wb.worksheets.find((w) => w.name.startsWith('C1'))!;
  let blanked = 0;
  c1.eachRow((row) =>
    row.eachCell((c) => {
      if (blanked < 2 && (c.value === '中' || c.value === '低')) {
        c.value = '待定';
        blanked++;
      }
    }),
  );
  const typed = path.join(dir, 'hz-ungraded.xlsx');
  writeFileSync(typed, new Uint8Array(await wb.xlsx.writeBuffer()));
  const out = path.join(dir, 'hz-report.xlsx');
  const r = await cli('report', typed, '-o', out, '--period', '2024年度');
  expect(r.code).toBe(0);
  expect(r.out).toMatch(/(\d+) 个风险点（已定级 (\d+) 个）/);

  const report = (await load(out)).wb;
  const rows = (name: string) =>
    (report.getWorksheet(name)!.getSheetValues() as unknown[][])
      .filter(Array.isArray)
      .map((x) => x.filter((v) => v != null));
  // The cover's row: 序号, 高（红）, 数量, 占已定级比例 (merged cells repeat their value).
  const coverTop = rows(COVER_SHEET).find((x) => x.some((v) => String(v).startsWith('高（')))!;
  const shareRow = rows('风险汇总').find((x) => x.includes('占比'))!;
  const summaryShare = (shareRow[shareRow.indexOf('占比') + 1] as { result: number }).result;
  expect(coverTop.filter((v) => typeof v === 'string' && v.endsWith('%'))[0]).toBe(
    `${(summaryShare * 100).toFixed(1)}%`,
  );
  expect(rows(COVER_SHEET).some((x) => x.includes('占已定级比例'))).toBe(true);
});

it('a per-person form handed in blank keeps its template’s sheet name in the report, not 「D2 D2 党员干部勤廉责任卡」', async () => {
  const blank = path.join(dir, 'school-blank.xlsx');
  expect((await cli('template', 'school-2010', '-o', blank)).code).toBe(0);
  const out = path.join(dir, 'school-blank-report.xlsx');
  expect((await cli('report', blank, '-o', out, '--period', '2024年度')).code).toBe(0);
  const names = (await load(out)).wb.worksheets.map((w) => w.name);
  expect(names).toEqual(expect.arrayContaining(['D2 党员干部勤廉责任卡', 'D3 廉政承诺书']));
  expect(names.filter((n) => /^(D\d) \1 /.test(n))).toEqual([]);
});
