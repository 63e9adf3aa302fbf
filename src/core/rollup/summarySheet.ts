import { displayText, type CellValue } from '../cell';
import type { Pack } from '../forms/pack';
import type { GradingScheme } from '../grade/scheme';
import { message } from '../messages';
import { PAGE_FOOTER, STYLE } from '../build/styles';
import { countFormula, countaFormula, type Criterion } from './countifs';
import { DIMENSIONS, type RiskRow, type RiskSource } from './riskRows';
import { SheetWriter } from './sheetWriter';
import { categoryCriterion, levelCriterion, spellingPairs, spellingsIn, type Spellings } from './spellings';
import { dimensionTable, dimLabel } from './dimensionTable';

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
  const sp = spellingsIn(
    rows,
    levels.map((l) => l.name),
    cats,
  );
  const notes = summaryNotes(input, sp);
  notes.forEach((text, i) => {
    w.set(4 + i, 1, text);
    w.merge(4 + i, 1, 4 + i, width);
  });
  w.style(2, 1, 3 + notes.length, width, { ...STYLE.footer, wrap: true });
  w.op({ kind: 'rowHeight', sheet, row: 2, height: 36 });
  notes.forEach((text, i) =>
    w.op({ kind: 'rowHeight', sheet, row: 4 + i, height: 16 * Math.ceil(text.length / (width * 6)) + 4 }),
  );
  // The line under the notes says when some counts had to be written as plain values.
  const staticRow = 4 + notes.length;

  // 一、level × category heat map.
  let r = staticRow + 1;
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
  for (const d of dims) r = dimensionTable(w, input, sp, r, numeral(n++), d.key, dimLabel(sources, d.key, d.label)) + 2;
  if (!dims.length) r = dimensionTable(w, input, sp, r, numeral(n++), null, message('rollup_by_sheet')) + 2;

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
  if (w.staticCounts) w.set(staticRow, 1, message('rollup_static_counts', { n: w.staticCounts }));
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
