import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { applyOps } from '../../src/adapters/exceljs/applyOps';
import { snapshotWorkbook, toCellValue } from '../../src/adapters/exceljs/snapshot';
import { displayText } from '../../src/core/cell';
import { planInsert } from '../../src/core/build/template';
import { EXPLAIN_NAME, EXPLAIN_SHEET } from '../../src/core/explain/sheet';
import { findPack } from '../../src/core/packs';
import { recogniseWorkbook } from '../../src/core/recognise';
import { PACK_IDS, artifactDir, runCli } from './cli';

/**
 * Every pack's workbook and report carry a 说明 sheet: what the plan says about its levels (definition, colour,
 * who monitors), the figures in force (hangzhou's 20% share, school's 廉政谈话 score), its categories, 预警 levels
 * and deadlines. Read back from the written files; `packs --json` gives the same.
 */
let dir: string;
beforeAll(() => {
  dir = artifactDir('explain');
});

async function load(file: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}
const textOf = (ws: ExcelJS.Worksheet) => {
  const out: string[] = [];
  ws.eachRow((row) => row.eachCell((c) => out.push(displayText(toCellValue(c.value)))));
  return out.join('\n');
};
const fillsOf = (ws: ExcelJS.Worksheet) => {
  const out = new Map<string, string>();
  ws.eachRow((row) =>
    row.eachCell((c) => {
      const f = c.fill as ExcelJS.FillPattern | undefined;
      if (f?.fgColor?.argb) out.set(displayText(toCellValue(c.value)), f.fgColor.argb);
    }),
  );
  return out;
};

describe.each(PACK_IDS.map((id) => [id] as const))('%s', (id) => {
  const pack = findPack(id)!;

  it('the demo ends with a 说明 sheet the plan would recognise, and recognition leaves it alone', async () => {
    const file = join(dir, `${id}.xlsx`);
    expect((await runCli('demo', id, '-o', file)).code).toBe(0);
    const wb = await load(file);
    const visible = wb.worksheets.filter((w) => w.state === 'visible');
    expect(visible[visible.length - 1].name).toBe(EXPLAIN_SHEET);
    const ws = wb.getWorksheet(EXPLAIN_SHEET)!;
    const text = textOf(ws);
    const fills = fillsOf(ws);
    for (const l of pack.grading.levels) {
      expect(text).toContain(l.name);
      // The colour's cell carries the level's fill; the legend says 红色：一级.
      expect(fills.get(l.colour)).toBe(l.fill);
      expect(fills.get(`${l.colour}色：${l.name}`)).toBe(l.fill);
      if (l.monitor) expect(text).toContain(l.monitor);
      if (l.definition) expect(text).toContain(l.definition);
    }
    for (const d of pack.deadlines) expect(text).toContain(d.by);
    for (const c of pack.categories.values) expect(text).toContain(c);
    if (pack.rules.topShare) expect(text).toContain(pack.rules.topShare.text);
    if (pack.rules.scoreNeedsYes) expect(text).toContain('低于 60 分');
    const snap = snapshotWorkbook(wb);
    expect(snap.names.find((n) => n.name === EXPLAIN_NAME)?.sheet).toBe(EXPLAIN_SHEET);
    const r = recogniseWorkbook(snap);
    expect(r.skipped.find((s) => s.sheet === EXPLAIN_SHEET)?.reason).toBe('lianfang');
    expect(r.forms.map((f) => f.sheet)).not.toContain(EXPLAIN_SHEET);
  });
});

it('school: the 预警 levels A/B/C and the 廉政谈话 score are on the 说明 sheet and in packs --json', async () => {
  const wb = await load(join(dir, 'school-2010.xlsx'));
  const text = textOf(wb.getWorksheet(EXPLAIN_SHEET)!);
  for (const t of ['一级预警(A)', '二级预警(B)', '三级预警(C)', '线索不明确', '轻微违纪违规'])
    expect(text).toContain(t);
  const r = await runCli('packs', '--json');
  const packs = JSON.parse(r.out) as Array<{ id: string; explanation: Record<string, unknown> }>;
  const school = packs.find((p) => p.id === 'school-2010')!.explanation as {
    warnings: unknown[];
    thresholds: Array<{ value: string }>;
    levels: Array<{ monitor?: string }>;
  };
  expect(school.warnings).toHaveLength(3);
  expect(school.thresholds.map((t) => t.value).join()).toContain('低于 60 分');
  expect(school.levels.map((l) => l.monitor)).toEqual(['单位主要领导', '单位分管领导', '处室(科室)领导']);
  const hangzhou = packs.find((p) => p.id === 'hangzhou-2019')!.explanation as { thresholds: Array<{ words: string }> };
  expect(hangzhou.thresholds[0].words).toBe('一般高风险类别控制在20%左右');
});

it('the report carries the 说明 sheet too, listed in its table of contents', async () => {
  const out = join(dir, 'railway-report.xlsx');
  expect((await runCli('report', join(dir, 'railway-2014.xlsx'), '-o', out)).code).toBe(0);
  const wb = await load(out);
  expect(wb.getWorksheet(EXPLAIN_SHEET)).toBeDefined();
  expect(textOf(wb.worksheets[0])).toContain(EXPLAIN_SHEET);
});

it('inserting into a workbook with its own 说明 sheet keeps it and adds lianfang’s beside it, once', () => {
  const pack = findPack('puyang-2012')!;
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet(EXPLAIN_SHEET).getCell('A1').value = '本单位自己的说明';
  applyOps(wb, planInsert({ pack, existing: snapshotWorkbook(wb), forms: ['A1'] }).ops);
  expect(wb.getWorksheet(EXPLAIN_SHEET)!.getCell('A1').value).toBe('本单位自己的说明');
  expect(wb.worksheets.map((w) => w.name)).toContain(`${EXPLAIN_SHEET} (2)`);
  const again = planInsert({ pack, existing: snapshotWorkbook(wb), forms: ['A2'] });
  expect(again.ops.filter((o) => o.kind === 'addSheet').map((o) => ('sheet' in o ? o.sheet : ''))).toEqual([
    'A2 职权运行目录',
  ]);
});
