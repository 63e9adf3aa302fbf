import { cellAddress, quoteSheet } from '../a1';
import { displayText, type CellValue } from '../cell';
import type { RiskSource } from './riskRows';

/** One condition of a count: a column of the source equals a text (blank text = blank cell). */
export interface Criterion {
  column: string;
  equals: string;
}

/** A count over several sources: which sources take part, and the column conditions inside each. */
export interface CountSpec {
  sources: RiskSource[];
  criteria: (source: RiskSource) => Criterion[] | null;
}

/** Excel's longest formula is 8,192 characters; past a safe margin lianfang writes the value alone. */
const MAX_FORMULA = 8000;

const bodyRange = (s: RiskSource, column: string): string => {
  const col = s.rf.columns[column];
  const top = s.rf.headerEnd ?? s.rf.headerRow;
  const bottom = Math.max(top + 1, s.rf.bodyEnd);
  return `${quoteSheet(s.rf.sheet)}!$${cellAddress(top + 1, col).replace(/(\d+)$/, '$$$1')}:$${cellAddress(bottom, col).replace(/(\d+)$/, '$$$1')}`;
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

/** The formula (or null when too long) and the value lianfang computes for it, over the same rows. */
export function countFormula(spec: CountSpec): { formula: string | null; value: number; tooLong?: boolean } {
  const parts: string[] = [];
  let value = 0;
  for (const s of spec.sources) {
    const crit = spec.criteria(s);
    if (!crit || !crit.length) continue;
    parts.push(`COUNTIFS(${crit.map((c) => `${bodyRange(s, c.column)},${criterionLiteral(c.equals)}`).join(',')})`);
    value += s.rf.rows.filter((r) => crit.every((c) => criterionMatches(r.cells[c.column], c.equals))).length;
    // Blank rows are not in rf.rows but a blank criterion would count them in Excel: add them the same way.
    if (crit.every((c) => c.equals === '')) value += blankRows(s);
  }
  const formula = parts.join('+');
  if (formula.length > MAX_FORMULA) return { formula: null, value, tooLong: true };
  return { formula: formula || null, value };
}

/** Body rows the recogniser left out as blank (every criterion "" would count them). */
function blankRows(s: RiskSource): number {
  const top = (s.rf.headerEnd ?? s.rf.headerRow) + 1;
  const size = Math.max(1, s.rf.bodyEnd - top + 1);
  return size - s.rf.rows.length;
}

/** COUNTA over a column: the non-blank cells (lianfang's count agrees as long as no cell holds only spaces). */
export function countaFormula(sources: RiskSource[], column: (s: RiskSource) => string | undefined) {
  const parts: string[] = [];
  let value = 0;
  for (const s of sources) {
    const c = column(s);
    if (!c) continue;
    parts.push(`COUNTA(${bodyRange(s, c)})`);
    value += s.rf.rows.filter((r) => displayText(r.cells[c] ?? null) !== '').length;
  }
  const formula = parts.join('+');
  return { formula: formula && formula.length <= MAX_FORMULA ? formula : null, value };
}
