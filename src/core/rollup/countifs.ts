import { cellAddress, quoteSheet } from '../a1';
import { displayText, type CellValue } from '../cell';
import type { Borrowed } from './borrowed';
import type { RiskSource } from './riskRows';

/** One condition of a count: a column of the source equals a text (blank text = blank cell). */
export interface Criterion {
  column: string;
  /** The value counted, as the summary shows it (一级, 岗位职责). */
  equals: string;
  /**
   * Every spelling in the data that validation reads as that value (一级, Ⅰ级, 1级): the count takes them all, so
   * what the formula counts is the normalised value. Default: `equals` alone.
   */
  spellings?: readonly string[];
}

/** A count over several sources: which sources take part, and the column conditions inside each. */
export interface CountSpec {
  sources: RiskSource[];
  criteria: (source: RiskSource) => Criterion[] | null;
}

/** Excel's longest formula is 8,192 characters; past a safe margin lianfang writes the value alone. */
const MAX_FORMULA = 8000;

/** Rows of a source's body (all of it by default): what its COUNTIFS ranges span. */
export interface RowSpan {
  top: number;
  bottom: number;
}

/**
 * The runs of body rows a count spans: from under the heading to the body's end, less the typed 合计 / 小计 rows and
 * the notes and heading before a 续表, which a recalculation would otherwise count (COUNTA takes 合计's text).
 */
export function bodySpans(s: RiskSource): readonly RowSpan[] {
  let spans = spansOf.get(s.rf);
  if (!spans) spansOf.set(s.rf, (spans = spansOfBody(s.rf)));
  return spans;
}

/** Each form's spans, worked out once: every count of a 风险汇总 spans them again (and a body may hold 100,000 rows). */
const spansOf = new WeakMap<RiskSource['rf'], readonly RowSpan[]>();

function spansOfBody(rf: RiskSource['rf']): RowSpan[] {
  const top = (rf.headerEnd ?? rf.headerRow) + 1;
  const bottom = Math.max(top, rf.bodyEnd);
  const out = new Set<number>((rf.totals ?? []).map((t) => t.row));
  for (const g of rf.gaps ?? []) for (let r = g.top; r <= g.bottom; r++) out.add(r);
  if (!out.size) return [{ top, bottom }];
  const spans: RowSpan[] = [];
  for (let r = top; r <= bottom; r++) {
    if (out.has(r)) continue;
    const last = spans[spans.length - 1];
    if (last && last.bottom === r - 1) last.bottom = r;
    else spans.push({ top: r, bottom: r });
  }
  return spans.length ? spans : [{ top, bottom: top }];
}

const absolute = (row: number, col: number) => `$${cellAddress(row, col).replace(/(\d+)$/, '$$$1')}`;

const bodyRange = (s: RiskSource, column: string, span: RowSpan): string => {
  const col = s.rf.columns[column];
  return `${quoteSheet(s.rf.sheet)}!${absolute(span.top, col)}:${absolute(span.bottom, col)}`;
};

