import type ExcelJS from 'exceljs';
import { gradeWorkbook } from '../../src/core/grade/gradeWorkbook';
import { heshui2012 } from '../../src/core/packs/heshui-2012/pack';
import { apply, packWorkbook, recognise, reload, snap } from './workbooks';

/** The B1 sheet's body, found the way the user sees it: by its header row. */
function b1Rows(wb: ExcelJS.Workbook) {
  const ws = wb.worksheets.find((w) => w.name.startsWith('B1'))!;
  let header = 0;
  ws.eachRow((row, r) => {
    if (!header && row.values && (row.values as unknown[]).includes('风险点描述')) header = r;
  });
  const col = (label: string) => (ws.getRow(header).values as unknown[]).indexOf(label);
  return { ws, header, col };
}

describe('gradeWorkbook on a heshui workbook', () => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    const pack = heshui2012;
    const instances = structuredClone(pack.sample.instances);
    const b1 = instances.find((i) => i.form === 'B1')!;
    // Row 1: level entered 一级 agrees with 3 × 5 = 15. Row 2: level left blank. Row 3: entered 一级, computed 二级.
    b1.rows[1] = { ...b1.rows[1], level: null, monitor: null };
    b1.rows[2] = { ...b1.rows[2], level: '一级', monitor: null };
    wb = await packWorkbook(pack, instances);
  });

  it('never writes over a level formula saved without its result (a file no Excel has opened), and says so', async () => {
    const { ws, header, col } = b1Rows(wb);
    const cell = ws.getCell(header + 2, col('风险等级'));
    const formula = `IF(${ws.getCell(header + 2, col('发生可能性')).address}*${ws.getCell(header + 2, col('危害性')).address}>=15,"一级","二级")`;
    cell.value = { formula } as ExcelJS.CellFormulaValue;
    const withFormula = await reload(wb);
    const result = gradeWorkbook(snap(withFormula), recognise(withFormula), { pack: heshui2012 });
    expect(result.ops.filter((o) => o.kind === 'setValues' && o.at === cell.address)).toEqual([]);
    const row = result.rows.find((r) => r.levelCell === cell.address)!;
    expect(row.status).not.toBe('filled');
    expect(row.notes.join()).toContain(`${cell.address} 是公式「=${formula}」，文件中还没有它的计算结果`);
    const graded = await apply(withFormula, result.ops);
    expect(b1Rows(graded).ws.getCell(cell.address).formula).toBe(formula);
    cell.value = null;
  });

  it('fills the blank level, keeps entered ones, flags the one that differs', async () => {
    const result = gradeWorkbook(snap(wb), recognise(wb), { pack: heshui2012 });
    const { ws, header, col } = b1Rows(wb);
    const b1 = result.rows.filter((r) => r.sheet === ws.name);
    expect(b1.map((r) => r.status)).toEqual(['agrees', 'filled', 'differs']);
    expect(b1[2].needsReason).toBe(true);
    expect(result.counts.needsReason).toBeGreaterThanOrEqual(1);
    expect(result.source).toEqual({ kind: 'pack', pack: 'heshui-2012' });
    expect(result.rule).toContain('自由裁量权大小 ≥ 5 或 行政权力与资金关联程度 ≥ 5 时上调一级');

    const graded = await apply(wb, result.ops);
    const g = b1Rows(graded);
    const level = (i: number) => g.ws.getCell(header + 1 + i, col('风险等级'));
    expect(level(0).value).toBe('一级');
    // 2 × 4 = 8 → 二级 (no factor at 5).
    expect(level(1).value).toBe('二级');
    expect(level(2).value).toBe('一级'); // the user's level stands
    expect(String(level(1).note)).toContain('发生可能性 2 × 危害性 4 = 8 ≥ 8 → 二级');
    expect(String(level(2).note)).toContain('请在「调整理由」中说明');
    const monitor = (i: number) => g.ws.getCell(header + 1 + i, col('监控责任')).value;
    expect(monitor(1)).toBe('县纪委派驻(出)该单位纪检组(纪委)监控');
    expect(monitor(2)).toBe('所在单位及纪检监察机关重点监控');
    void ws;
  });

  it('grading twice changes nothing more (idempotent)', async () => {
    const once = await apply(wb, gradeWorkbook(snap(wb), recognise(wb), { pack: heshui2012 }).ops);
    const again = gradeWorkbook(snap(once), recognise(once), { pack: heshui2012 });
    expect(again.ops.filter((o) => o.kind === 'setValues')).toEqual([]);
    const twice = await apply(once, again.ops);
    expect(snap(twice)).toEqual(snap(once));
  });

  it('a reason in 调整理由 clears the flag', async () => {
    const { ws, header, col } = b1Rows(wb);
    ws.getCell(header + 3, col('调整理由')).value = '涉及大额资金,领导小组集体研究定为一级';
    const r = gradeWorkbook(snap(wb), recognise(wb), { pack: heshui2012 });
    const row = r.rows.find((x) => x.sheet === ws.name && x.row === header + 3)!;
    expect(row.status).toBe('differs');
    expect(row.needsReason).toBe(false);
    // Its note no longer asks for the reason it holds.
    expect(row.notes.join()).toContain('调整理由：涉及大额资金,领导小组集体研究定为一级');
    expect(row.notes.join()).not.toContain('请在「调整理由」中说明');
  });
});

it("a level that is none of the pack's is reported, never replaced", async () => {
  const instances = structuredClone(heshui2012.sample.instances);
  instances.find((i) => i.form === 'B1')!.rows[0].level = '很高';
  const wb = await packWorkbook(heshui2012, instances);
  const r = gradeWorkbook(snap(wb), recognise(wb), { pack: heshui2012 });
  const row = r.rows.find((x) => x.entered === '很高')!;
  expect(row.status).toBe('unknownLevel');
  expect(row.notes[0]).toBe('填写的等级「很高」不是本方案的等级（一级、二级、三级）');
  expect(r.ops.some((o) => o.kind === 'setValues' && o.at === row.levelCell && o.sheet === row.sheet)).toBe(false);
});
