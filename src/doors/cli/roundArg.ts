import type { Command } from 'commander';
import type { Consolidation } from '../../core/consolidate';
import { LianfangError } from '../../core/errors';
import { message } from '../../core/messages';
import { findPack } from '../../core/packs';
import { parseAsOf, parseRoundYear, todayInChina } from '../../core/round/round';
import { roundStatus, type RoundStatus } from '../../core/round/status';
import type { Io } from './output';

export interface RoundOpts {
  round?: string;
  period?: string;
  asOf?: string;
}

/** --round 2025 / --period 2025年度 and --as-of, for consolidate (and any command that works on a round). */
export const roundOptions = (cmd: Command): Command =>
  cmd
    .option('--round <year>', '轮次(年度),例如 2025:按方案规定的时间统计各单位报送进度,生成催报名单')
    .option('--period <text>', '同 --round,例如 2025年度')
    .option('--as-of <date>', '统计截至日期(默认今天),例如 2025-09-30');

/** A date to count to with no round to count (--as-of alone): said before any file is read, never ignored. */
export function refuseAsOfAlone(opts: RoundOpts): void {
  if (opts.asOf && !(opts.round ?? opts.period)) throw new LianfangError('round_as_of_alone', { asOf: opts.asOf });
}

/** The round's status when --round or --period was given; undefined otherwise. */
export function roundFromOptions(
  opts: RoundOpts,
  c: Consolidation,
  expect?: string[],
  now = new Date(),
): RoundStatus | undefined {
  const value = opts.round ?? opts.period;
  if (!value) return undefined;
  const year = parseRoundYear(value);
  const asOf = opts.asOf ? parseAsOf(opts.asOf) : todayInChina(now);
  const pack = c.pack ? findPack(c.pack) : undefined;
  if (!pack) throw new LianfangError('round_needs_pack');
  return roundStatus(c, { pack, year }, asOf, expect);
}

/** The round on the console: one summary line, then the 催报 lines a clerk pastes into a notice. */
export function printRound(io: Io, st: RoundStatus): void {
  const late = st.units.filter((u) => u.deadlines.some((d) => d.status === 'overdue')).length;
  io.out(
    message('round_summary', {
      year: st.year,
      asOf: st.asOf,
      units: st.units.length,
      ok: st.units.length - late,
      late,
    }),
  );
  // Handed in after the date: not chased, but said (by the workbook's own save date).
  const lateDone = st.units.flatMap((u) =>
    u.deadlines
      .filter((d) => d.late)
      .map((d) => `${u.unit}（${st.deadlines.find((x) => x.id === d.id)?.by ?? d.id}，晚${d.late}天）`),
  );
  if (lateDone.length) io.out(message('round_late_list', { items: lateDone.join('、') }));
  for (const c of st.chase)
    io.out(
      message('round_chase_line', {
        unit: c.unit,
        missing: c.missing,
        by: c.by,
        date: c.date,
        to: c.to,
        days: c.daysOverdue,
      }),
    );
}
