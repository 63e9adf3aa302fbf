import { z } from 'zod';

/**
 * A plan's deadlines as data: the stage, what is due, the plan's own words for the date (5月25日前, 9月底前,
 * 2014年7月中旬), to whom, which of the pack's forms it covers and whether they must come signed and sealed.
 * The words are kept as printed; the date rule is read from them here, so a pack whose words cannot be read
 * fails at load.
 */

/** When in the round's year a deadline falls: a day, or the end of a month (月底, or a month named alone). */
export interface DueRule {
  /** Years after the round's first year (hangzhou's 2020年12月前 in a 2019 plan is 1). */
  yearOffset: number;
  month: number;
  /** A day of the month; 'end' for 月底 / 下旬 / a month alone. */
  day: number | 'end';
}

const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

function cnNumber(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  if (s === '十') return 10;
  if (s.startsWith('十')) return 10 + (CN_DIGITS[s[1]] ?? NaN);
  if (s.endsWith('十')) return (CN_DIGITS[s[0]] ?? NaN) * 10;
  if (s.length === 3 && s[1] === '十') return (CN_DIGITS[s[0]] ?? NaN) * 10 + (CN_DIGITS[s[2]] ?? NaN);
  return CN_DIGITS[s] ?? NaN;
}

/**
 * The date rule in a plan's words, relative to the plan's year: 5月25日前 → May 25; 6月底前 → June 30;
 * 7月中旬 → July 20 (the end of the 中旬); 上旬 → the 10th; 2020年12月前 in a 2019 plan → the end of
 * December a year on. Null when the words name no date.
 */
export function parseDueText(text: string, planYear: number): DueRule | null {
  const s = text.normalize('NFKC').replace(/\s/g, '');
  const m =
    /^(?:(\d{4})年)?([0-9一二三四五六七八九十]{1,3})月(?:([0-9一二三四五六七八九十]{1,3})[日号]|(底|末|上旬|中旬|下旬))?(?:前|之前|以前|止)?$/.exec(
      s,
    );
  if (!m) return null;
  const month = cnNumber(m[2]);
  if (!(month >= 1 && month <= 12)) return null;
  const yearOffset = m[1] ? Number(m[1]) - planYear : 0;
  if (yearOffset < 0 || yearOffset > 5) return null;
  let day: DueRule['day'] = 'end';
  if (m[3]) {
    day = cnNumber(m[3]);
    // The longest the month ever is (29 for February): a plan's 2月30日 is a typo, not a date.
    if (!(day >= 1 && day <= new Date(Date.UTC(2000, month, 0)).getUTCDate())) return null;
  } else if (m[4] === '上旬') day = 10;
  else if (m[4] === '中旬') day = 20;
  return { yearOffset, month, day };
}

/** The due date (yyyy-mm-dd) of a rule in a round that starts in `year`. */
export function dueDate(rule: DueRule, year: number): string {
  const y = year + rule.yearOffset;
  const last = new Date(Date.UTC(y, rule.month, 0)).getUTCDate();
  const d = rule.day === 'end' ? last : Math.min(rule.day, last);
  return `${y}-${String(rule.month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export const DeadlineSchema = z
  .object({
    /** Stable id (ASCII), used in JSON and tests. */
    id: z.string().regex(/^[a-z][A-Za-z0-9]*$/),
    /** The plan's stage: 第二阶段 确定工作岗位及职责 … */
    stage: z.string().min(1),
    /** What is due, in the plan's words. */
    what: z.string().min(1),
    /** The date as the plan prints it (5月25日前). */
    by: z.string().min(1),
    /** To whom it goes. */
    to: z.string().min(1),
    /** The pack's forms this deadline covers; empty for papers that are not tables (实施方案, 总结). */
    forms: z.array(z.string()).default([]),
    /** The forms must come with their sign-off chain complete (签字、盖章): an incomplete chain is not handed in. */
    sealed: z.boolean().default(false),
    /** Read from `by` when the pack loads (any value given is replaced): see parseDueText. */
    due: z
      .object({
        yearOffset: z.number().int(),
        month: z.number().int(),
        day: z.union([z.number().int(), z.literal('end')]),
      })
      .strict()
      .optional(),
  })
  .strict();
export type Deadline = Omit<z.output<typeof DeadlineSchema>, 'due'> & { due: DueRule };
export type DeadlineInput = z.input<typeof DeadlineSchema>;
