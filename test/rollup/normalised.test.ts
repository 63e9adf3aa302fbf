import { writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { applyOps } from '../../src/adapters/exceljs/applyOps';
import type { Pack } from '../../src/core/forms/pack';
import { PACKS } from '../../src/core/packs';
import { buildReport } from '../../src/core/report';
import { rollupWorkbook, SUMMARY_SHEET } from '../../src/core/rollup/rollupWorkbook';
import { validateWorkbook } from '../../src/core/validate';
import { handTypedWorkbook, type TypedRow } from './handTyped';
import { mismatches, recalculateWithLibreOffice, type FormulaCheck } from './libreoffice';
import { apply, artifacts, recognise, reload, snap } from '../grade/workbooks';

/*
 * Units type 一级 as Ⅰ级 or 1级, 岗位职责 as 岗位职责风险, and merge a group cell over its rows. Validation accepts
 * these with a notice; every 风险汇总 lianfang writes (the rollup, the report's) must count them as it reads them.
 * LibreOffice recalculates each file: its result, the value lianfang cached, and the lists beside them agree.
 */
const dir = artifacts('rollup/normalised');

interface Built {
  pack: Pack;
  rows: TypedRow[];
  rollupFile: string;
  reportFile: string;
  reportSummary: string;
  total: number;
  counts: Record<string, Record<string, number>>;
}
const built: Built[] = [];
let checks: FormulaCheck[] = [];

beforeAll(async () => {
  for (const pack of PACKS) {
    const { wb: typed, rows } = handTypedWorkbook(pack);
    let wb = await reload(typed);
    writeFileSync(path.join(dir, `${pack.id}-typed.xlsx`), new Uint8Array(await wb.xlsx.writeBuffer()));
    const rec = recognise(wb);
    expect(rec.pack).toBe(pack.id);
    const result = rollupWorkbook(snap(wb), rec, { pack });
    wb = await apply(wb, result.ops);
    const rollupFile = path.join(dir, `${pack.id}-rollup.xlsx`);
    writeFileSync(rollupFile, new Uint8Array(await wb.xlsx.writeBuffer()));

    const plan = await buildReport({
      pack,
      sources: [{ name: `${pack.id}-typed.xlsx`, snapshot: snap(await reload(typed)) }],
      generated: '2024-12-02',
    });
    const report = new ExcelJS.Workbook();
    applyOps(report, plan.ops);
    const reportFile = path.join(dir, `${pack.id}-report.xlsx`);
    writeFileSync(reportFile, new Uint8Array(await report.xlsx.writeBuffer()));
    const reportSummary = plan.sheets.find((s) => s.sheet.startsWith(SUMMARY_SHEET))!.sheet;
    built.push({ pack, rows, rollupFile, reportFile, reportSummary, total: result.total, counts: result.counts });
  }
  checks = await recalculateWithLibreOffice(
    built.flatMap((b) => [
      { file: b.rollupFile, sheets: [SUMMARY_SHEET] },
      { file: b.reportFile, sheets: [b.reportSummary] },
    ]),
    path.join(dir, 'recalc'),
  );
}, 300_000);

/** Every (level × category) count the typed rows stand for, by canonical value. */
function expected(b: Built) {
  const levels = b.pack.grading.levels.map((l) => l.name);
  const byLevel = levels.map((l) => b.rows.filter((r) => r.level === l).length);
  const byCat = levels.map((l) =>
    b.pack.categories.values.map((c) => b.rows.filter((r) => r.level === l && r.category === c).length),
  );
  return { byLevel, byCat, total: byLevel.reduce((a, x) => a + x, 0) };
}

/** The heat map of a 风险汇总 as LibreOffice recalculated it: per level, the category cells then 其他 and 合计. */
async function heatMap(file: string, sheet: string, pack: Pack): Promise<number[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(sheet)!;
  const recalced = new Map(checks.filter((c) => c.file === file).map((c) => [`${c.sheet}!${c.cell}`, c.recalculated]));
  return pack.grading.levels.map((lv) => {
    let at = 0;
    ws.eachRow((row, r) => {
      if (!at && row.getCell(1).value === lv.name) at = r;
    });
    return Array.from({ length: pack.categories.values.length + 2 }, (_, i) =>
      Number(recalced.get(`${sheet}!${ws.getCell(at, i + 2).address}`)),
    );
  });
}

/** Rows of the top-level list in the summary (四、… 风险清单[及监控责任]): numbered 1, 2, … under its heading. */
async function topListLength(file: string, sheet: string): Promise<number> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(sheet)!;
  let inList = false;
  let n = 0;
  ws.eachRow((row) => {
    const a = row.getCell(1).value;
    if (typeof a === 'string' && /、.{1,3}风险清单(及监控责任)?$/.test(a)) inList = true;
    else if (inList && typeof a === 'number') n++;
  });
  return n;
}

