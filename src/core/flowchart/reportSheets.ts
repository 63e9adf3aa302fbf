import { uniqueSheetName } from '../build/sheetName';
import { metaOps } from '../build/template';
import type { Pack } from '../forms/pack';
import { META_SCHEMA_VERSION, type FormRef } from '../meta/schema';
import { ROLLUP_NAME_PREFIX } from '../meta/owned';
import type { Op } from '../ops';
import { opsSnapshot } from '../report/opsSnapshot';
import type { ReportSheet } from '../report/rollupSheets';
import { recogniseForRollup, unitName } from '../rollup/rollupWorkbook';
import { schemeInForceOrPlan } from '../settings/schemeSettings';
import { flowchartSheets } from './sheets';

/**
 * The plan's diagrams as pages of the report, drawn from the report's own form sheets (as the unit's rollup draws
 * them from its workbook): one sheet per power / 许可事项, after the rollups, each listed in the table of contents.
 */
export function flowchartReportSheets(pack: Pack, formOps: Op[], refs: FormRef[], taken: string[]): ReportSheet[] {
  if (!pack.flowcharts.length) return [];
  const virtual = opsSnapshot([
    ...formOps,
    ...metaOps({ app: 'lianfang', schema: META_SCHEMA_VERSION, pack: pack.id, forms: refs }, false),
  ]);
  const rec = recogniseForRollup(virtual, pack.id);
  const { scheme } = schemeInForceOrPlan(pack.id, pack.grading, virtual);
  const plan = flowchartSheets(pack, scheme, rec, unitName(rec));
  const names = [...taken, ...virtual.sheets.map((s) => s.name)];
  return plan.sheets.map((s) => {
    const sheet = uniqueSheetName(s.wanted, names);
    names.push(sheet);
    const spec = pack.flowcharts.find((f) => s.id.startsWith(`FLOW_${f.id}_`));
    return {
      sheet,
      what: `${spec?.title ?? ''}：${s.subject}`,
      ops: s.build(sheet, `${ROLLUP_NAME_PREFIX}${s.id}`),
    };
  });
}
