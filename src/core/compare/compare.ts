import { unitKey } from '../normalise/unit';
import { findPack } from '../packs';
import type { RiskPoint, UnitRisks } from './extract';
import { REWORD_THRESHOLD, dice, normaliseText } from './similarity';

export interface Reworded {
  before: RiskPoint;
  after: RiskPoint;
  similarity: number;
}

export interface LevelChange {
  before: RiskPoint;
  after: RiskPoint;
}

export interface UnitComparison {
  unit: string;
  /** both: handed in both years; onlyLast: not this year; onlyNow: new this year. */
  status: 'both' | 'onlyLast' | 'onlyNow';
  lastFile?: string;
  nowFile?: string;
  before: number;
  after: number;
  added: RiskPoint[];
  removed: RiskPoint[];
  reworded: Reworded[];
  raised: LevelChange[];
  lowered: LevelChange[];
  /** Measures written this year against a risk point carried over from last year. */
  measuresAdded: Array<{ risk: string; measure: string }>;
  /** Share of top-level (一级 / 高) risk points among the levelled ones; null when none is levelled. */
  topShare: { before: number | null; after: number | null };
  /**
   * Risk points whose level could not be read (blank, or no level of the plan): left out of the share and of 等级升降,
   * and counted here so that neither reads as complete when it is not.
   */
  unlevelled: { before: number; after: number };
  /** added + removed + reworded + raised + lowered: what the committee ranks by. */
  changes: number;
  /** 1 is the unit that changed most. */
  rank: number;
}

export interface Comparison {
  pack: string | null;
  levels: string[];
  threshold: number;
  units: UnitComparison[];
  unreadable: Array<{ file: string; year: 'last' | 'now'; code: string; reason: string }>;
  /** Files with no 单位名称 in any form. */
  noUnit: Array<{ file: string; year: 'last' | 'now' }>;
  /** A unit that handed in more than one file in a year: the newest is compared, the others named here. */
  duplicates: Array<{ unit: string; year: 'last' | 'now'; used: string; others: string[] }>;
}

const share = (risks: RiskPoint[]): number | null => {
  const levelled = risks.filter((r) => r.rank !== undefined);
  return levelled.length ? levelled.filter((r) => r.rank === 0).length / levelled.length : null;
};

/** Matches last year's risk points to this year's: the same text first, then the most alike above the threshold. */
export function matchRisks(before: RiskPoint[], after: RiskPoint[], threshold = REWORD_THRESHOLD) {
  const pairs: Array<{ b: number; a: number; similarity: number }> = [];
  const freeB = new Set(before.keys());
  const freeA = new Set(after.keys());
  const byText = new Map<string, number[]>();
  before.forEach((r, i) => byText.set(normaliseText(r.text), [...(byText.get(normaliseText(r.text)) ?? []), i]));
  after.forEach((r, a) => {
    const b = byText.get(normaliseText(r.text))?.find((i) => freeB.has(i));
    if (b === undefined) return;
    pairs.push({ b, a, similarity: 1 });
    freeB.delete(b);
    freeA.delete(a);
  });
  const candidates: Array<{ b: number; a: number; similarity: number }> = [];
  for (const b of freeB)
    for (const a of freeA) {
      const similarity = dice(before[b].text, after[a].text);
      if (similarity >= threshold) candidates.push({ b, a, similarity });
    }
  // Greedy by similarity (ties: sheet order) — each risk point matches at most one.
  candidates.sort((x, y) => y.similarity - x.similarity || x.b - y.b || x.a - y.a);
  for (const c of candidates) {
    if (!freeB.has(c.b) || !freeA.has(c.a)) continue;
    pairs.push(c);
    freeB.delete(c.b);
    freeA.delete(c.a);
  }
  return { pairs, removed: [...freeB].map((i) => before[i]), added: [...freeA].map((i) => after[i]) };
}

/** New measures on a carried-over risk point: items not like any of last year's (by the same measure). */
function newMeasures(before: RiskPoint, after: RiskPoint, threshold: number): string[] {
  return after.measures.filter((m) => !before.measures.some((o) => dice(o, m) >= threshold));
}

