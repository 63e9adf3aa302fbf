import type { Pack } from '../forms/pack';
import type { GradingScheme } from '../grade/scheme';
import { message } from '../messages';
import { STYLE } from '../build/styles';
import { countFormula, type Criterion } from './countifs';
import { type DimensionKey, type RiskRow, type RiskSource } from './riskRows';
import type { SheetWriter } from './sheetWriter';
import { categoryCriterion, levelCriterion, type Spellings } from './spellings';

const ZH = new Intl.Collator('zh-CN');
const HEAD = { ...STYLE.header };
const BODY = { ...STYLE.body, h: 'center' as const };
const SECTION = { font: STYLE.base.font, size: 12, bold: true };

interface TableInput {
  pack: Pack;
  scheme: GradingScheme;
  sources: RiskSource[];
  rows: RiskRow[];
}

/** The label a dimension has in the forms (科室, 内设机构 …), for the table's heading. */
export function dimLabel(sources: RiskSource[], key: DimensionKey, fallback: string): string {
  for (const s of sources) {
    const d = s.dims[key];
    if (!d) continue;
    const label =
      'column' in d
        ? s.form.columns.find((c) => c.key === key)?.label
        : s.form.header.find((h) => h.key === key)?.label;
    if (label) return label;
  }
  return fallback;
}

/**
 * A level × category table, one row per value of a dimension (or per sheet when dim is null); each level ends
 * with a 小计 counted on the level alone, so forms without a category column still count.
 */
export function dimensionTable(
  w: SheetWriter,
  input: TableInput,
  sp: Spellings,
  start: number,
  n: string,
  dim: DimensionKey | null,
  label: string,
): number {
  const { pack, scheme, sources, rows } = input;
  const levels = scheme.levels;
  const cats = pack.categories.values;
  w.set(start, 1, message('rollup_by', { n, dim: label, level: pack.levelLabel, category: pack.categories.label }));
  w.style(start, 1, start, 1, SECTION);
  const h1 = start + 1;
  const h2 = start + 2;
  const span = cats.length + 1;
  const width = 1 + levels.length * span + 1;
  w.set(h1, 1, label);
  w.merge(h1, 1, h2, 1);
  levels.forEach((lv, l) => {
    const c0 = 2 + l * span;
    w.set(h1, c0, lv.name);
    w.merge(h1, c0, h1, c0 + span - 1);
    [...cats, message('rollup_subtotal')].forEach((c, ci) => w.set(h2, c0 + ci, c));
  });
  w.set(h1, width, message('rollup_total'));
  w.merge(h1, width, h2, width);
  w.style(h1, 1, h2, width, HEAD);
  levels.forEach((lv, l) => w.style(h1, 2 + l * span, h1, 1 + (l + 1) * span, { fill: lv.fill }));

  const keys: Array<{ value: string; sources: RiskSource[] }> = dim
    ? [...new Set(rows.filter((x) => x.source.dims[dim]).map((x) => x.dims[dim] ?? ''))]
        .sort((a, b) => (a === '' ? 1 : b === '' ? -1 : ZH.compare(a, b)))
        .map((value) => ({ value, sources: sources.filter((s) => s.dims[dim]) }))
    : sources.map((s) => ({ value: s.rf.sheet, sources: [s] }));
  keys.forEach((k, i) => {
    const at = h2 + 1 + i;
    w.set(at, 1, k.value || message('rollup_other_category'));
    const dimCrit = (s: RiskSource): Criterion[] | null => {
      if (!dim) return [];
      const d = s.dims[dim]!;
      if ('column' in d) return [{ column: d.column, equals: k.value }];
      return d.value === k.value ? [] : null;
    };
    const subtotals: string[] = [];
    let total = 0;
    levels.forEach((_, l) => {
      const c0 = 2 + l * span;
      const levelCrit = (s: RiskSource): Criterion[] | null => {
        const dc = dimCrit(s);
        return dc && [levelCriterion(sp, s, l), ...dc];
      };
      cats.forEach((c, ci) => {
        const f = countFormula({
          sources: k.sources,
          criteria: (s) => {
            const lc = levelCrit(s);
            const cc = categoryCriterion(sp, s, c);
            return lc && cc ? [...lc, cc] : null;
          },
        });
        w.setCount(at, c0 + ci, f);
      });
      const sub = countFormula({ sources: k.sources, criteria: levelCrit });
      w.setCount(at, c0 + cats.length, sub);
      subtotals.push(w.addr(at, c0 + cats.length));
      total += sub.value;
    });
    w.set(at, width, total, subtotals.join('+'));
    w.style(at, 1, at, width, BODY);
  });
  return h2 + keys.length;
}
