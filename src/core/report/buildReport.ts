import { metaOps } from '../build/template';
import { EXPLAIN_SHEET, explainSheet } from '../explain/sheet';
import type { Pack } from '../forms/pack';
import { META_SCHEMA_VERSION } from '../meta/schema';
import type { Op } from '../ops';
import { committeeSheets } from './committee';
import { reportModel, type ReportModelRequest } from './collect';
import { COVER_SHEET, coverSheet, type TocEntry } from './cover';
import { reportFormSheets } from './formSheets';
import { gradingSummarySheet } from './gradingSummary';
import { flowchartReportSheets } from '../flowchart/reportSheets';
import { reportDataParts } from './hiddenData';
import type { ReportModel } from './model';
import { packLayoutSheets } from './packLayouts';
import { heatMapSheet, issuesSheet, summarySheet, topRisksSheet, type ReportSheet } from './rollupSheets';
import { unitLabel } from './unitLabel';

export interface ReportPlan {
  /** Every operation, in order: hosts that apply a plan at once (the page, the add-in, a small report). */
  readonly ops: Op[];
  /**
   * The same operations a part at a time, each made when asked for (the large registers, the hidden JSON): a writer
   * that streams writes a part and drops it. A sheet's operations sit in one part, or in parts one after another.
   */
  parts(): Iterable<Op[]>;
  model: ReportModel;
  /** The visible sheets in order, cover first. */
  sheets: TocEntry[];
  /** Risk rows of every form of every unit: how large the report is. */
  rows: number;
}

/**
 * The report workbook as operations on an empty workbook: 封面 (first, active), the plan's compiled
 * registers, every form graded and signed, the rollups, the consolidation for many units, and the
 * hidden data sheet. Pure: the door applies the ops with its adapter and writes the file.
 */
export interface ReportOptions {
  /** Units expected to hand in (committee): the consolidation lists who has not. */
  expect?: string[];
}

export function buildReportFromModel(pack: Pack, model: ReportModel, opts: ReportOptions = {}): ReportPlan {
  if (model.pack !== pack.id) throw new Error(`report model is for ${model.pack}, not ${pack.id}`);
  const compiled = packLayoutSheets(pack, model);
  const rollups: ReportSheet[] = [
    ...(model.units.length > 1 || opts.expect?.length ? committeeSheets(pack, model, opts.expect) : []),
    summarySheet(pack, model),
    topRisksSheet(pack, model),
    ...[heatMapSheet(pack, model), issuesSheet(model)].filter((s): s is ReportSheet => !!s),
  ];
  const taken = [COVER_SHEET, EXPLAIN_SHEET, ...compiled.map((s) => s.sheet), ...rollups.map((s) => s.sheet)];
  const before = [...taken];
  const forms = reportFormSheets(pack, model, taken);
  const { refs } = forms;
  const gradedTaken = [...taken, ...forms.placed.map((p) => p.sheet)];
  const graded = gradingSummarySheet(pack, forms.ops, refs, gradedTaken);
  // The form sheets and 风险汇总 are made before anything is written (the cover lists them, 风险汇总 counts the
  // form sheets): a plan written part by part lets each go once written, and makes them again if asked again.
  const remakeForms = () => reportFormSheets(pack, model, [...before]).ops;
  const formOps = once(forms.ops, remakeForms);
  // The grading capability's 风险汇总 replaces the report's own 汇总, except per unit for a committee.
  if (graded) {
    rollups.splice(0, rollups.length, ...rollups.filter((r) => r.sheet !== '汇总' || model.units.length > 1));
    const gradedOps = once(graded.ops, () => gradingSummarySheet(pack, remakeForms(), refs, gradedTaken)!.ops);
    rollups.unshift({
      sheet: graded.sheet,
      what: graded.what,
      get ops() {
        return gradedOps();
      },
    });
  }
  // The plan's diagrams (职权运行流程图 / 廉政风险分布图), drawn from the report's own form sheets: a unit's report
  // only; a committee's compilation of many units would carry one sheet per unit and power, each in its unit's own.
  if (model.units.length === 1)
    rollups.push(
      ...flowchartReportSheets(pack, forms.ops, forms.refs, [
        ...taken,
        ...forms.placed.map((p) => p.sheet),
        ...rollups.map((r) => r.sheet),
      ]),
    );
  const toc: TocEntry[] = [
    { sheet: EXPLAIN_SHEET, what: '方案说明：风险等级及颜色、监控责任、执行的标准、时间要求' },
    ...compiled.map(({ sheet, what }) => ({ sheet, what })),
    ...forms.placed.map((p) => ({
      sheet: p.sheet,
      what: `${p.form.attachment ? `${p.form.attachment} ` : ''}${p.form.title}${p.data.instance ? `(${p.data.instance})` : ''}${model.units.length > 1 ? ` — ${unitLabel(p.unit)}` : ''}`,
    })),
    ...rollups.map(({ sheet, what }) => ({ sheet, what })),
  ];
  const cover = coverSheet(pack, model, forms.placed, toc);
  function* parts(): Generator<Op[]> {
    yield cover;
    yield explainSheet(pack);
    for (const s of compiled) yield s.ops;
    yield formOps();
    for (const s of rollups) yield s.ops;
    // The report is also an ordinary lianfang workbook of the pack: its form sheets are identified.
    yield metaOps({ app: 'lianfang', schema: META_SCHEMA_VERSION, pack: pack.id, forms: refs }, false);
    yield* reportDataParts(model);
    yield [{ kind: 'activate', sheet: COVER_SHEET }];
  }
  let ops: Op[] | undefined;
  return {
    get ops() {
      return (ops ??= [...parts()].flat());
    },
    parts,
    model,
    sheets: [{ sheet: COVER_SHEET, what: '封面' }, ...toc],
    rows: model.units.reduce((n, u) => n + u.forms.reduce((m, f) => m + f.rows.length, 0), 0),
  };
}

/** Operations handed over once and then let go; asked for again, they are made again. */
function once(ops: Op[], remake: () => Op[]): () => Op[] {
  let kept: Op[] | undefined = ops;
  return () => {
    const out = kept ?? remake();
    kept = undefined;
    return out;
  };
}

/** Reads the sources (filled workbooks or lower-level reports) and plans the report. */
export async function buildReport(req: ReportModelRequest & ReportOptions): Promise<ReportPlan> {
  return buildReportFromModel(req.pack, await reportModel(req), req);
}
