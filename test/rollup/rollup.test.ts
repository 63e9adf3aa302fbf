import { writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { toCellValue } from '../../src/adapters/exceljs/snapshot';
import { displayText, type CellValue } from '../../src/core/cell';
import type { Pack } from '../../src/core/forms/pack';
import { PACKS } from '../../src/core/packs';
import { rollupWorkbook, SUMMARY_SHEET } from '../../src/core/rollup/rollupWorkbook';
import { recalculateWithLibreOffice, mismatches } from './libreoffice';
import { apply, artifacts, packWorkbook, recognise, reload, snap } from '../grade/workbooks';

const dir = artifacts('rollup');

/** Every formula cell of the generated sheets with the value lianfang cached for it. */
function formulaCells(wb: ExcelJS.Workbook, sheets: string[]) {
  const out: Array<{ sheet: string; cell: string; formula: string; value: CellValue }> = [];
  for (const name of sheets)
    wb.getWorksheet(name)!.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value as ExcelJS.CellFormulaValue | null;
        if (v && typeof v === 'object' && 'formula' in v && !v.formula.startsWith('HYPERLINK'))
          out.push({ sheet: name, cell: cell.address, formula: v.formula, value: (v.result ?? null) as CellValue });
      }),
    );
  return out;
}

/** The row of the summary's heat map for a level, by its label in column A (the first table). */
function heatRow(ws: ExcelJS.Worksheet, level: string): number[] {
  let found: number[] | null = null;
  ws.eachRow((row) => {
    if (found || row.getCell(1).value !== level) return;
    // ExcelJS reads a cached 0 back as no result: a formula without one counts as 0 here.
    found = (row.values as unknown[])
      .slice(2)
      .map((v) =>
        Number(v && typeof v === 'object' && 'formula' in v ? ((v as ExcelJS.CellFormulaValue).result ?? 0) : (v ?? 0)),
      );
  });
  return found ?? [];
}

const built = new Map<string, { file: string; sheets: string[] }>();

describe.each(PACKS.map((p) => [p.id, p] as [string, Pack]))('rollup of the %s demo workbook', (_id, pack) => {
  let wb: ExcelJS.Workbook;
  let result: ReturnType<typeof rollupWorkbook>;
  beforeAll(async () => {
    wb = await packWorkbook(pack);
    result = rollupWorkbook(snap(wb), recognise(wb), { pack });
    wb = await apply(wb, result.ops);
    const file = path.join(dir, `${pack.id}.xlsx`);
    writeFileSync(file, new Uint8Array(await wb.xlsx.writeBuffer()));
    built.set(pack.id, { file, sheets: result.sheets.map((s) => s.sheet) });
  });

  it('the heat map counts equal the detail rows of each level and category', () => {
    const ws = wb.getWorksheet(SUMMARY_SHEET)!;
    for (const level of pack.grading.levels) {
      const cells = heatRow(ws, level.name);
      const perCat = pack.categories.values.map((c) => result.counts[level.name][c] ?? 0);
      expect(cells.slice(0, perCat.length)).toEqual(perCat);
      const total = Object.values(result.counts[level.name]).reduce((a, b) => a + b, 0);
      expect(cells[perCat.length + 1]).toBe(total);
    }
    // Counted straight from the sample the workbook was built from.
    const levelled = pack.sample.instances
      .flatMap((i) => i.rows)
      .filter((r) => pack.grading.levels.some((l) => l.name === r.level));
    expect(result.total).toBe(levelled.length);
  });

  it('colours the heat map by level, live (a fill per level while its count is above zero)', () => {
    const fills = result.ops.filter((o) => o.kind === 'conditionalFill' && o.sheet === SUMMARY_SHEET);
    expect(fills.map((o) => o.kind === 'conditionalFill' && o.fill)).toEqual(pack.grading.levels.map((l) => l.fill));
  });

  it('lists the top-level risks with who monitors them', () => {
    const ws = wb.getWorksheet(SUMMARY_SHEET)!;
    const text = ws
      .getSheetValues()
      .flat()
      .map((v) => displayText(toCellValue(v as ExcelJS.CellValue)))
      .join('\n');
    const top = pack.grading.levels[0];
    // Puyang's plan names nobody to monitor: its list has no 监控责任 column rather than an empty one.
    const named = pack.id !== 'puyang-2012';
    expect(text).toContain(`${top.name}风险清单${named ? '及监控责任' : ''}`);
    expect(text.includes('监控责任')).toBe(named);
    if (top.monitor && result.counts[top.name] && Object.values(result.counts[top.name]).some((n) => n > 0))
      expect(text).toContain(top.monitor);
  });

  it('running it again replaces its own sheets and gives the same workbook', async () => {
    const again = rollupWorkbook(snap(wb), recognise(wb), { pack });
    expect(again.replaced.sort()).toEqual(result.sheets.map((s) => s.sheet).sort());
    const twice = await apply(await reload(wb), again.ops);
    expect(snap(twice)).toEqual(snap(wb));
  });
});

