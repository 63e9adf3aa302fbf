import type { Pack } from '../forms/pack';
import type { GradingScheme } from '../grade/scheme';
import { message } from '../messages';
import { STYLE } from '../build/styles';
import { countFormula, type Criterion } from './countifs';
import { type DimensionKey, type RiskRow, type RiskSource } from './riskRows';
import { linesIn, type SheetWriter } from './sheetWriter';
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
 * A level × category count for each value of a dimension (or each sheet when dim is null), printed long so it is
 * as narrow as the first table: the value once, then a row per level and a 合计 row. Each level's 小计 is counted
 * on the level alone, so forms without a category column still count. Returns the last row written.
 */
export function dimensionTable(
  w: SheetWriter,
  input: TableInput,
  sp: Spellings,
  start: number,
  n: string,
  dim: DimensionKey | null,
  label: string,
  widths: number[],
): number {
  const { pack, scheme, sources, rows } = input;
  const levels = scheme.levels;
  const cats = pack.categories.values;
  // 其他/未填 before 小计, as in the first table: a row's categories then add up to its 小计 (a form without a
  // category column, 合水's 附表3, counts by level only).
  const width = cats.length + 4;
  w.set(start, 1, message('rollup_by', { n, dim: label, level: pack.levelLabel, category: pack.categories.label }));
  w.style(start, 1, start, 1, SECTION);
  const head = start + 1;
  const titles = [label, pack.levelLabel, ...cats, message('rollup_other_category'), message('rollup_subtotal')];
  titles.forEach((t, i) => w.set(head, i + 1, t));
  w.style(head, 1, head, width, HEAD);
  w.fit(
    head,
    titles.map((t, i) => [t, widths[i]]),
  );

  const keys: Array<{ value: string; sources: RiskSource[] }> = dim
    ? [...new Set(rows.filter((x) => x.source.dims[dim]).map((x) => x.dims[dim] ?? ''))]
        .sort((a, b) => (a === '' ? 1 : b === '' ? -1 : ZH.compare(a, b)))
        .map((value) => ({ value, sources: sources.filter((s) => s.dims[dim]) }))
    : sources.map((s) => ({ value: s.rf.sheet, sources: [s] }));
  const block = levels.length + 1;
  keys.forEach((k, i) => {
    const top = head + 1 + i * block;
    const name = k.value || message('rollup_other_category');
    w.set(top, 1, name);
    w.merge(top, 1, top + levels.length, 1);
    const dimCrit = (s: RiskSource): Criterion[] | null => {
      if (!dim) return [];
      const d = s.dims[dim]!;
      if ('column' in d) return [{ column: d.column, equals: k.value }];
      return d.value === k.value ? [] : null;
    };
    levels.forEach((lv, l) => {
      const at = top + l;
      w.set(at, 2, lv.name);
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
        w.setCount(at, ci + 3, f);
      });
      w.setCount(at, width, countFormula({ sources: k.sources, criteria: levelCrit }));
      const known = cats.reduce((t, _, ci) => t + Number(w.value(at, ci + 3)), 0);
      w.set(
        at,
        width - 1,
        Number(w.value(at, width)) - known,
        `${w.addr(at, width)}-SUM(${w.addr(at, 3)}:${w.addr(at, width - 2)})`,
      );
      w.style(at, 2, at, 2, { ...BODY, bold: true, fill: lv.fill });
    });
    const sum = top + levels.length;
    w.set(sum, 2, message('rollup_total'));
    for (let c = 3; c <= width; c++) {
      const v = levels.reduce((t, _, l) => t + Number(w.value(top + l, c)), 0);
      w.set(sum, c, v, `SUM(${w.addr(top, c)}:${w.addr(sum - 1, c)})`);
    }
    w.style(top, 1, sum, width, BODY);
    w.style(top, 2, top + levels.length - 1, 2, { h: 'center' });
    levels.forEach((lv, l) => w.style(top + l, 2, top + l, 2, { bold: true, fill: lv.fill }));
    w.style(sum, 2, sum, width, { bold: true });
    // The value's name reads across its rows; a long one (a sheet name) wraps over them.
    const lines = Math.ceil(linesIn(name, widths[0]) / block);
    if (lines > 1) for (let r = top; r <= sum; r++) w.fitLines(r, lines);
  });
  return head + keys.length * block;
}