/** A COUNTIFS criterion that matches the text exactly: "=text", wildcards escaped, "" for a blank cell. */
export function criterionLiteral(text: string): string {
  if (text === '') return '""';
  const esc = text.replace(/[~*?]/g, (c) => `~${c}`).replace(/"/g, '""');
  return `"=${esc}"`;
}

/** What COUNTIFS with such a criterion counts: equal text ignoring case; a blank criterion matches blank cells. */
export function criterionMatches(v: CellValue | undefined, text: string): boolean {
  const s = displayText(v ?? null);
  if (text === '') return s === '';
  return s.toLowerCase() === text.toLowerCase();
}

const compared = new WeakMap<readonly unknown[], Map<string, string[]>>();

/**
 * Each body row's text in a column as COUNTIFS compares it (lower case; criterionMatches), worked out once per
 * source and column: a summary counts the same 100,000 rows for every cell of its tables.
 */
function comparedTexts(s: RiskSource, column: string): string[] {
  const rows = s.rf.rows;
  const byColumn = compared.get(rows) ?? compared.set(rows, new Map()).get(rows)!;
  let texts = byColumn.get(column);
  if (!texts || texts.length !== rows.length) {
    texts = rows.map((r) => displayText(r.cells[column] ?? null).toLowerCase());
    byColumn.set(column, texts);
  }
  return texts;
}

/** The texts a criterion matches, each once as COUNTIFS compares them (case-insensitive): no row counts twice. */
export function spellingsOf(c: Criterion): string[] {
  const seen = new Set<string>();
  return [c.equals, ...(c.spellings ?? [])].filter((t) => {
    const k = t.toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * One source's count. Where a criterion has several spellings, they go in as array constants (one across, one
 * down) inside SUMPRODUCT, which Excel and LibreOffice both evaluate element by element; a third such criterion
 * (none today) is spelled out term by term.
 */
function sourceFormula(s: RiskSource, crit: Criterion[], span?: RowSpan): string {
  if (!span)
    return bodySpans(s)
      .map((sp) => sourceFormula(s, crit, sp))
      .join('+');
  const lists = crit.map(spellingsOf);
  const multi = lists.map((l, i) => (l.length > 1 ? i : -1)).filter((i) => i >= 0);
  if (multi.length > 2) {
    const i = multi[2];
    return lists[i]
      .map((sp) =>
        sourceFormula(
          s,
          crit.map((c, j) => (j === i ? { column: c.column, equals: sp } : c)),
          span,
        ),
      )
      .join('+');
  }
  const args = crit.map((c, i) => {
    const l = lists[i];
    const arg =
      l.length === 1 ? criterionLiteral(l[0]) : `{${l.map(criterionLiteral).join(multi[0] === i ? ',' : ';')}}`;
    return `${bodyRange(s, c.column, span)},${arg}`;
  });
  const countifs = `COUNTIFS(${args.join(',')})`;
  return multi.length ? `SUMPRODUCT(${countifs})` : countifs;
}

/** The formula (or null when too long) and the value lianfang computes for it, over the same rows. */
export function countFormula(spec: CountSpec): { formula: string | null; value: number; tooLong?: boolean } {
  const parts: string[] = [];
  let value = 0;
  for (const s of spec.sources) {
    const crit = spec.criteria(s);
    if (!crit || !crit.length) continue;
    parts.push(sourceFormula(s, crit) + borrowedTerms(s, crit));
    const lists = crit.map(spellingsOf);
    const wanted = lists.map((l) => new Set(l.map((t) => t.toLowerCase())));
    const texts = crit.map((c) => comparedTexts(s, c.column));
    for (let r = 0; r < s.rf.rows.length; r++) if (wanted.every((w, i) => w.has(texts[i][r]))) value++;
    // Blank rows are not in rf.rows but a blank criterion would count them in Excel: add them the same way.
    if (lists.every((l) => l.length === 1 && l[0] === '')) value += blankRows(s);
  }
  const formula = parts.join('+');
  if (formula.length > MAX_FORMULA) return { formula: null, value, tooLong: true };
  return { formula: formula || null, value };
}

/** A text as a formula string literal. */
const textLiteral = (t: string) => `"${t.replace(/"/g, '""')}"`;

/**
 * Corrections for rows whose counted value sits in another cell (a merge, a group heading: see borrowed.ts). The
 * main COUNTIFS sees a blank there, so each run of such rows is counted apart: its other criteria over its rows,
 * while the source cell still reads as it did when the rollup was made.
 */
function borrowedTerms(s: RiskSource, crit: Criterion[]): string {
  if (!s.borrowed?.size) return '';
  const lists = crit.map(spellingsOf);
  const isBlankCrit = (i: number) => lists[i].length === 1 && lists[i][0] === '';
  let out = '';
  for (const b of borrowedRuns(s, crit)) {
    const virtual = crit.map((c, i) => (b.borrowed[c.column] ? i : -1)).filter((i) => i >= 0);
    const physical = crit.filter((c) => !b.borrowed[c.column]);
    const count = physical.length ? sourceFormula(s, physical, b.span) : String(b.span.bottom - b.span.top + 1);
    // A blank criterion: the main COUNTIFS took these rows as blank, lianfang reads a value there.
    if (virtual.every(isBlankCrit)) {
      out += `-(${count})`;
      continue;
    }
    if (virtual.some(isBlankCrit)) continue;
    const matches = virtual.every((i) => lists[i].some((sp) => criterionMatches(b.values[crit[i].column], sp)));
    if (!matches) continue;
    const conds = virtual
      .map((i) => b.borrowed[crit[i].column])
      .filter((x): x is Borrowed & { cell: string } => !!x.cell)
      .map((x) => `${quoteSheet(s.rf.sheet)}!${x.cell}&""=${textLiteral(x.text)}`);
    const cond = conds.length > 1 ? `AND(${conds.join(',')})` : conds[0];
    out += cond ? `+IF(${cond},${count},0)` : `+${count}`;
  }
  return out;
}

/** Consecutive body rows borrowing the same cells for the criteria's columns. */
function borrowedRuns(s: RiskSource, crit: Criterion[]) {
  const runs: Array<{ span: RowSpan; borrowed: Record<string, Borrowed>; values: Record<string, CellValue> }> = [];
  let last = '';
  for (const r of s.rf.rows) {
    const all = s.borrowed?.get(r.row);
    const mine: Record<string, Borrowed> = {};
    for (const c of crit) if (all?.[c.column]) mine[c.column] = all[c.column];
    const sig = Object.keys(mine).length ? JSON.stringify(mine) : '';
    const prev = runs[runs.length - 1];
    if (sig && sig === last && prev && prev.span.bottom === r.row - 1) prev.span.bottom = r.row;
    else if (sig) runs.push({ span: { top: r.row, bottom: r.row }, borrowed: mine, values: r.cells });
    last = sig;
  }
  return runs;
}

/** Body rows the recogniser left out as blank (every criterion "" would count them). */
function blankRows(s: RiskSource): number {
  const size = bodySpans(s).reduce((n, sp) => n + sp.bottom - sp.top + 1, 0);
  return size - s.rf.rows.length;
}

/** COUNTA over a column: the non-blank cells (lianfang's count agrees as long as no cell holds only spaces). */
export function countaFormula(sources: RiskSource[], column: (s: RiskSource) => string | undefined) {
  const parts: string[] = [];
  let value = 0;
  for (const s of sources) {
    const c = column(s);
    if (!c) continue;
    // A text merged over several rows is one cell to COUNTA but a text on each of its rows to lianfang.
    const borrowed = s.rf.rows.filter((r) => s.borrowed?.get(r.row)?.[c]).length;
    const counta = bodySpans(s).map((sp) => `COUNTA(${bodyRange(s, c, sp)})`);
    parts.push(`${counta.join('+')}${borrowed ? `+${borrowed}` : ''}`);
    value += s.rf.rows.filter((r) => displayText(r.cells[c] ?? null) !== '').length;
  }
  const formula = parts.join('+');
  return { formula: formula && formula.length <= MAX_FORMULA ? formula : null, value };
}

/**
 * Rows with a level typed in their own cell but no risk text (a description left blank): COUNTA over the text
 * misses them, while 合计 counts their level. Added to it, the 未定级 line can never go below 0.
 */
export function levelOnlyFormula(sources: RiskSource[]) {
  const parts: string[] = [];
  let value = 0;
  for (const s of sources) {
    const t = s.textKey;
    if (!t || !(s.levelKey in s.rf.columns)) continue;
    parts.push(
      bodySpans(s)
        .map((sp) => `COUNTIFS(${bodyRange(s, t, sp)},"",${bodyRange(s, s.levelKey, sp)},"<>")`)
        .join('+'),
    );
    value += s.rf.rows.filter(
      (r) =>
        displayText(r.cells[t] ?? null) === '' &&
        displayText(r.cells[s.levelKey] ?? null) !== '' &&
        !s.borrowed?.get(r.row)?.[s.levelKey],
    ).length;
  }
  const formula = parts.join('+');
  return { formula: formula && formula.length <= MAX_FORMULA ? formula : null, value };
}
