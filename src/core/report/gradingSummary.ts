import { metaOps } from '../build/template';
import type { Pack } from '../forms/pack';
import { META_SCHEMA_VERSION, type FormRef } from '../meta/schema';
import type { Op } from '../ops';
import { SUMMARY_ID, recogniseForRollup, rollupWorkbook } from '../rollup/rollupWorkbook';
import { opsSnapshot } from './opsSnapshot';
import { printLikeReport } from './print';
import type { ReportSheet } from './rollupSheets';

/**
 * The grading capability's 风险汇总 sheet (live COUNTIFS over the report's own form sheets: level × category,
 * per 科室/岗位, the top share, the top-level list, the heat map), run over the report as it will be written.
 * Only that sheet is kept: the plan's registers are the report's own compiled sheets.
 */
export function gradingSummarySheet(pack: Pack, formOps: Op[], refs: FormRef[], taken: string[]): ReportSheet | null {
  const virtual = opsSnapshot([
    ...formOps,
    ...metaOps({ app: 'lianfang', schema: META_SCHEMA_VERSION, pack: pack.id, forms: refs }, false),
  ]);
  // Names the report uses elsewhere count as taken, so the rollup's sheet never collides with them.
  for (const t of taken)
    if (!virtual.sheets.some((s) => s.name === t))
      virtual.sheets.push({ name: t, visibility: 'visible', rows: [], merges: [] });
  const result = rollupWorkbook(virtual, recogniseForRollup(virtual, pack.id), { pack, printed: true });
  const summary = result.sheets.find((s) => s.id === SUMMARY_ID);
  if (!summary || !result.total) return null;
  const ops = result.ops.filter((o) => o.kind !== 'deleteSheet' && 'sheet' in o && o.sheet === summary.sheet);
  ops.push(printLikeReport(ops, summary.sheet, 'landscape')); // keeps the orientation the sheet chose
  const top = pack.grading.levels[0].name;
  const what = `按${pack.levelLabel}和${pack.categories.label}、科室/岗位统计,${top}风险占比及清单`;
  return { sheet: summary.sheet, what, ops };
}
