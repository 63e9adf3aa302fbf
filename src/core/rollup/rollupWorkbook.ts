import { append } from '../append';
import { ROLLUP_NAME_PREFIX } from '../meta/owned';
import { displayText, isBlank } from '../cell';
import { uniqueSheetName } from '../build/sheetName';
import type { Pack } from '../forms/pack';
import { describeRule } from '../grade/compute';
import type { GradingSchemeInput } from '../grade/scheme';
import { message } from '../messages';
import type { Op } from '../ops';
import type { WorkbookSnapshot } from '../port';
import { recogniseWorkbook } from '../recognise';
import type { Recognition } from '../recognise/types';
import { SETTINGS_SHEET, schemeInForce, type SchemeSource } from '../settings/schemeSettings';
import { publishedSheets } from './publishedSheets';
import { borrowedCells } from './borrowed';
import { countedColumns, riskRows, riskSources } from './riskRows';
import { buildSummarySheet } from './summarySheet';
import { ledgerSheets } from '../round/ledgerSheets';
import { todayInChina } from '../round/round';
import { ledgerCounts, warningLedger, type WarningStatus } from '../round/warnings';
import { flowchartSheets, type FlowchartPlan } from '../flowchart/sheets';

/** Defined names on A1 of every sheet a rollup made: how a re-run finds (and replaces) them, even renamed. */
export { ROLLUP_NAME_PREFIX };
export const SUMMARY_ID = 'SUMMARY';
export const SUMMARY_SHEET = '风险汇总';

export interface RollupOptions {
  pack: Pack;
  scheme?: GradingSchemeInput;
  /** The day the 预警 ledger counts overdue from (yyyy-mm-dd); today in China by default. */
  asOf?: string;
  /** The 风险汇总 is the report's printed copy (no notes about lianfang, no cell references). */
  printed?: boolean;
}

export interface RollupResult {
  ops: Op[];
  /** The sheets written, in order: id (SUMMARY, B4, D1_SORTED, E2_BY_ITEM) and sheet name. */
  sheets: Array<{ id: string; sheet: string }>;
  /** Sheets of an earlier rollup that this one replaces. */
  replaced: string[];
  unit: string;
  scheme: { rule: string; source: SchemeSource };
  /** Counts by level name × category ('' for a row without one), over rows whose level is recognised. */
  counts: Record<string, Record<string, number>>;
  total: number;
  /** The 预警 ledger's entries by status (all zero where the pack keeps none). */
  warnings: Record<WarningStatus, number>;
  /** The plan's diagrams drawn (one sheet per power / 许可事项) and what could not be drawn as typed. */
  flowcharts: { sheets: Array<{ sheet: string; subject: string }>; notices: FlowchartPlan['notices'] };
}

/** The sheets lianfang's earlier rollups made, by id, found through their defined names. */
export function rollupSheets(wb: WorkbookSnapshot): Map<string, string> {
  const out = new Map<string, string>();
  for (const n of wb.names)
    if (n.name.startsWith(ROLLUP_NAME_PREFIX) && n.sheet && wb.sheets.some((s) => s.name === n.sheet))
      out.set(n.name.slice(ROLLUP_NAME_PREFIX.length), n.sheet);
  return out;
}

/** Recognises a workbook's forms for grading and rollups: lianfang's own sheets (rollups, settings) are never forms. */
export function recogniseForRollup(wb: WorkbookSnapshot, pack?: string): Recognition {
  return recogniseWorkbook(wb, {
    ...(pack ? { pack } : {}),
    ownSheets: [...rollupSheets(wb).values(), SETTINGS_SHEET],
  });
}

/** The unit's name as the forms give it: the first filled 单位 header field. */
export function unitName(recognition: Recognition): string {
  for (const f of recognition.forms) {
    const v = f.header.unit?.value;
    if (!isBlank(v))
      return displayText(v ?? null)
        .replace(/[（(]盖章[)）]/g, '')
        .trim();
  }
  return '';
}

