import { displayText, type CellValue } from '../cell';
import type { Pack } from '../forms/pack';
import type { GradingScheme } from '../grade/scheme';
import { message } from '../messages';
import { PAGE_FOOTER, STYLE } from '../build/styles';
import { countFormula, countaFormula, type Criterion } from './countifs';
import { DIMENSIONS, type DimensionKey, type RiskRow, type RiskSource } from './riskRows';
import { SheetWriter } from './sheetWriter';

export interface SummaryInput {
  pack: Pack;
  scheme: GradingScheme;
  /** The rule in force and where it came from, as a person reads them. */
  rule: string;
  source: string;
  unit: string;
  sources: RiskSource[];
  rows: RiskRow[];
}

const ZH = new Intl.Collator('zh-CN');
const HEAD = { ...STYLE.header };
const BODY = { ...STYLE.body, h: 'center' as const };
const SECTION = { font: STYLE.base.font, size: 12, bold: true };

/** The 汇总 sheet: level × category heat map, share of the top level, per-科室/岗位 tables, the top-level list. */
export function buildSummarySheet(sheet: string, input: SummaryInput): SheetWriter {
  const { pack, scheme, rows } = input;
  const w = new SheetWriter(sheet);
  const sources = input.sources;
  const levels = scheme.levels;
  const cats = pack.categories.values;
  const catLabel = pack.categories.label;
  const levelLabel = pack.levelLabel;
  const width = cats.length + 3;
  w.set(1, 1, message('rollup_title', { unit: input.unit }));
  w.merge(1, 1, 1, width);
  w.style(1, 1, 1, width, STYLE.title);
  w.set(2, 1, message('rollup_subtitle', { pack: pack.name, rule: input.rule, source: input.source }));
  w.merge(2, 1, 2, width);
  w.set(3, 1, message('rollup_formula_note'));
  w.merge(3, 1, 3, width);
  w.style(2, 1, 3, width, { ...STYLE.footer, wrap: true });
  w.op({ kind: 'rowHeight', sheet, row: 2, height: 36 });

  // 一、level × category heat map.
  let r = 5;
  w.set(r, 1, message('rollup_heat', { level: levelLabel, category: catLabel }));
  w.style(r, 1, r, 1, SECTION);
  r++;
  const head = r;
  [levelLabel, ...cats, message('rollup_other_category'), message('rollup_total')].forEach((t, i) =>
    w.set(head, i + 1, t),
  );
  w.style(head, 1, head, width, HEAD);
  const levelCrit =
    (l: number) =>
    (s: RiskSource): Criterion[] => [{ column: s.levelKey, equals: levels[l].name }];
  const totalRows: number[] = [];
  levels.forEach((lv, l) => {
    const at = head + 1 + l;
    totalRows.push(at);
    w.set(at, 1, lv.name);
    cats.forEach((c, ci) => {
      const f = countFormula({
        sources,
        criteria: (s) => (s.categoryKey ? [...levelCrit(l)(s), { column: s.categoryKey, equals: c }] : null),
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
  const all = countaFormula(sources, (s) => s.textKey);
  const totalCell = w.addr(sumRow, width);
  w.set(unl, 1, message('rollup_unlevelled', { level: levelLabel }));
  w.merge(unl, 1, unl, width - 1);
  w.set(unl, width, all.value - Number(w.value(sumRow, width)), all.formula ? `${all.formula}-${totalCell}` : null);
  w.style(unl, 1, unl, width, { ...BODY, h: 'left' });

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
  }

  // 三、per 科室 / 岗位 / 许可事项, or per sheet when the forms have none of them.
  let n = 3;
  const dims = DIMENSIONS.filter((d) => sources.some((s) => s.dims[d.key]));
  r += 2;
  for (const d of dims) r = dimensionTable(w, input, r, numeral(n++), d.key, dimLabel(sources, d.key, d.label)) + 2;
  if (!dims.length) r = dimensionTable(w, input, r, numeral(n++), null, message('rollup_by_sheet')) + 2;

  // 四、the top-level risks and who monitors them.
  w.set(r, 1, message('rollup_top_list', { n: numeral(n++), top }));
  w.style(r, 1, r, 1, SECTION);
  r++;
  const cols = message('rollup_top_cols').split('|');
  // The list reads across the narrow count columns above: long texts span several of them.
  const spans = [1, 2, 1, 2, 5, 2, 4, 3];
  const starts = spans.map((_, i) => 1 + spans.slice(0, i).reduce((a, b) => a + b, 0));
  const listWidth = starts[starts.length - 1] + spans[spans.length - 1] - 1;
  const row = (at: number, values: CellValue[]) =>
    values.forEach((v, i) => {
      w.set(at, starts[i], v);
      w.merge(at, starts[i], at, starts[i] + spans[i] - 1);
    });
  row(r, cols);
  w.style(r, 1, r, listWidth, HEAD);
  const tops = rows.filter((x) => x.level === 0);
  if (!tops.length) {
    w.set(r + 1, 1, message('rollup_none'));
    r++;
  }
  tops.forEach((x, i) => {
    const at = r + 1 + i;
    const who = displayText(x.cells.monitor ?? null).trim() || (levels[0].monitor ?? '');
    const person = x.dims.post || displayText(x.source.rf.header.name?.value ?? null) || x.source.rf.instance || '';
    row(at, [
      i + 1,
      x.source.rf.sheet,
      x.dims.dept ?? '',
      person,
      x.text,
      x.category,
      who,
      `${x.source.rf.sheet}!${w.addr(x.row, x.source.rf.columns[x.source.levelKey])}`,
    ]);
    w.style(at, 1, at, listWidth, { ...STYLE.body });
    // About 5 characters per narrow column: room for the longest text of the row (sheet names wrap too).
    const texts: Array<[string, number]> = [
      [x.source.rf.sheet, spans[1]],
      [x.text, spans[4]],
      [who, spans[6]],
      [`${x.source.rf.sheet}!A1`, spans[7]],
    ];
    const lines = Math.max(1, ...texts.map(([t, span]) => Math.ceil(t.length / (span * 5))));
    w.op({ kind: 'rowHeight', sheet, row: at, height: Math.min(120, 16 * lines + 4) });
  });
  if (w.staticCounts) w.set(4, 1, message('rollup_static_counts', { n: w.staticCounts }));
  // Every column the sheet uses gets a width and is inside the print area, so "fit to one page wide" fits it all.
  const usedWidth = Math.max(listWidth, w.width);
  w.op({ kind: 'columnWidths', sheet, widths: [18, ...Array(usedWidth - 1).fill(11)] });
  w.op({
    kind: 'pageSetup',
    sheet,
    setup: {
      orientation: 'landscape',
      paper: 'A4',
      fitToWidth: true,
      printArea: `A1:${w.addr(Math.max(w.rows, r + tops.length), usedWidth)}`,
      footer: PAGE_FOOTER,
    },
  });
  return w;
}

function dimLabel(sources: RiskSource[], key: DimensionKey, fallback: string): string {
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
function dimensionTable(
  w: SheetWriter,
  input: SummaryInput,
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
    levels.forEach((lv, l) => {
      const c0 = 2 + l * span;
      const levelCrit = (s: RiskSource): Criterion[] | null => {
        const dc = dimCrit(s);
        return dc && [{ column: s.levelKey, equals: lv.name }, ...dc];
      };
      cats.forEach((c, ci) => {
        const f = countFormula({
          sources: k.sources,
          criteria: (s) => {
            const lc = levelCrit(s);
            return lc && s.categoryKey ? [...lc, { column: s.categoryKey, equals: c }] : null;
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

const numeral = (n: number) => '一二三四五六七八九十'[n - 1] ?? String(n);
