import { drawLegend } from '../build/legend';
import { PAGE_POINTS, PRINTED_UNIT } from '../build/styles';
import type { Pack } from '../forms/pack';
import type { GradingScheme } from '../grade/scheme';
import type { CellStyle, Op } from '../ops';
import { R, SheetWriter } from '../report/writer';
import type { Chart, ChartRisk } from './model';
import type { FlowchartSpec } from './spec';

/** Printed width (character units) a chart is laid out to: portrait A4, one page wide, unshrunk in Excel and LibreOffice. */
const PAGE_WIDTH = Math.floor(PAGE_POINTS.portrait.width / PRINTED_UNIT);
const STAGE_WIDTH = 12;
const LINK_WIDTH = 3;
const LEVEL_WIDTH = 7;

const STAGE: CellStyle = { ...R.body, bold: true, size: 12, h: 'center', v: 'middle', fill: 'FFDDEBF7' };
const ARROW: CellStyle = { font: R.body.font, size: 14, bold: true, h: 'center', v: 'middle', wrap: false };
const LINK: CellStyle = { font: R.body.font, size: 12, h: 'center', v: 'middle', wrap: false };
const NONE: CellStyle = { font: R.body.font, size: 10, italic: true, color: 'FF595959', h: 'left', v: 'middle' };

/** The sheet's columns: the stage boxes, the link to their risks, then each risk's level, text, columns, owner. */
export function chartColumns(spec: FlowchartSpec): number[] {
  const extra = spec.risks.columns.map((c) => c.width);
  const fixed = STAGE_WIDTH + LINK_WIDTH + LEVEL_WIDTH + spec.risks.who.width + extra.reduce((a, b) => a + b, 0);
  return [STAGE_WIDTH, LINK_WIDTH, LEVEL_WIDTH, Math.max(20, PAGE_WIDTH - fixed), ...extra, spec.risks.who.width];
}

/**
 * One diagram as an editable sheet: title, the subject's facts, the colour legend, then the stages top to bottom
 * as bordered boxes joined by ↓, each risk point on the row beside its stage in its level's colour, and below the
 * flow the risks that could not be placed. Cells, borders and arrow characters only: a clerk can edit it in Excel
 * and it prints on A4, one page wide, with its heading repeated on every page.
 */
export function drawChart(
  pack: Pack,
  scheme: GradingScheme,
  spec: FlowchartSpec,
  chart: Chart,
  sheet: string,
  anchor: string,
): Op[] {
  const widths = chartColumns(spec);
  const w = new SheetWriter(sheet, widths);
  const last = widths.length;
  w.line(spec.title, R.title, 18);
  w.line(`${spec.subjectLabel}：${chart.subject}`, { ...R.subtitle, bold: true }, 12);
  if (chart.unit) w.line(`单位：${chart.unit}`, R.subtitle, 12);
  for (const d of chart.details) w.labelValue(d.label, d.value, 1);
  if (!chart.listed && spec.subjects) {
    const list = pack.forms.find((f) => f.id === spec.subjects!.form)?.title ?? spec.subjects.form;
    w.line(`（本${spec.subjectLabel}未列入《${list}》，按风险点所填名称画出。）`, R.note, 10);
  }
  drawLegend({ ...pack, grading: { ...pack.grading, levels: scheme.levels } }, ++w.row, 1, last, w);
  w.fit(w.row, [], 10, 22);
  // The level and the risk share one heading: a row of the forms' own column labels would make recognition read
  // the chart as one more 附件3 (lianfang's names mark it as its own, yet a sheet that looks like a form is read).
  const head = [
    '流程环节',
    '',
    `廉政风险点及${pack.levelLabel}`,
    '',
    ...spec.risks.columns.map((c) => c.label),
    spec.risks.who.label,
  ];
  const headerRow = ++w.row;
  head.forEach((h, i) => w.set(headerRow, i + 1, h));
  w.merge(headerRow, 1, headerRow, 2);
  w.merge(headerRow, 3, headerRow, 4);
  w.style(headerRow, 1, headerRow, last, R.header);
  w.fit(
    headerRow,
    // Merged headings wrap across both their columns.
    head.map((h, i) => ({ text: h, width: i === 0 || i === 2 ? widths[i] + widths[i + 1] : widths[i] })),
    11,
    24,
  );

  const riskRow = (r: number, risk: ChartRisk) => {
    const values = [risk.levelText, risk.text, ...risk.columns, risk.who];
    values.forEach((v, i) => w.set(r, 3 + i, v));
    const fill = risk.level === undefined ? undefined : scheme.levels[risk.level].fill;
    w.style(r, 3, r, last, { ...R.body, ...(fill ? { fill } : {}) });
    w.style(r, 3, r, 3, { ...R.centered, bold: true });
    w.fit(
      r,
      values.map((v, i) => ({ text: v, width: widths[2 + i] })),
    );
  };

  chart.stages.forEach((stage, i) => {
    if (i > 0) {
      const r = ++w.row;
      w.set(r, 1, '↓');
      w.style(r, 1, r, 1, ARROW);
      w.fit(r, [], 14, 20);
    }
    const first = w.row + 1;
    if (!stage.risks.length) {
      const r = ++w.row;
      w.set(r, 3, '（本环节未登记廉政风险点）');
      w.merge(r, 3, r, last);
      w.style(r, 3, r, last, NONE);
      w.fit(r, [], 10, 26);
    }
    for (const risk of stage.risks) {
      const r = ++w.row;
      w.set(r, 2, '→');
      w.style(r, 2, r, 2, LINK);
      riskRow(r, risk);
    }
    w.set(first, 1, stage.name);
    w.merge(first, 1, w.row, 1);
    w.style(first, 1, w.row, 1, STAGE);
  });
  if (!chart.stages.length) {
    const r = ++w.row;
    w.set(r, 1, `（尚未填写本${spec.subjectLabel}的流程环节和廉政风险点）`);
    w.merge(r, 1, r, last);
    w.style(r, 1, r, last, NONE);
    w.fit(r, [], 10, 26);
  }

  if (chart.unplaced.length) {
    w.blank();
    w.line('未画入流程的风险点', R.section, 13);
    for (const risk of chart.unplaced) {
      const r = ++w.row;
      const why = risk.typedStage ? `流程环节「${risk.typedStage}」不是本图的环节` : '未填写流程环节';
      w.set(r, 1, why);
      w.merge(r, 1, r, 2);
      w.style(r, 1, r, 2, { ...R.body, size: 10 });
      w.fit(r, [{ text: why, width: widths[0] + widths[1] }], 10);
      riskRow(r, risk);
    }
  }
  w.blank();
  w.line(`资料来源：${spec.source}。`, R.note, 10);
  return [
    ...w.ops({ titleRows: `1:${headerRow}`, orientation: 'portrait' }),
    { kind: 'defineName', name: anchor, sheet, range: '$A$1' },
  ];
}
