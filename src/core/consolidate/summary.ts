import { message } from '../messages';
import { unitKey } from '../normalise/unit';
import type { Consolidation, UnitReport } from './consolidate';

/** A row the grand total counts: the programme's own workbook, and of a unit's copies only the newest. */
export const isCounted = (u: UnitReport): boolean => !u.otherPack && !(u.duplicate && !u.duplicate.newest);

export interface ConsolidationCounts {
  /** Every file handed in, read or not. */
  files: number;
  /** Different units (by name) with a workbook of the programme. */
  units: number;
  /** Workbooks the grand total adds up (one per unit, and those without a unit name). */
  counted: number;
  missing: number;
  /** Units that handed in more than once. */
  duplicates: number;
  /** Workbooks of another programme: listed, not counted. */
  other: number;
  noUnit: number;
  unreadable: number;
}

/** The counts the console and the 各单位汇总 sheet both state, taken from the one consolidation they show. */
export function consolidationCounts(c: Consolidation): ConsolidationCounts {
  const own = c.units.filter((u) => !u.otherPack);
  return {
    files: c.units.length + c.unreadable.length,
    units: new Set(own.filter((u) => u.unit).map((u) => unitKey(u.unit))).size,
    counted: c.units.filter(isCounted).length,
    missing: c.missing.length,
    duplicates: c.duplicates.length,
    other: c.units.length - own.length,
    noUnit: c.noUnit.length,
    unreadable: c.unreadable.length,
  };
}

/** One sentence with every count, the same words in every door. */
export const consolidationSummary = (c: Consolidation): string =>
  message('consolidate_summary', { ...consolidationCounts(c) });

/**
 * A unit the list names that did not hand in, beside a unit that handed in but is not on the list, where one name
 * ends the other (财政局 and 濮阳市财政局): most likely the same unit, its name on the list shortened.
 */
export function likelySame(c: Consolidation): Array<{ expected: string; handedIn: string }> {
  const out: Array<{ expected: string; handedIn: string }> = [];
  for (const m of c.missing) {
    const k = unitKey(m);
    const u = c.unexpected.find((x) => {
      const y = unitKey(x);
      return k.length >= 2 && y.length >= 2 && (y.endsWith(k) || k.endsWith(y));
    });
    if (u) out.push({ expected: m, handedIn: u });
  }
  return out;
}
