import { COLUMN_TERMS, FIELD_TERMS, type Term } from './lexicon';
import { termKey } from './termKey';

const byKey = (terms: readonly Term[]): Map<string, Term> => {
  const m = new Map<string, Term>();
  for (const t of terms) for (const w of t.words) if (!m.has(termKey(w))) m.set(termKey(w), t);
  return m;
};
const COLUMN_BY_KEY = byKey(COLUMN_TERMS);
const FIELD_BY_KEY = byKey(FIELD_TERMS);

/** The column term a heading names (发生可能性 → probability), or undefined. */
export const columnTermOf = (heading: string): Term | undefined => COLUMN_BY_KEY.get(termKey(heading));
/** The header-field term a label names (填报单位 → unit), or undefined. */
export const fieldTermOf = (label: string): Term | undefined => FIELD_BY_KEY.get(termKey(label));

/**
 * The term of a column: the one it names, else the one its label (or first matching alias) belongs to.
 * Rollup counts (B4 一级 … 岗位职责) are headed by level and type names, never by a term.
 */
export function termOfColumn(c: {
  term?: string;
  kind?: string;
  label: string;
  aliases?: readonly string[];
}): Term | undefined {
  if (c.term) return COLUMN_TERMS.find((t) => t.id === c.term);
  if (c.kind === 'count') return undefined;
  for (const l of [c.label, ...(c.aliases ?? [])]) {
    const t = columnTermOf(l);
    if (t) return t;
  }
  return undefined;
}

/** The term of a header field: by its label, else its aliases. */
export function termOfField(f: { label: string; aliases?: readonly string[] }): Term | undefined {
  for (const l of [f.label, ...(f.aliases ?? [])]) {
    const t = fieldTermOf(l);
    if (t) return t;
  }
  return undefined;
}
