import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { findPack } from '../../src/core/packs';
import { rollupWorkbook, SUMMARY_SHEET } from '../../src/core/rollup/rollupWorkbook';
import { apply, artifacts, packWorkbook, recognise, snap } from '../grade/workbooks';
import { mismatches, recalculateWithLibreOffice } from './libreoffice';

/*
 * A risk point whose description the clerk left blank but whose level is typed: 合计 counts its level, so the line
 * 未定级或风险等级写法不规范的风险点 must count it as a row too; it never goes below 0, for lianfang or a recalculation.
 */
const dir = artifacts('rollup/levelWithoutText');
const pack = findPack('puyang-2012')!;

it('a level typed without its risk text leaves the 未定级 line at 0, never −1, after a recalculation too', async () => {
  const instances = structuredClone(pack.sample.instances);
  const a3 = instances.find((i) => i.form === 'A3')!;
  a3.rows[1] = { ...a3.rows[1], riskPoint: null };
  let wb = await packWorkbook(pack, instances);
  const result = rollupWorkbook(snap(wb), recognise(wb), { pack });
  wb = await apply(wb, result.ops);
  const file = path.join(dir, 'level-without-text.xlsx');
  writeFileSync(file, new Uint8Array(await wb.xlsx.writeBuffer()));
  const checks = await recalculateWithLibreOffice([{ file, sheets: [SUMMARY_SHEET] }], path.join(dir, 'recalc'));
  expect(mismatches(checks)).toEqual([]);
  const unlevelled = checks.find((c) => c.formula.includes('COUNTIFS(') && c.formula.includes(',"<>")'));
  expect(unlevelled).toMatchObject({ cached: 0, recalculated: 0 });
}, 120_000);
