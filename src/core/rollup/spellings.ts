import type { Criterion } from './countifs';
import type { RiskRow, RiskSource } from './riskRows';

/**
 * The spellings found in the data for each level and category (Ⅰ级 for 一级, 岗位职责风险 for 岗位职责). Validation
 * accepts them with a notice, so the counts take them too: each count's criteria list every spelling of its value.
 */
export interface Spellings {
  /** By level index (0 = top): the texts typed for it, the level's own name first. */
  level: string[][];
  /** By the pack's category: the texts typed for it, the category itself first. */
  category: Map<string, string[]>;
}

export function spellingsIn(rows: RiskRow[], levelNames: readonly string[], categories: readonly string[]): Spellings {
  const level = levelNames.map((n) => [n]);
  const category = new Map(categories.map((c) => [c, [c]]));
  const add = (list: string[] | undefined, typed: string) => {
    if (list && typed && !list.includes(typed)) list.push(typed);
  };
  for (const r of rows) {
    if (r.level !== undefined) add(level[r.level], r.levelText);
    add(category.get(r.category), r.categoryText);
  }
  return { level, category };
}

/** The criterion "level l" for a source, with every spelling of that level. */
export const levelCriterion = (sp: Spellings, s: RiskSource, l: number): Criterion => ({
  column: s.levelKey,
  equals: sp.level[l][0],
  spellings: sp.level[l],
});

/** The criterion "category c" for a source; null when the source has no category column. */
export const categoryCriterion = (sp: Spellings, s: RiskSource, c: string): Criterion | null =>
  s.categoryKey ? { column: s.categoryKey, equals: c, spellings: sp.category.get(c) ?? [c] } : null;

/** What the summary says about the spellings it counted: 「Ⅰ级」计为「一级」…; empty when all were canonical. */
export function spellingPairs(sp: Spellings): Array<{ typed: string; as: string }> {
  const out: Array<{ typed: string; as: string }> = [];
  for (const list of [...sp.level, ...sp.category.values()])
    for (const typed of list.slice(1)) out.push({ typed, as: list[0] });
  return out;
}
