import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Comparison } from '../../src/core/compare/compare';
import { readFileSync } from 'node:fs';
import { runCli } from '../helpers/cli';
import { excelProblems } from '../helpers/excelStrict';
import { mismatches, recalculateWithLibreOffice } from '../rollup/libreoffice';
import { writeRounds } from './generate';

let files: Awaited<ReturnType<typeof writeRounds>>;
let c: Comparison & { years: { last: string; now: string } };
let out: string;
beforeAll(async () => {
  files = await writeRounds('compare');
  out = path.join(files.dir, '对比.xlsx');
  const r = await runCli('compare', files.last, files.now, '-o', out, '--json');
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  c = JSON.parse(r.out);
}, 60_000);

const unit = (name: string) => c.units.find((u) => u.unit === name)!;

it('finds every change planted in 甲小学: one added, one removed, one re-worded, one raised, one measure', () => {
  const u = unit('甲小学');
  expect(u.status).toBe('both');
  expect(u.added.map((r) => r.text)).toEqual(['学生营养餐食材供应商选定不公开']);
  expect(u.removed.map((r) => r.text)).toEqual(['校舍维修工程未按规定验收即付款']);
  expect(u.reworded.map((x) => [x.before.text, x.after.text])).toEqual([
    ['大额财务支出未经“民主理财小组”审核', '大额财务支出未经过“民主理财小组”审核把关'],
  ]);
  expect(u.reworded[0].similarity).toBeGreaterThan(c.threshold);
  expect(u.raised.map((x) => [x.before.level, x.after.level])).toEqual([['二级', '一级']]);
  expect(u.lowered).toEqual([]);
  expect(u.measuresAdded).toEqual([
    { risk: '“三重一大”事项不经校委会集体研究,个人说了算', measure: '重大事项会议记录备查' },
  ]);
  // 一级 share: none of 5 last year; 2 of 5 this year.
  expect(u.topShare).toEqual({ before: 0, after: 0.4 });
  expect(u.changes).toBe(4);
});

it('乙小学 lowered one level and re-worded one; 丙小学 did not change; 丁小学 is missing, 戊小学 new', () => {
  const b = unit('乙小学');
  expect(b.lowered.map((x) => [x.after.text, x.before.level, x.after.level])).toEqual([
    ['土木改造装修工程超过五万元未进行招标', '一级', '二级'],
  ]);
  expect(b.reworded.map((x) => x.after.text)).toEqual(['办公用品采购不比价,也不公示']);
  expect(b.added).toEqual([]);
  expect(b.removed).toEqual([]);
  expect(b.topShare).toEqual({ before: 0.25, after: 0 });
  expect(unit('丙小学').changes).toBe(0);
  expect(unit('丁小学').status).toBe('onlyLast');
  expect(unit('丁小学').nowFile).toBeUndefined();
  expect(unit('戊小学').status).toBe('onlyNow');
  // Ranked by change: 甲 (4), 乙 (2), then the rest by name.
  expect(c.units.map((u) => [u.rank, u.unit, u.changes])).toEqual([
    [1, '甲小学', 4],
    [2, '乙小学', 2],
    [3, '丙小学', 0],
    [4, '丁小学', 0],
    [5, '戊小学', 0],
  ]);
  expect(c.years).toEqual({ last: '2024年', now: '2025年' });
});

it('writes the committee’s ranking and every change; its counts recalculate to the same numbers', async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const ov = wb.getWorksheet('对比总览')!;
  expect(ov.getCell('B4').value).toBe('甲小学');
  const row4 = [6, 7, 8, 9, 10, 11, 14].map((col) => {
    const v = ov.getCell(4, col).value as { result?: number } | number;
    return typeof v === 'object' ? (v.result ?? 0) : v; // ExcelJS reads a cached 0 as no result
  });
  expect(row4).toEqual([1, 1, 1, 1, 0, 4, 1]);
  expect(ov.getCell('M4').value).toBe(0.4);
  expect(excelProblems(readFileSync(out))).toEqual([]); // Excel opens it without repair
  const detail = wb.getWorksheet('变化明细')!;
  const kinds: string[] = [];
  detail.eachRow((r, n) => {
    if (n > 2 && r.getCell(1).value === '甲小学') kinds.push(String(r.getCell(2).value));
  });
  expect(kinds.sort()).toEqual(['删除', '改写', '新增', '新增措施', '等级上调'].sort());
  // A risk point gone this year is placed where it stood last year, and said to be last year's.
  detail.eachRow((r, n) => {
    if (n > 2 && r.getCell(1).value === '甲小学' && r.getCell(2).value === '删除')
      expect(String(r.getCell(8).value)).toMatch(/^（去年）.+第 ?\d+ ?行$/);
  });
  const checks = await recalculateWithLibreOffice([{ file: out, sheets: ['对比总览'] }], path.join(files.dir, 'lo'));
  expect(checks.length).toBe(5 * 7); // seven live counts per unit
  expect(mismatches(checks)).toEqual([]);
}, 120_000);

it('the console ranks units in words a committee reads', async () => {
  const r = await runCli('compare', files.last, files.now, '-o', path.join(files.dir, '对比2.xlsx'), '--force');
  expect(r.out).toContain('1. 甲小学（两年均报）：新增 1，删除 1，改写 1，上调 1，下调 0；一级占比 0.0% → 40.0%');
  expect(r.out).toContain('丁小学（今年未报）');
});

it('names a unit that handed in two files in a year, and which one it compared', async () => {
  const { copyFileSync, mkdirSync, readdirSync } = await import('node:fs');
  const now2 = path.join(files.dir, 'now-twice');
  mkdirSync(now2, { recursive: true });
  for (const f of readdirSync(files.now)) copyFileSync(path.join(files.now, f), path.join(now2, f));
  const first = readdirSync(files.now).find((f) => f.includes('甲小学'))!;
  copyFileSync(path.join(files.now, first), path.join(now2, first.replace('.xlsx', '(2).xlsx')));
  const j = JSON.parse((await runCli('compare', files.last, now2, '--json')).out) as Comparison;
  expect(j.duplicates).toEqual([
    { unit: '甲小学', year: 'now', used: expect.any(String), others: [expect.stringMatching(/甲小学/)] },
  ]);
  const r = await runCli('compare', files.last, now2, '-o', path.join(files.dir, '对比3.xlsx'), '--force');
  expect(r.out).toMatch(/「甲小学」报送了不止一个文件：按最新的「.+」对比，未用：/);
}, 60_000);
