import type { Pack } from '../forms/pack';
import type { GradingScheme } from '../grade/scheme';
import { message } from '../messages';
import { PAGE_FOOTER, PAGE_POINTS, PRINTED_UNIT, STYLE, fitsPortrait } from '../build/styles';
import { countFormula, countaFormula, levelOnlyFormula, type Criterion } from './countifs';
import { DIMENSIONS, type DimensionKey, type RiskRow, type RiskSource } from './riskRows';
import { SheetWriter } from './sheetWriter';
import { categoryCriterion, levelCriterion, spellingPairs, spellingsIn, type Spellings } from './spellings';
import { dimensionTable, dimLabel } from './dimensionTable';
import { hasMonitors, topList, topListKeys } from './topList';

export interface SummaryInput {
  pack: Pack;
  scheme: GradingScheme;
  /** The rule in force and where it came from, as a person reads them. */
  rule: string;
  source: string;
  unit: string;
  sources: RiskSource[];
  rows: RiskRow[];
  /** The report's copy: printed to hand in, without notes about lianfang or cell references. */
  printed?: boolean;
}

const HEAD = { ...STYLE.header };
const BODY = { ...STYLE.body, h: 'center' as const };
const SECTION = { font: STYLE.base.font, size: 12, bold: true };

/** Printable width of an A4 page at full scale, in column-width units, whichever program prints it. */
const PAGE_UNITS = {
  portrait: PAGE_POINTS.portrait.width / PRINTED_UNIT,
  landscape: PAGE_POINTS.landscape.width / PRINTED_UNIT,
};
const FIRST = 14;
const NARROW = 9;

/**
 * The sheet's columns: as many as the widest table needs (the counts, or the top-level list with room for its
 * texts); portrait when they fit A4 upright at full scale, else landscape; then widened to fill the page, so
 * "fit to one page wide" never shrinks the print.
 */
export function summaryColumns(
  categories: number,
  listColumns: number,
): { widths: number[]; orientation: 'portrait' | 'landscape' } {
  // The per-科室/岗位 tables are the widest: name, level, each category, 其他/未填, 小计.
  const n = Math.max(categories + 4, listColumns + 3);
  const natural = FIRST + (n - 1) * NARROW;
  const orientation = fitsPortrait(natural) ? 'portrait' : 'landscape';
  const each = Math.max(NARROW, Math.floor(((PAGE_UNITS[orientation] - FIRST) / (n - 1)) * 2) / 2);
  return { widths: [FIRST, ...Array<number>(n - 1).fill(Math.min(14, each))], orientation };
}

/**
 * The 汇总 sheet: level × category heat map, share of the top level, per-科室/岗位 tables, the top-level list.
 * Printed (the report's copy) it carries no notes about lianfang itself and no cell references.
 */
