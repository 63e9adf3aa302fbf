import { writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { findPack } from '../../src/core/packs';
import { rollupWorkbook, SUMMARY_SHEET } from '../../src/core/rollup/rollupWorkbook';
import { validateWorkbook } from '../../src/core/validate';
import { apply, artifacts, recognise, reload, snap } from '../grade/workbooks';
import { mismatches, recalculateWithLibreOffice } from './libreoffice';

/*
 * One risk point typed over several rows, as clerks list several 防控措施 (B1) or 表现形式 (E2): its 序号, text and
 * level merged down, a measure per row. It is one risk point, for lianfang and for a recalculation alike; a level
 * merged over several risk points (each its own 序号) still counts each of them.
 */
const dir = artifacts('rollup/multiRow');
const heshui = findPack('heshui-2012')!;

function b1(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('附表1');
  const lines: Array<Array<string | number | null>> = [
    ['个人岗位风险点自查表'],
    ['单位：合水县财政局　　科室：国库股　　姓名：李建军　　岗位：国库股股长'],
    ['序号', '风险点描述', '风险类型', '风险等级', '防控措施'],
    [1, '违规拨付资金', '岗位职责', '一级', '1.严格审核'],
    [null, null, null, null, '2.大额资金集体研究'],
    [null, null, null, null, '3.定期对账'],
    [2, '受请托优亲厚友', '外部环境', '二级', '签订承诺书'],
    [3, '支付流程不透明', '工作流程', '三级', '1.制定流程图'],
    [null, null, null, null, '2.报分管领导审批'],
    // Two risk points under one merged level: two risk points.
    [4, '票据保管不严', '制度机制', '三级', '专人保管'],
    [5, '印鉴管理混乱', '制度机制', null, '分开保管'],
  ];
  lines.forEach((row, i) => row.forEach((v, c) => v !== null && (ws.getCell(i + 1, c + 1).value = v)));
  for (const col of 'ABCD') ws.mergeCells(`${col}4:${col}6`);
  for (const col of 'ABCD') ws.mergeCells(`${col}8:${col}9`);
  ws.mergeCells('D10:D11');
  return wb;
}

it('a risk point typed over several rows is one risk point, its measures joined; LibreOffice counts the same', async () => {
  let wb = await reload(b1());
  const rec = recognise(wb);
  const [form] = rec.forms;
  expect(form.rows.map((r) => [r.row, r.cells.riskPoint, r.cells.level])).toEqual([
    [4, '违规拨付资金', '一级'],
    [7, '受请托优亲厚友', '二级'],
    [8, '支付流程不透明', '三级'],
    [10, '票据保管不严', '三级'],
    [11, '印鉴管理混乱', '三级'],
  ]);
  expect(form.rows[0].cells.measures).toBe('1.严格审核；2.大额资金集体研究；3.定期对账');
  // No 序号 warning for the cells under a merged 序号.
  expect(validateWorkbook(snap(wb)).issues.filter((i) => i.code.startsWith('seq'))).toEqual([]);

  const result = rollupWorkbook(snap(wb), rec, { pack: heshui });
  expect(result.total).toBe(5);
  wb = await apply(wb, result.ops);
  const file = path.join(dir, 'b1.xlsx');
  writeFileSync(file, new Uint8Array(await wb.xlsx.writeBuffer()));
  const checks = await recalculateWithLibreOffice([{ file, sheets: [SUMMARY_SHEET] }], path.join(dir, 'recalc'));
  expect(mismatches(checks)).toEqual([]);
  // 一级 1 of 5 graded risk points, in the recalculated sheet too.
  // By level, recalculated: 一级 1 (the risk point over three rows), 三级 3 (two of them under one merged level).
  const byLevel = (lv: string) => checks.find((c) => c.formula.startsWith(`COUNTIFS('附表1'!$D$4:$D$11,"=${lv}")`));
  expect([byLevel('一级')?.recalculated, byLevel('二级')?.recalculated, byLevel('三级')?.recalculated]).toEqual([
    1, 1, 3,
  ]);
}, 120_000);
