import { writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { findPack } from '../../src/core/packs';
import { rollupWorkbook, SUMMARY_SHEET } from '../../src/core/rollup/rollupWorkbook';
import { apply, artifacts, recognise, reload, snap } from '../grade/workbooks';
import { mismatches, recalculateWithLibreOffice } from './libreoffice';

/*
 * A 自查表 that goes on in a 续表 under its notes (the plans: 表格留白不够，可另续表), closed by a 合计 line whose
 * words stand in the risk column: every risk point on both parts is counted, and neither the notes, the heading typed
 * again nor the 合计 line is, by lianfang or by a recalculation.
 */
const dir = artifacts('rollup/continued');
const pack = findPack('heshui-2012')!;
const heading = ['序号', '风险点描述', '风险类型', '风险等级', '防控措施'];

function typed(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  const lines: Array<Array<string | number | null>> = [
    ['个人岗位风险点自查表'],
    ['单位：合水县财政局　　科室：国库股　　姓名：李建军　　岗位：国库股股长'],
    heading,
    [1, '资金拨付审核不严', '岗位职责', '一级', '双人复核'],
    [2, '受请托优亲厚友', '外部环境', 'Ⅱ级', '廉政教育'],
    ['备注：表格留白不够，可另续表。'],
    ['本人签字：'],
    [],
    ['续表'],
    heading,
    [3, '支付流程不透明', '工作流程', '二级', '流程公开'],
    [4, '票据保管不严', '制度机制', '高', '专人保管'],
    ['合计', '共 4 个风险点'],
  ];
  lines.forEach((row, i) => row.forEach((v, c) => v !== null && (ws.getCell(i + 1, c + 1).value = v)));
  return wb;
}

it('counts the rows of both parts once, and LibreOffice recalculates the same counts', async () => {
  let wb = await reload(typed());
  const rec = recognise(wb);
  expect(rec.forms.map((f) => [f.form, f.rows.map((r) => r.row)])).toEqual([['B1', [4, 5, 11, 12]]]);
  const result = rollupWorkbook(snap(wb), rec, { pack });
  // 高 is no level of this plan: three risk points graded, one left for the 未定级 line.
  expect(result.total).toBe(3);
  wb = await apply(wb, result.ops);
  const file = path.join(dir, 'continued.xlsx');
  writeFileSync(file, new Uint8Array(await wb.xlsx.writeBuffer()));
  const checks = await recalculateWithLibreOffice([{ file, sheets: [SUMMARY_SHEET] }], path.join(dir, 'recalc'));
  expect(mismatches(checks)).toEqual([]);
  const counta = checks.filter((c) => c.formula.includes('COUNTA('));
  expect(counta.length).toBeGreaterThan(0);
  // The ranges skip rows 6–10 (notes, 续表, heading) and 13 (合计).
  for (const c of counta) expect(c.formula).toMatch(/\$B\$4:\$B\$5\).*\$B\$11:\$B\$12\)/);
  expect(checks.some((c) => c.recalculated === 1 && c.formula.includes('COUNTA('))).toBe(true);
}, 120_000);