export function buildSummarySheet(sheet: string, input: SummaryInput): SheetWriter {
  const { pack, scheme, rows } = input;
  const printed = !!input.printed;
  const w = new SheetWriter(sheet);
  const sources = input.sources;
  const levels = scheme.levels;
  const cats = pack.categories.values;
  const catLabel = pack.categories.label;
  const levelLabel = pack.levelLabel;
  const width = cats.length + 3;
  const { widths, orientation } = summaryColumns(cats.length, topListKeys(scheme, rows, printed).length);
  const cols = widths.length;
  const across = (from: number, to: number) => widths.slice(from - 1, to).reduce((a, b) => a + b, 0);
  w.set(1, 1, message('rollup_title', { unit: input.unit }));
  w.merge(1, 1, 1, cols);
  w.style(1, 1, 1, cols, STYLE.title);
  w.fitLines(1, 1, 18);
  const subtitle = printed
    ? message('rollup_subtitle_printed', { pack: pack.name, rule: input.rule })
    : message('rollup_subtitle', { pack: pack.name, rule: input.rule, source: input.source });
  const sp = spellingsIn(
    rows,
    levels.map((l) => l.name),
    cats,
  );
  const lines = [subtitle, ...(printed ? [] : [message('rollup_formula_note')]), ...summaryNotes(input, sp)];
  lines.forEach((text, i) => {
    w.set(2 + i, 1, text);
    w.merge(2 + i, 1, 2 + i, cols);
    w.fit(2 + i, [[text, across(1, cols)]], 10);
  });
  w.style(2, 1, 1 + lines.length, cols, { ...STYLE.footer, wrap: true });
  // The line under the notes says when some counts had to be written as plain values.
  const staticRow = 2 + lines.length;

  // 一、level × category heat map.
  let r = staticRow + 1;
  w.set(r, 1, message('rollup_heat', { level: levelLabel, category: catLabel }));
  w.style(r, 1, r, 1, SECTION);
  r++;
  const head = r;
  const titles = [levelLabel, ...cats, message('rollup_other_category'), message('rollup_total')];
  titles.forEach((t, i) => w.set(head, i + 1, t));
  w.style(head, 1, head, width, HEAD);
  w.fit(
    head,
    titles.map((t, i) => [t, widths[i]]),
  );
  const levelCrit =
    (l: number) =>
    (s: RiskSource): Criterion[] => [levelCriterion(sp, s, l)];
  const totalRows: number[] = [];
  levels.forEach((lv, l) => {
    const at = head + 1 + l;
    totalRows.push(at);
    w.set(at, 1, lv.name);
    cats.forEach((c, ci) => {
      const f = countFormula({
        sources,
        criteria: (s) => {
          const cc = categoryCriterion(sp, s, c);
          return cc && [...levelCrit(l)(s), cc];
        },
      });
      w.setCount(at, ci + 2, f);
    });
    const total = countFormula({ sources, criteria: levelCrit(l) });
    const catSum = cats.reduce((n, _, ci) => n + Number(w.value(at, ci + 2)), 0);
    w.setCount(at, cats.length + 3, total);
    w.set(
      at,
      cats.length + 2,
      total.value - catSum,
      `${w.addr(at, cats.length + 3)}-SUM(${w.addr(at, 2)}:${w.addr(at, cats.length + 1)})`,
    );
    w.style(at, 1, at, 1, { ...BODY, bold: true, fill: lv.fill });
    w.style(at, 2, at, width, BODY);
    // The heat map stays live: a cell is coloured by its level while its count is above zero.
    w.op({
      kind: 'conditionalFill',
      sheet,
      range: `${w.addr(at, 2)}:${w.addr(at, width)}`,
      formula: `${w.addr(at, 2)}>0`,
      fill: lv.fill,
    });
  });
  const sumRow = head + levels.length + 1;
  w.set(sumRow, 1, message('rollup_total'));
  for (let c = 2; c <= width; c++) {
    const v = levels.reduce((n, _, l) => n + Number(w.value(head + 1 + l, c)), 0);
    w.set(sumRow, c, v, `SUM(${w.addr(head + 1, c)}:${w.addr(head + levels.length, c)})`);
  }
  w.style(sumRow, 1, sumRow, width, { ...BODY, bold: true });
  const unl = sumRow + 1;
  // Every row with a risk text or a level (a level whose text was left blank is a row too), less those graded.
  const all = countaFormula(sources, (s) => s.textKey);
  const levelOnly = levelOnlyFormula(sources);
  const totalCell = w.addr(sumRow, width);
  w.set(unl, 1, message('rollup_unlevelled', { level: levelLabel }));
  w.merge(unl, 1, unl, width - 1);
  const rowsFormula = all.formula && [all.formula, levelOnly.formula].filter(Boolean).join('+');
  w.set(
    unl,
    width,
    all.value + levelOnly.value - Number(w.value(sumRow, width)),
    rowsFormula ? `${rowsFormula}-${totalCell}` : null,
  );
  w.style(unl, 1, unl, width - 1, { ...BODY, h: 'left' });
  w.style(unl, width, unl, width, BODY);
  w.fit(unl, [[message('rollup_unlevelled', { level: levelLabel }), across(1, width - 1)]]);

  // 二、share of the top level.
  r = unl + 2;
  const top = levels[0].name;
  w.set(r, 1, message('rollup_share', { top }));
  w.style(r, 1, r, 1, SECTION);
  r++;
  const topCell = w.addr(head + 1, width);
  w.set(r, 1, message('rollup_share_count', { top }));
  w.set(r, 2, Number(w.value(head + 1, width)), `${topCell}`);
  w.set(r, 3, message('rollup_share_all'));
  w.set(r, 4, Number(w.value(sumRow, width)), `${totalCell}`);
  w.set(r, 5, message('rollup_share_ratio'));
  const topN = Number(w.value(head + 1, width));
  const allN = Number(w.value(sumRow, width));
  const share = allN ? topN / allN : 0;
  w.set(r, 6, share, `IF(${totalCell}=0,0,${topCell}/${totalCell})`);
  w.style(r, 1, r, 6, BODY);
  w.style(r, 6, r, 6, { numFmt: '0.0%' });
  w.fit(r, [
    [message('rollup_share_count', { top }), widths[0]],
    [message('rollup_share_all'), widths[2]],
  ]);
  const rule = pack.rules.topShare;
  if (rule) {
    r++;
    const shareCell = w.addr(r - 1, 6);
    w.set(r, 1, message('rollup_share_target', { text: rule.text }));
    w.merge(r, 1, r, 5);
    const [lo, hi] = rule.near;
    const [H, L, OK] = [message('rollup_share_high'), message('rollup_share_low'), message('rollup_share_ok')];
    const status = share > hi ? H : share < lo ? L : OK;
    w.set(r, 6, status, `IF(${shareCell}>${hi},"${H}",IF(${shareCell}<${lo},"${L}","${OK}"))`);
    w.style(r, 1, r, 6, { ...BODY, bold: true });
    w.fit(r, [[message('rollup_share_target', { text: rule.text }), across(1, 5)]]);
  }

  // 三、per 科室 / 岗位 / 许可事项, or per sheet when the forms have none of them.
  let n = 3;
  const dims = DIMENSIONS.filter((d) => sources.some((s) => s.dims[d.key]));
  r += 2;
  const table = (dim: DimensionKey | null, label: string) =>
    (r = dimensionTable(w, input, sp, r, numeral(n++), dim, label, widths) + 2);
  for (const d of dims) table(d.key, dimLabel(sources, d.key, d.label));
  if (!dims.length) table(null, message('rollup_by_sheet'));

  // 四、the top-level risks and who monitors them.
  const heading = message(hasMonitors(scheme, rows) ? 'rollup_top_list' : 'rollup_top_list_plain', {
    n: numeral(n++),
    top,
  });
  const end = topList(w, { scheme, rows, printed, heading, widths, at: r });
  if (w.staticCounts) w.set(staticRow, 1, message('rollup_static_counts', { n: w.staticCounts }));
  w.op({ kind: 'columnWidths', sheet, widths });
  w.op({
    kind: 'pageSetup',
    sheet,
    setup: {
      orientation,
      paper: 'A4',
      fitToWidth: true,
      printArea: `A1:${w.addr(Math.max(w.rows, end), cols)}`,
      footer: PAGE_FOOTER,
    },
  });
  return w;
}

/**
 * What the reader needs to trust the counts: which spellings were counted as which level or category, and which
 * forms have no category column (their risk points count by level only, under 其他/未填).
 */
function summaryNotes(input: SummaryInput, sp: Spellings): string[] {
  const out: string[] = [];
  const pairs = spellingPairs(sp);
  if (pairs.length)
    out.push(message('rollup_spellings_note', { pairs: pairs.map((p) => `「${p.typed}」计为「${p.as}」`).join('、') }));
  const untyped = [...new Set(input.sources.filter((s) => !s.categoryKey).map((s) => s.form.title))];
  if (untyped.length && input.sources.some((s) => s.categoryKey))
    out.push(
      message('rollup_no_category_note', {
        forms: untyped.map((t) => `「${t}」`).join('、'),
        category: input.pack.categories.label,
        other: message('rollup_other_category'),
      }),
    );
  return out;
}

const numeral = (n: number) => '一二三四五六七八九十'[n - 1] ?? String(n);
