import type ExcelJS from 'exceljs';
import { PACKS } from '../../src/core/packs';
import { puyang2012 } from '../../src/core/packs/puyang-2012/pack';
import { recogniseWorkbook } from '../../src/core/recognise';
import { rollupWorkbook, SUMMARY_SHEET } from '../../src/core/rollup/rollupWorkbook';
import { apply, packWorkbook, recognise, snap } from '../grade/workbooks';

const pack = puyang2012;
const rollup = async (wb: ExcelJS.Workbook) => {
  const r = rollupWorkbook(snap(wb), recognise(wb), { pack });
  return { r, wb: await apply(wb, r.ops) };
};

it("never touches a user's sheet that has the summary's name", async () => {
  const wb = await packWorkbook(pack);
  const mine = wb.addWorksheet(SUMMARY_SHEET);
  mine.getCell('A1').value = '我自己的汇总';
  const { r, wb: out } = await rollup(wb);
  expect(r.sheets[0].sheet).toBe(`${SUMMARY_SHEET} (2)`);
  expect(out.getWorksheet(SUMMARY_SHEET)!.getCell('A1').value).toBe('我自己的汇总');
  // And a second run replaces only its own.
  const again = await rollup(out);
  // (its diagrams, puyang's 职权运行流程图, are its own too)
  expect(again.r.replaced).toEqual([`${SUMMARY_SHEET} (2)`, ...r.flowcharts.sheets.map((s) => s.sheet)]);
  expect(again.wb.getWorksheet(SUMMARY_SHEET)!.getCell('A1').value).toBe('我自己的汇总');
});

it('a renamed summary sheet is found and rebuilt under the name the user gave it', async () => {
  const { r, wb } = await rollup(await packWorkbook(pack));
  // Renamed as Excel does it: the sheet and every defined name pointing into it (ExcelJS renames only the sheet).
  wb.getWorksheet(SUMMARY_SHEET)!.name = '2024年汇总';
  const names = wb.definedNames as unknown as { model: Array<{ name: string; ranges: string[] }> };
  names.model = names.model.map((n) => ({
    ...n,
    ranges: n.ranges.map((r) => r.replace(`'${SUMMARY_SHEET}'!`, "'2024年汇总'!")),
  }));
  const again = await rollup(wb);
  expect(again.r.replaced).toEqual(['2024年汇总', ...r.flowcharts.sheets.map((s) => s.sheet)]);
  expect(again.wb.worksheets.map((w) => w.name).filter((n) => n.includes('汇总'))).toEqual(['2024年汇总']);
});

it('a level typed as 1级 counts as 一级 in the table, as validation reads it; a blank one is counted apart', async () => {
  const instances = structuredClone(pack.sample.instances);
  const a3 = instances.find((i) => i.form === 'A3')!;
  a3.rows[0].level = '1级';
  a3.rows[1].level = null;
  const { r, wb } = await rollup(await packWorkbook(pack, instances));
  const ws = wb.getWorksheet(SUMMARY_SHEET)!;
  let unlevelled: unknown;
  let total: unknown;
  ws.eachRow((row) => {
    if (String(row.getCell(1).value).startsWith('未定级')) unlevelled = row.getCell(row.cellCount).value;
    if (row.getCell(1).value === '合计' && total === undefined) total = row.getCell(row.cellCount).value;
  });
  expect((unlevelled as ExcelJS.CellFormulaValue).result).toBe(1);
  const rows = pack.sample.instances.flatMap((i) => i.rows).filter((x) => x.level);
  expect(r.total).toBe(rows.length - 1);
  // The table's total is the count lianfang reports (the page's 汇总 N 个风险点), and says how it read 1级.
  expect((total as ExcelJS.CellFormulaValue).result).toBe(r.total);
  expect(String(ws.getCell('A4').value)).toContain('「1级」计为「一级」');
});

it('plain recognition (validate, sign, report) never reads a rollup sheet as a second form', async () => {
  const school = PACKS.find((p) => p.id === 'school-2010')!;
  const wb = await packWorkbook(school);
  const before = recogniseWorkbook(snap(wb));
  const r = rollupWorkbook(snap(wb), recognise(wb), { pack: school });
  const rolled = await apply(wb, r.ops);
  // The school pack publishes D1 again as 岗位腐败风险点目录: it must not count twice.
  expect(rolled.worksheets.map((w) => w.name)).toContain('岗位腐败风险点目录');
  const after = recogniseWorkbook(snap(rolled));
  expect(after.forms.map((f) => `${f.form} ${f.sheet} ${f.rows.length}`)).toEqual(
    before.forms.map((f) => `${f.form} ${f.sheet} ${f.rows.length}`),
  );
  expect(after.skipped.filter((s) => s.reason === 'lianfang').map((s) => s.sheet)).toEqual(
    expect.arrayContaining(['岗位腐败风险点目录', SUMMARY_SHEET]),
  );
});
