import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runCli } from '../helpers/cli';
import { ROOT } from '../template/cli';
import { readChart } from './readChart';

/**
 * Writes are idempotent: rolling up a workbook that already carries its charts replaces them (same sheets, same
 * names, same content, no 「(2)」 copies); after a power is renamed in 附件2, the charts follow 附件2.
 */
const dir = join(ROOT, 'artifacts/flowchart-rerun');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });

const read = async (file: string) => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
};
const charts = (wb: ExcelJS.Workbook) => wb.worksheets.filter((w) => /^流程图\d/.test(w.name)).map(readChart);

it('a second rollup replaces the charts with the same ones; a power renamed in 附件2 gets its chart, the old name its own', async () => {
  const demo = join(dir, 'demo.xlsx');
  const once = join(dir, 'once.xlsx');
  const twice = join(dir, 'twice.xlsx');
  expect((await runCli('demo', 'puyang-2012', '-o', demo)).code).toBe(0);
  expect((await runCli('rollup', demo, '-o', once)).code).toBe(0);
  expect((await runCli('rollup', once, '-o', twice)).code).toBe(0);
  const [a, b] = [await read(once), await read(twice)];
  expect(b.worksheets.map((w) => w.name)).toEqual(a.worksheets.map((w) => w.name));
  expect(charts(b)).toEqual(charts(a));

  // The clerk renames a power in 附件2 (专利行政处罚 → 专利行政执法) and rolls up again: the charts follow 附件2, the
  // risks still naming the old power get their own chart and a notice asking to check the name.
  const a2 = b.getWorksheet('A2 职权运行目录')!;
  let at = 0;
  a2.eachRow((row, r) => {
    if (row.getCell(2).value === '专利行政处罚') at = r;
  });
  expect(at).toBeGreaterThan(0);
  a2.getCell(at, 2).value = '专利行政执法';
  const edited = join(dir, 'edited.xlsx');
  await b.xlsx.writeFile(edited);
  const third = join(dir, 'third.xlsx');
  const r = await runCli('rollup', edited, '-o', third);
  expect(r.code).toBe(0);
  const wb = await read(third);
  const c = charts(wb);
  expect(c.map((x) => [x.sheet, x.risks.length])).toEqual([
    ['流程图1 科技项目立项', 5],
    ['流程图2 科技成果鉴定', 1],
    ['流程图3 专利行政执法', 0],
    ['流程图4 专利行政处罚', 3],
  ]);
  expect(r.out).toMatch(/「A3 高建平」[A-Z]+\d+ 的职权「专利行政处罚」不在《职权运行目录》中/);
  expect(wb.worksheets.filter((w) => w.name.includes('(2)'))).toEqual([]);
}, 120_000);
