import type { Pack } from '../forms/pack';
import { normaliseChoice } from '../normalise/choice';
import type { Form } from '../forms/schema';
import type { ReportForm, ReportModel, ReportRow, ReportUnit } from './model';
import { monitorOf } from '../rollup/monitor';
import { riskColumns, text } from './roles';

/** One graded risk point with what the rollups need, read off a unit's form row. */
export interface RiskPoint {
  unit: ReportUnit;
  form: Form;
  data: ReportForm;
  row: ReportRow;
  /** Index of its level (0 = top), or -1 when not graded. */
  level: number;
  category: string;
  text: string;
  monitor: string;
}

/**
 * Every graded risk point of a report's units, read once per model and pack: the cover, 风险汇总, the top-level list
 * and the counts all read them (a report's model is not changed once built).
 */
export function riskPoints(pack: Pack, model: ReportModel): readonly RiskPoint[] {
  let byPack = read.get(model);
  if (!byPack) read.set(model, (byPack = new WeakMap()));
  let points = byPack.get(pack);
  if (!points) byPack.set(pack, (points = readRiskPoints(pack, model)));
  return points;
}

const read = new WeakMap<ReportModel, WeakMap<Pack, readonly RiskPoint[]>>();

function readRiskPoints(pack: Pack, model: ReportModel): RiskPoint[] {
  const out: RiskPoint[] = [];
  const levels = pack.grading.levels.map((l) => l.name);
  for (const unit of model.units)
    for (const data of unit.forms) {
      const form = pack.forms.find((f) => f.id === data.form);
      if (!form) continue;
      const cols = riskColumns(pack, form);
      if (!cols.level) continue;
      for (const row of data.rows) {
        const t = cols.text ? text(row.cells[cols.text.key]) : '';
        if (!t && !row.level) continue;
        out.push({
          unit,
          form,
          data,
          row,
          level: row.level ? levels.indexOf(row.level) : -1,
          category: cols.category ? categoryOf(pack, cols.category.options, text(row.cells[cols.category.key])) : '',
          text: t,
          monitor: row.monitor || monitorOf(form, row.cells, undefined),
        });
      }
    }
  return out;
}

/** The pack's category for what was typed (岗位职责风险 → 岗位职责), as validation and the 风险汇总 read it. */
const categoryOf = (pack: Pack, options: readonly string[] | undefined, typed: string): string =>
  (typed && normaliseChoice(typed, options?.length ? options : pack.categories.values)) || typed;

/** Counts by level (top first) plus ungraded, for a set of risk points. */
export function levelCounts(
  pack: Pack,
  points: readonly RiskPoint[],
): { byLevel: number[]; ungraded: number; total: number } {
  const byLevel = pack.grading.levels.map((_, i) => points.filter((p) => p.level === i).length);
  const ungraded = points.filter((p) => p.level < 0).length;
  return { byLevel, ungraded, total: points.length };
}

export const percent = (n: number, total: number): string => (total ? `${((n / total) * 100).toFixed(1)}%` : '—');

/** Risk points that have a level of the plan: what every share of a level is taken of (风险汇总, consolidate, cover). */
export const gradedOf = (c: { ungraded: number; total: number }): number => c.total - c.ungraded;