describe.each(PACKS.map((p) => [p.id]))('%s typed by hand with 1级, Ⅰ级, 岗位职责风险 …', (id) => {
  const b = () => built.find((x) => x.pack.id === id)!;

  it('validation accepts the spellings with a notice, not an error', async () => {
    const { pack, rows } = b();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, `${pack.id}-typed.xlsx`));
    const v = validateWorkbook(snap(wb), { pack: pack.id });
    const odd = rows.filter((r) => r.typedLevel && r.typedLevel !== r.level);
    expect(odd.length).toBeGreaterThan(0);
    const normalised = v.issues.filter((i) => i.code === 'value_normalised');
    expect(normalised.length).toBeGreaterThanOrEqual(odd.length);
    expect(v.issues.filter((i) => i.severity === 'error' && /level|category|type|enum/i.test(i.code))).toEqual([]);
  });

  it('lianfang counts every risk point by its normalised level and category', () => {
    const { total, byCat } = expected(b());
    expect(b().total).toBe(total);
    b().pack.grading.levels.forEach((lv, l) =>
      b().pack.categories.values.forEach((c, ci) => expect(b().counts[lv.name][c] ?? 0).toBe(byCat[l][ci])),
    );
  });

  it.each([
    ['rollup', (x: Built) => ({ file: x.rollupFile, sheet: SUMMARY_SHEET })],
    ['report', (x: Built) => ({ file: x.reportFile, sheet: x.reportSummary })],
  ])('the %s 风险汇总: recalculated = cached = the typed rows = the top-level list', async (_what, where) => {
    const { file, sheet } = where(b());
    const mine = checks.filter((c) => c.file === file && c.sheet === sheet);
    expect(mine.length).toBeGreaterThan(10);
    expect(mismatches(mine)).toEqual([]);
    const { byLevel, byCat, total } = expected(b());
    const heat = await heatMap(file, sheet, b().pack);
    const cats = b().pack.categories.values.length;
    expect(heat.map((r) => r[cats + 1])).toEqual(byLevel);
    // Hangzhou's 排查类别 is a merged group cell: every row of the group counts in its category.
    expect(heat.map((r) => r.slice(0, cats))).toEqual(byCat);
    expect(heat.reduce((n, r) => n + r[cats + 1], 0)).toBe(total);
    expect(await topListLength(file, sheet)).toBe(byLevel[0]);
  });
});

it('no formula in any file disagrees with LibreOffice', () => {
  expect(mismatches(checks)).toEqual([]);
});

it('school: the published 目录 prints each level as the plan names it, whatever spelling was typed', async () => {
  const b = built.find((x) => x.pack.id === 'school-2010')!;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(b.rollupFile);
  const ws = wb.getWorksheet('岗位腐败风险点目录')!;
  const header = ws.getSheetValues().findIndex((r) => Array.isArray(r) && r.includes('风险等级'));
  const col = (ws.getRow(header).values as unknown[]).indexOf('风险等级');
  const printed: string[] = [];
  for (let r = header + 1; r <= ws.rowCount; r++) {
    const v = ws.getCell(r, col).value;
    // The body's rows, numbered in 序号 (the sign-off lines under them are not).
    if (typeof ws.getCell(r, 1).value === 'number' && typeof v === 'string' && v) printed.push(v);
  }
  const typed = b.rows.filter((r) => r.level).map((r) => r.typedLevel);
  expect(typed.some((t) => !['一级', '二级', '三级'].includes(String(t)))).toBe(true); // spelled many ways
  expect(printed.sort()).toEqual(
    b.rows
      .filter((r) => r.level)
      .map((r) => r.level!)
      .sort(),
  );
});
