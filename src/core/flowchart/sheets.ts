import type { Pack } from '../forms/pack';
import type { GradingScheme } from '../grade/scheme';
import { message } from '../messages';
import type { Op } from '../ops';
import type { Recognition } from '../recognise/types';
import { drawChart } from './layout';
import { flowchartModel, type FlowNotice } from './model';

/** A generated sheet as rollups place them: a stable id, the name it would like, and its ops once named. */
export interface ChartSheet {
  id: string;
  wanted: string;
  subject: string;
  build: (sheet: string, anchor: string) => Op[];
}

export interface FlowchartPlan {
  sheets: ChartSheet[];
  /** What could not be drawn as typed, with the zh-CN sentence saying so. */
  notices: Array<FlowNotice & { text: string }>;
}

/**
 * The diagrams a pack's plan asks for (puyang's 职权运行流程图, railway's 廉政风险分布图), one sheet per subject,
 * from the workbook's own forms. Empty for packs whose plans draw none.
 */
export function flowchartSheets(pack: Pack, scheme: GradingScheme, rec: Recognition, unit: string): FlowchartPlan {
  const plan: FlowchartPlan = { sheets: [], notices: [] };
  for (const spec of pack.flowcharts) {
    const model = flowchartModel(pack, spec, scheme, rec, unit);
    const units = new Set(model.charts.map((c) => c.unit));
    model.charts.forEach((chart, i) =>
      plan.sheets.push({
        id: `FLOW_${spec.id}_${i + 1}`,
        // 流程图1 科技项目立项; for many units the unit's name comes first so each unit's charts read together.
        wanted: `${spec.sheetPrefix}${i + 1} ${units.size > 1 ? `${chart.unit} ` : ''}${chart.subject}`,
        subject: chart.subject,
        build: (sheet, anchor) => drawChart(pack, scheme, spec, chart, sheet, anchor),
      }),
    );
    plan.notices.push(...model.notices.map((n) => ({ ...n, text: message(n.code, n.params) })));
  }
  return plan;
}
