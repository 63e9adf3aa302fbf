import { displayText, isBlank, isDateValue, type CellValue } from '../cell';
import type { Pack } from '../forms/pack';
import { excelSerialToDate, parseDateText } from '../normalise/date';
import { normaliseTimeLimit } from '../normalise/timeLimit';
import type { Recognition } from '../recognise/types';
import { daysBetween } from './round';

/**
 * The 预警 ledger (school D4, 回告制度): each 预警 with its 回告时限 becomes an entry with a due date, and
 * as of a day it is answered (on time or late), open, or overdue. Any pack whose form has 预警日期, 回告时限 and
 * 回告日期 columns (keys warnedOn, replyLimit, repliedOn) gets one.
 */
export type WarningStatus = 'answered' | 'answeredLate' | 'open' | 'overdue' | 'undated';

export interface WarningEntry {
  sheet: string;
  row: number;
  form: string;
  cells: Record<string, CellValue>;
  warnedOn: string | null;
  /** 回告时限 as the plan spells it (5个工作日, 10日, 即办), or as typed when it reads as none. */
  replyLimit: string;
  /** warnedOn + the time limit; null when either is missing or unreadable. */
  dueOn: string | null;
  repliedOn: string | null;
  status: WarningStatus;
  /** Days past the due date: overdue (to asOf) or answered late (to the reply). */
  daysLate: number;
}

export const LEDGER_KEYS = { warnedOn: 'warnedOn', limit: 'replyLimit', repliedOn: 'repliedOn' } as const;

/** A date cell, a typed date (2025年3月3日, 2025.3.3) or an Excel serial, as yyyy-mm-dd; null otherwise. */
export function dateOf(v: CellValue | undefined): string | null {
  if (v === undefined || isBlank(v)) return null;
  if (isDateValue(v)) return v.date.slice(0, 10);
  if (typeof v === 'number') return excelSerialToDate(v);
  return parseDateText(displayText(v));
}

const addDays = (iso: string, n: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86400_000).toISOString().slice(0, 10);

/**
 * The due date of a time limit counted from a day: N个工作日 skips Saturdays and Sundays (public holidays and
 * 调休 are not known to lianfang: the ledger says so), N日 counts calendar days, N个月 the same day N months on.
 */
export function dueAfter(from: string, limit: string): string | null {
  if (limit === '即办') return from;
  let m = /^(\d+)个工作日$/.exec(limit);
  if (m) {
    let left = Number(m[1]);
    let d = from;
    while (left > 0) {
      d = addDays(d, 1);
      const wd = new Date(`${d}T00:00:00Z`).getUTCDay();
      if (wd !== 0 && wd !== 6) left--;
    }
    return d;
  }
  m = /^(\d+)日$/.exec(limit);
  if (m) return addDays(from, Number(m[1]));
  m = /^(\d+)个月$/.exec(limit);
  if (m) {
    const [y, mo, d] = from.split('-').map(Number);
    const t = new Date(Date.UTC(y, mo - 1 + Number(m[1]), 1));
    const last = new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth() + 1, 0)).getUTCDate();
    return new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth(), Math.min(d, last))).toISOString().slice(0, 10);
  }
  return null;
}

/** Every 预警 of the workbook's ledger forms, with its due date and status as of `asOf`. */
export function warningLedger(pack: Pack, recognition: Recognition, asOf: string): WarningEntry[] {
  const out: WarningEntry[] = [];
  for (const rf of recognition.forms) {
    const form = pack.forms.find((f) => f.id === rf.form);
    const keys = form?.columns.map((c) => c.key) ?? [];
    if (!form || !Object.values(LEDGER_KEYS).every((k) => keys.includes(k))) continue;
    for (const r of rf.rows) {
      const warnedOn = dateOf(r.cells[LEDGER_KEYS.warnedOn]);
      const typed = displayText(r.cells[LEDGER_KEYS.limit] ?? null).trim();
      const limit = typed ? (normaliseTimeLimit(typed) ?? typed) : '';
      const dueOn = warnedOn && limit ? dueAfter(warnedOn, limit) : null;
      const repliedOn = dateOf(r.cells[LEDGER_KEYS.repliedOn]);
      // A reply date typed so that no day can be read from it (11月15日) is still a reply.
      const replied = repliedOn !== null || !isBlank(r.cells[LEDGER_KEYS.repliedOn] ?? null);
      let status: WarningStatus;
      let daysLate = 0;
      if (replied) {
        daysLate = dueOn && repliedOn ? Math.max(0, daysBetween(dueOn, repliedOn)) : 0;
        status = daysLate > 0 ? 'answeredLate' : 'answered';
      } else if (!dueOn) status = 'undated';
      else {
        daysLate = Math.max(0, daysBetween(dueOn, asOf));
        status = daysLate > 0 ? 'overdue' : 'open';
      }
      out.push({
        sheet: rf.sheet,
        row: r.row,
        form: form.id,
        cells: r.cells,
        warnedOn,
        replyLimit: limit,
        dueOn,
        repliedOn,
        status,
        daysLate,
      });
    }
  }
  return out;
}

/** How many entries stand in each state: what the pane and the rollup show. */
export function ledgerCounts(entries: readonly WarningEntry[]): Record<WarningStatus, number> {
  const n: Record<WarningStatus, number> = { answered: 0, answeredLate: 0, open: 0, overdue: 0, undated: 0 };
  for (const e of entries) n[e.status]++;
  return n;
}