/**
 * Builds the rollup sheets of one workbook: the 风险汇总 sheet for every pack, plus the sheets the plan asks
 * for (B4 from B1–B3, school's 岗位腐败风险点目录, railway's grouped 分布表). Replaces what an earlier run made;
 * never touches the user's sheets. Running it twice gives the same workbook.
 */
export function rollupWorkbook(wb: WorkbookSnapshot, recognition: Recognition, opts: RollupOptions): RollupResult {
  const { pack } = opts;
  const { scheme, source } = schemeInForce(pack.id, pack.grading, wb, opts.scheme);
  const previous = rollupSheets(wb);
  const mine = new Set(previous.values());
  // A sheet an earlier rollup made is never a source (the register copy would count twice).
  const rec: Recognition = { ...recognition, forms: recognition.forms.filter((f) => !mine.has(f.sheet)) };
  const sources = riskSources(pack, rec);
  for (const s of sources) s.borrowed = borrowedCells(wb, s, countedColumns(s));
  const rows = riskRows(pack, scheme, sources);
  const unit = unitName(rec);
  const rule = describeRule(scheme);
  const sourceText =
    source.kind === 'pack'
      ? message('grade_scheme_pack', { pack: pack.id })
      : source.kind === 'settings'
        ? message('grade_scheme_settings', { sheet: source.sheet })
        : message('grade_scheme_override');

  const ops: Op[] = [...previous.values()].map((sheet): Op => ({ kind: 'deleteSheet', sheet }));
  const taken = wb.sheets.map((s) => s.name).filter((n) => !mine.has(n));
  const sheets: RollupResult['sheets'] = [];
  const place = (id: string, wanted: string, fresh = false) => {
    const sheet = (fresh ? undefined : previous.get(id)) ?? uniqueSheetName(wanted, taken);
    taken.push(sheet);
    sheets.push({ id, sheet });
    return { sheet, anchor: `${ROLLUP_NAME_PREFIX}${id}` };
  };

  const s = place(SUMMARY_ID, SUMMARY_SHEET);
  ops.push({ kind: 'addSheet', sheet: s.sheet, tabColor: 'FF2F75B5' });
  append(
    ops,
    buildSummarySheet(s.sheet, {
      pack,
      scheme,
      rule,
      source: sourceText,
      unit,
      sources,
      rows,
      printed: opts.printed,
    }).toOps(),
  );
  ops.push({ kind: 'defineName', name: s.anchor, sheet: s.sheet, range: '$A$1' });
  const asOf = opts.asOf ?? todayInChina();
  for (const p of [...publishedSheets(pack, scheme, sources, rows, unit), ...ledgerSheets(pack, wb, rec, unit, asOf)]) {
    const at = place(p.id, p.wanted);
    append(ops, p.build(at.sheet, at.anchor)); // buildFormSheet adds the sheet and the defined name
  }
  // Named afresh each run: a chart's sheet follows its power, whose place in the list may have changed.
  const charts = flowchartSheets(pack, scheme, rec, unit);
  const flowcharts: RollupResult['flowcharts'] = { sheets: [], notices: charts.notices };
  for (const c of charts.sheets) {
    const at = place(c.id, c.wanted, true);
    append(ops, c.build(at.sheet, at.anchor));
    flowcharts.sheets.push({ sheet: at.sheet, subject: c.subject });
  }

  const counts: RollupResult['counts'] = {};
  for (const l of scheme.levels) counts[l.name] = Object.fromEntries(pack.categories.values.map((c) => [c, 0]));
  let total = 0;
  for (const r of rows) {
    if (r.level === undefined) continue;
    const name = scheme.levels[r.level].name;
    counts[name][r.category] = (counts[name][r.category] ?? 0) + 1;
    total++;
  }
  const warnings = ledgerCounts(warningLedger(pack, rec, asOf));
  return {
    ops,
    sheets,
    replaced: [...previous.values()],
    unit,
    scheme: { rule, source },
    counts,
    total,
    warnings,
    flowcharts,
  };
}