it('heshui: B4 is built from B1–B3 with live counts', async () => {
  const { file } = built.get('heshui-2012')!;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const b4 = wb.worksheets.find((w) => w.name.startsWith('B4 ') && w.name !== 'B4 岗位风险点清查汇总表')!;
  expect(b4).toBeDefined();
  const cells = formulaCells(wb, [b4.name]);
  expect(cells.length).toBeGreaterThan(0);
  expect(cells.every((c) => c.formula.startsWith('COUNTIFS(') || c.formula.includes('+COUNTIFS('))).toBe(true);
  const sum = cells.reduce((n, c) => n + (/一级|二级|三级/.test(c.formula) ? Number(c.value) : 0), 0);
  const levelled = (await recognise(wb)).forms
    .filter((f) => ['B1', 'B2', 'B3'].includes(f.form))
    .flatMap((f) => f.rows)
    .filter((r) => ['一级', '二级', '三级'].includes(String(r.cells.level)));
  expect(sum).toBe(levelled.length);
});

it('school: D1 is published as 岗位腐败风险点目录 in the order 风险等级、科室、职级、岗位', async () => {
  const { file } = built.get('school-2010')!;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet('岗位腐败风险点目录')!;
  expect(ws).toBeDefined();
  const header = ws.getSheetValues().findIndex((r) => Array.isArray(r) && r.includes('风险等级'));
  const cols = ws.getRow(header).values as unknown[];
  const at = (label: string) => cols.indexOf(label);
  const body: string[][] = [];
  for (let r = header + 1; r <= ws.rowCount; r++) {
    const lv = ws.getCell(r, at('风险等级')).value;
    if (typeof lv !== 'string' || !/级$/.test(lv)) continue;
    body.push(['风险等级', '科室', '职级', '岗位'].map((k) => String(ws.getCell(r, at(k)).value ?? '')));
  }
  expect(body.length).toBeGreaterThan(1);
  const rank = (l: string) => ['一级', '二级', '三级'].indexOf(l);
  // 职级 senior first (校级, 中层, 一般), not in 拼音 order.
  const senior = (r: string) => ['校级', '中层', '一般'].indexOf(r);
  const zh = new Intl.Collator('zh-CN');
  for (let i = 1; i < body.length; i++) {
    const [a, b] = [body[i - 1], body[i]];
    const c =
      rank(a[0]) - rank(b[0]) || zh.compare(a[1], b[1]) || senior(a[2]) - senior(b[2]) || zh.compare(a[3], b[3]);
    expect(c).toBeLessThanOrEqual(0);
  }
});

it('school: the 目录 puts a 科室’s 中层 before its 一般, as the plan registers 职级', async () => {
  const school = PACKS.find((p) => p.id === 'school-2010')!;
  const wb = await packWorkbook(school, [
    {
      form: 'D1',
      header: { unit: '高桥小学' },
      rows: [
        {
          seq: 1,
          dept: '教务处',
          rank: '一般',
          post: '教师',
          riskType: '岗位职责风险',
          riskPoint: '乱收费',
          level: '三级',
        },
        {
          seq: 2,
          dept: '教务处',
          rank: '中层',
          post: '教务主任',
          riskType: '岗位职责风险',
          riskPoint: '排课不公',
          level: '三级',
        },
        {
          seq: 3,
          dept: '教务处',
          rank: '校级领导',
          post: '副校长',
          riskType: '岗位职责风险',
          riskPoint: '招生',
          level: '三级',
        },
      ],
    },
  ]);
  const result = rollupWorkbook(snap(wb), recognise(wb), { pack: school });
  const out = await apply(wb, result.ops);
  const ws = out.getWorksheet('岗位腐败风险点目录')!;
  const ranks = ws
    .getSheetValues()
    .filter((r) => Array.isArray(r) && r.includes('教务处'))
    .map((r) => (r as unknown[]).find((v) => ['一般', '中层', '校级领导'].includes(String(v))));
  expect(ranks).toEqual(['校级领导', '中层', '一般']);
});