/** One unit, last year against this year. */
export function compareUnit(last: UnitRisks | undefined, now: UnitRisks | undefined, threshold = REWORD_THRESHOLD) {
  const before = last?.risks ?? [];
  const after = now?.risks ?? [];
  const m = matchRisks(before, after, threshold);
  const reworded: Reworded[] = [];
  const raised: LevelChange[] = [];
  const lowered: LevelChange[] = [];
  const measuresAdded: UnitComparison['measuresAdded'] = [];
  for (const p of m.pairs) {
    const b = before[p.b];
    const a = after[p.a];
    if (normaliseText(b.text) !== normaliseText(a.text))
      reworded.push({ before: b, after: a, similarity: Math.round(p.similarity * 1000) / 1000 });
    if (b.rank !== undefined && a.rank !== undefined && a.rank !== b.rank)
      (a.rank < b.rank ? raised : lowered).push({ before: b, after: a });
    for (const measure of newMeasures(b, a, threshold)) measuresAdded.push({ risk: a.text, measure });
  }
  const unit = now?.unit || last?.unit || '';
  const result: Omit<UnitComparison, 'rank'> = {
    unit,
    status: last && now ? 'both' : last ? 'onlyLast' : 'onlyNow',
    ...(last ? { lastFile: last.file } : {}),
    ...(now ? { nowFile: now.file } : {}),
    before: before.length,
    after: after.length,
    added: last ? m.added : [],
    removed: now ? m.removed : [],
    reworded,
    raised,
    lowered,
    measuresAdded,
    topShare: { before: last ? share(before) : null, after: now ? share(after) : null },
    unlevelled: {
      before: before.filter((r) => r.rank === undefined).length,
      after: after.filter((r) => r.rank === undefined).length,
    },
    changes: 0,
  };
  result.changes = result.added.length + result.removed.length + reworded.length + raised.length + lowered.length;
  return result;
}

/** The files of units that handed in more than once in a year, beside the one compared. */
function duplicatesOf(list: UnitRisks[], used: Map<string, UnitRisks>, year: 'last' | 'now'): Comparison['duplicates'] {
  const out: Comparison['duplicates'] = [];
  for (const [k, u] of used) {
    const others = list.filter((x) => x !== u && x.unit && unitKey(x.unit) === k).map((x) => x.file);
    if (others.length) out.push({ unit: u.unit, year, used: u.file, others });
  }
  return out;
}

/** Newest copy per unit (a unit that handed in twice is compared on its latest). */
function byUnit(list: UnitRisks[]): Map<string, UnitRisks> {
  const out = new Map<string, UnitRisks>();
  for (const u of list) {
    if (!u.unit) continue;
    const k = unitKey(u.unit);
    const had = out.get(k);
    if (
      !had ||
      (u.modified ?? '') > (had.modified ?? '') ||
      ((u.modified ?? '') === (had.modified ?? '') && u.file > had.file)
    )
      out.set(k, u);
  }
  return out;
}

/**
 * This year's registers against last year's, unit by unit: risk points added, removed, re-worded (matched by
 * similarity), levels raised or lowered, the top-level share then and now, measures added; units ranked by change.
 */
export function compareYears(
  last: UnitRisks[],
  now: UnitRisks[],
  opts: { threshold?: number; unreadable?: Comparison['unreadable'] } = {},
): Comparison {
  const threshold = opts.threshold ?? REWORD_THRESHOLD;
  const packs = [...now, ...last].map((u) => u.pack).filter((p): p is string => !!p);
  const packId = packs[0] ?? null;
  const pack = packId ? findPack(packId) : undefined;
  const L = byUnit(last);
  const N = byUnit(now);
  const keys = [...new Set([...N.keys(), ...L.keys()])];
  const collator = new Intl.Collator('zh-CN');
  const units = keys
    .map((k) => compareUnit(L.get(k), N.get(k), threshold))
    .sort((a, b) => b.changes - a.changes || collator.compare(a.unit, b.unit))
    .map((u, i) => ({ ...u, rank: i + 1 }));
  return {
    pack: packId,
    levels: pack?.grading.levels.map((l) => l.name) ?? [],
    threshold,
    units,
    unreadable: opts.unreadable ?? [],
    noUnit: [
      ...last.filter((u) => !u.unit).map((u) => ({ file: u.file, year: 'last' as const })),
      ...now.filter((u) => !u.unit).map((u) => ({ file: u.file, year: 'now' as const })),
    ],
    duplicates: [...duplicatesOf(last, L, 'last'), ...duplicatesOf(now, N, 'now')],
  };
}
