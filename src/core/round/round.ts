import { LianfangError } from '../errors';
import { dueDate, type Deadline } from '../forms/deadlines';
import type { Pack } from '../forms/pack';

/** A round is a pack's plan run again in one year: the plan's deadlines fall on that year's dates. */
export interface Round {
  pack: Pack;
  year: number;
}

/** 2025, 2025年, 2025年度, 2025年度第一轮 → 2025; anything else is refused with a clear message. */
export function parseRoundYear(value: string): number {
  const m = /^\s*(\d{4})\s*(?:年度?|年)?/.exec(value.normalize('NFKC'));
  const year = m ? Number(m[1]) : NaN;
  if (!(year >= 1990 && year <= 2200)) throw new LianfangError('round_bad_round', { value });
  return year;
}

/** An as-of date typed as 2025-09-30, 2025/9/30, 2025.9.30 or 2025年9月30日 → yyyy-mm-dd. */
export function parseAsOf(value: string): string {
  const m = /^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*$/.exec(value.normalize('NFKC'));
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const t = new Date(Date.UTC(y, mo - 1, d));
    if (t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d)
      return t.toISOString().slice(0, 10);
  }
  throw new LianfangError('round_bad_as_of', { value });
}

/** Today in China (UTC+8), where the plans' dates are: a committee working at 7:00 is not a day behind. */
export const todayInChina = (now: Date = new Date()): string =>
  new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

/** Whole days from `from` to `to` (yyyy-mm-dd each); negative when `to` is earlier. */
export const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86400_000);

export interface DatedDeadline extends Deadline {
  /** The due date in this round, yyyy-mm-dd. */
  date: string;
}

/** The round's deadlines with their dates, in date order. */
export function roundDeadlines(round: Round): DatedDeadline[] {
  return round.pack.deadlines
    .map((d) => ({ ...d, date: dueDate(d.due, round.year) }))
    .sort((a, b) => a.date.localeCompare(b.date));
}