it('railway: 许可审批事项廉政风险分布表 grouped by 许可事项, and counted per 许可事项', async () => {
  const { file, sheets } = built.get('railway-2014')!;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const grouped = sheets.find((s) => s.includes('按许可事项'))!;
  expect(grouped).toBeDefined();
  const text = wb
    .getWorksheet(SUMMARY_SHEET)!
    .getSheetValues()
    .flat()
    .map((v) => displayText(toCellValue(v as ExcelJS.CellValue)));
  expect(text.some((t) => t.includes('按许可事项统计'))).toBe(true);
});

it('hangzhou: the share of 高 is shown with the ≈20% rule', async () => {
  const { file } = built.get('hangzhou-2019')!;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const text = wb
    .getWorksheet(SUMMARY_SHEET)!
    .getSheetValues()
    .flat()
    .map((v) => displayText(toCellValue(v as ExcelJS.CellValue)));
  expect(text.some((t) => t.includes('一般高风险类别控制在20%左右'))).toBe(true);
  expect(text).toContain('二、高风险占比');
  // The figure: 高 over all levelled risks, with the verdict beside it.
  const ws = wb.getWorksheet(SUMMARY_SHEET)!;
  const row = ws.getSheetValues().find((r) => Array.isArray(r) && r[5] === '占比') as ExcelJS.CellValue[];
  // Its total says what it counts: a risk point whose level could not be read is on the 未定级 line instead.
  expect(row[3]).toBe('已定级风险点总数（项）');
  const share = Number((row[6] as ExcelJS.CellFormulaValue).result);
  const { counts, total } = rollupWorkbook(snap(wb), recognise(wb), {
    pack: PACKS.find((p) => p.id === 'hangzhou-2019')!,
  });
  const high = Object.values(counts['高']).reduce((a, b) => a + b, 0);
  expect(share).toBeCloseTo(high / total, 6);
  expect(text).toContain(share > 0.25 ? '偏高' : share < 0.15 ? '偏低' : '符合');
});

/** LibreOffice recalculates every file; each formula's value must equal the one lianfang cached. */
it('formulas and cached values agree when LibreOffice recalculates', async () => {
  const checks = await recalculateWithLibreOffice([...built.values()], path.join(dir, 'recalc'));
  expect(mismatches(checks)).toEqual([]);
  expect(checks.length).toBeGreaterThan(100);
  expect(checks.filter((c) => typeof c.recalculated === 'number' && c.recalculated > 0).length).toBeGreaterThan(50);
});

it('heshui: B3 has no 风险类型, so its risk points count by level only, and both sheets say so', async () => {
  const { file } = built.get('heshui-2012')!;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const b4 = wb.worksheets.find((w) => w.name.endsWith('(自动)'))!;
  const header = b4.getSheetValues().findIndex((r) => Array.isArray(r) && r.includes('岗位职责'));
  const cols = b4.getRow(header).values as unknown[];
  const types = ['岗位职责', '制度机制', '思想道德', '工作流程', '外部环境'].map((t) => cols.indexOf(t));
  const levels = ['一级', '二级', '三级'].map((t) => cols.indexOf(t));
  const count = (v: ExcelJS.CellValue) => Number((v as ExcelJS.CellFormulaValue)?.result ?? 0);
  let b3Rows = 0;
  for (let r = header + 1; r <= b4.rowCount; r++) {
    const f = b4.getCell(r, levels[0]).value as ExcelJS.CellFormulaValue | null;
    if (!f || typeof f !== 'object' || !('formula' in f)) continue;
    const typeCells = types.map((c) => b4.getCell(r, c).value);
    const levelSum = levels.reduce((n, c) => n + count(b4.getCell(r, c).value), 0);
    if (!f.formula.includes("'B1 ") && !f.formula.includes("'B2 ")) {
      // Only B3 behind this row: no type is known, so none is claimed (not a row of zeros).
      b3Rows++;
      expect(typeCells).toEqual(types.map(() => '—'));
      expect(levelSum).toBeGreaterThan(0);
    } else expect(typeCells.reduce((n: number, v) => n + count(v), 0)).toBe(levelSum);
  }
  expect(b3Rows).toBeGreaterThan(0);
  const text = (ws: ExcelJS.Worksheet) =>
    ws
      .getSheetValues()
      .flat()
      .map((v) => displayText(toCellValue(v as ExcelJS.CellValue)))
      .join('\n');
  expect(text(b4)).toContain('附表3「重点岗位风险点专项清查表」没有风险类型栏，其风险点只计入风险等级');
  expect(text(wb.getWorksheet(SUMMARY_SHEET)!)).toContain('「重点岗位风险点专项清查表」没有风险类型栏');
});
