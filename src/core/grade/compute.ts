import type { FactorKey } from '../forms/schema';
import { message } from '../messages';
import type { GradingRule, GradingScheme } from './scheme';

export type FactorValues = Partial<Record<FactorKey, number>>;

/** One step of an explanation: a message code and its facts, rendered with message(). */
export interface ExplainStep {
  code: string;
  params: Record<string, string | number>;
}

export interface ComputedLevel {
  /** 0 = top level. */
  level: number;
  name: string;
  /** Score for threshold rules; met criteria for counting rules. */
  score?: number;
  steps: ExplainStep[];
  /** The explanation as a person reads it: 发生概率 4 × 危害程度 5 = 20 ≥ 15 → 一级. */
  text: string;
}

export type ComputeOutcome =
  | { ok: true; computed: ComputedLevel }
  | { ok: false; missing: FactorKey[]; invalid: Array<{ factor: FactorKey; value: unknown }> };

const labelOf = (scheme: GradingScheme, k: FactorKey) => scheme.factors.find((f) => f.key === k)?.label ?? k;

/** Factors a rule reads to decide a level (raise factors are optional). */
export function requiredFactors(rule: GradingRule): FactorKey[] {
  if (rule.kind === 'thresholds') return [...rule.of];
  if (rule.kind === 'grid') return [rule.rows, rule.cols];
  return [...new Set(rule.criteria.map((c) => c.factor))];
}

/** Every factor a rule reads: those it needs, and those that raise a level. */
export function factorsRead(rule: GradingRule): FactorKey[] {
  const raise = rule.kind === 'thresholds' ? rule.raiseWhen.map((r) => r.factor) : [];
  return [...new Set([...requiredFactors(rule), ...raise])];
}

/** Computes a level from factor scores under a scheme; pure and total (missing factors are reported, not thrown). */
export function computeLevel(scheme: GradingScheme, factors: FactorValues): ComputeOutcome {
  const rule = scheme.rule;
  const missing = requiredFactors(rule).filter((k) => factors[k] === undefined);
  if (missing.length) return { ok: false, missing, invalid: [] };
  const steps: ExplainStep[] = [];
  let level: number;
  let score: number | undefined;
  const name = (i: number) => scheme.levels[i].name;

  if (rule.kind === 'thresholds') {
    const values = rule.of.map((k) => factors[k]!);
    score = rule.combine === 'product' ? values.reduce((a, b) => a * b, 1) : values.reduce((a, b) => a + b, 0);
    const sign = rule.combine === 'product' ? ' × ' : ' + ';
    const formula = rule.of.map((k) => `${labelOf(scheme, k)} ${factors[k]}`).join(sign);
    const bandIndex = rule.bands.findIndex((b) => score! >= b.min);
    if (bandIndex >= 0) {
      level = rule.bands[bandIndex].level;
      steps.push({
        code: 'grade_explain_thresholds',
        params: { formula, score, cmp: '≥', bound: rule.bands[bandIndex].min, level: name(level) },
      });
    } else {
      // Below every band: the bottom band's level.
      const last = rule.bands[rule.bands.length - 1];
      level = last.level;
      steps.push({
        code: 'grade_explain_thresholds',
        params: { formula, score, cmp: '<', bound: last.min, level: name(level) },
      });
    }
    const trigger = rule.raiseWhen.find((r) => factors[r.factor] !== undefined && factors[r.factor]! >= r.atLeast);
    if (trigger) {
      const p = { factor: labelOf(scheme, trigger.factor), value: factors[trigger.factor]! };
      if (level > 0) {
        steps.push({ code: 'grade_explain_raise', params: { ...p, from: name(level), to: name(level - 1) } });
        level -= 1;
      } else steps.push({ code: 'grade_explain_raise_top', params: p });
    }
  } else if (rule.kind === 'grid') {
    const r = factors[rule.rows]!;
    const c = factors[rule.cols]!;
    const row = rule.grid[Math.min(Math.max(r, 1), rule.grid.length) - 1];
    level = row[Math.min(Math.max(c, 1), row.length) - 1];
    steps.push({
      code: 'grade_explain_grid',
      params: {
        rowLabel: labelOf(scheme, rule.rows),
        row: r,
        colLabel: labelOf(scheme, rule.cols),
        col: c,
        level: name(level),
      },
    });
  } else {
    const met = rule.criteria.filter((c) => factors[c.factor]! >= c.atLeast);
    score = met.length;
    const band = rule.bands.find((b) => met.length >= b.count) ?? rule.bands[rule.bands.length - 1];
    level = band.level;
    const which = met.length
      ? met.map((c) => c.label ?? `${labelOf(scheme, c.factor)} ≥ ${c.atLeast}`).join('、')
      : message('grade_explain_none');
    steps.push({
      code: 'grade_explain_criteria',
      params: {
        met: met.length,
        which,
        cmp: met.length >= band.count ? '≥' : '<',
        count: band.count,
        level: name(level),
      },
    });
  }
  const text = steps.map((s) => message(s.code, s.params)).join('；');
  return { ok: true, computed: { level, name: name(level), score, steps, text } };
}

/** A short description of the rule in force, shown with results and on the summary sheet. */
export function describeRule(scheme: GradingScheme): string {
  const read = factorsRead(scheme.rule);
  // A factor the plan names that this rule does not read (a unit's changed settings, or a pack that says why): said.
  const unread = scheme.factors
    .filter((f) => !read.includes(f.key))
    .map((f) => (f.inert ? `${f.label}（${f.inert}）` : f.label));
  const text = ruleText(scheme);
  return unread.length ? `${text}；${message('grade_rule_unread', { factors: unread.join('、') })}` : text;
}

function ruleText(scheme: GradingScheme): string {
  const rule = scheme.rule;
  if (rule.kind === 'thresholds') {
    const sign = rule.combine === 'product' ? ' × ' : ' + ';
    const formula = rule.of.map((k) => labelOf(scheme, k)).join(sign);
    const bands = rule.bands.map((b) => `≥ ${b.min} ${scheme.levels[b.level].name}`).join('，');
    const raise = rule.raiseWhen.length
      ? rule.raiseWhen.map((r) => `${labelOf(scheme, r.factor)} ≥ ${r.atLeast}`).join(' 或 ') + ' 时上调一级'
      : '';
    return message('grade_rule_thresholds', { formula, bands, raise });
  }
  if (rule.kind === 'grid')
    return message('grade_rule_grid', { rowLabel: labelOf(scheme, rule.rows), colLabel: labelOf(scheme, rule.cols) });
  const which = rule.criteria.map((c) => c.label ?? `${labelOf(scheme, c.factor)} ≥ ${c.atLeast}`).join('、');
  const bands = rule.bands.map((b) => `≥ ${b.count} 项 ${scheme.levels[b.level].name}`).join('，');
  return `${message('grade_rule_criteria', { which })}；${bands}`;
}
