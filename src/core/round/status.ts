import type { Consolidation, UnitReport } from '../consolidate/consolidate';
import { likelyFiles, type LikelyFile } from '../consolidate/summary';
import { unitKey } from '../normalise/unit';
import type { Pack } from '../forms/pack';
import { message } from '../messages';
import type { FormHandedIn } from './handedIn';
import { daysBetween, roundDeadlines, todayInChina, type DatedDeadline, type Round } from './round';

/** Why a form does not count as handed in for a deadline. */
export interface Shortfall {
  form: string;
  title: string;
  /** missing: no filled copy; unsealed: its sign-off chain is not complete; broken: a stamp on it is invalid. */
  kind: 'missing' | 'unsealed' | 'broken';
  /** The person or department of a per-person copy. */
  instance?: string;
  /** Who signs next (unsealed). */
  next?: string;
}

export interface UnitDeadline {
  id: string;
  /** done: every form handed in as the deadline asks; overdue: not, and the date has passed; pending: not yet due. */
  status: 'done' | 'overdue' | 'pending';
  /** Days past the date (overdue), or left until it (pending); 0 when done. */
  days: number;
  shortfalls: Shortfall[];
  /** Done, but the workbook was last saved this many days after the date (China time): handed in late. */
  late?: number;
}

export interface UnitRound {
  unit: string;
  /** The file counted for the unit (its newest copy), when it handed one in. */
  file?: string;
  /** A file whose name names the unit, unread or naming no unit: most likely what it handed in (likelyFiles). */
  likelyFile?: Omit<LikelyFile, 'expected'>;
  deadlines: UnitDeadline[];
}

/** One line of the 催报 list: a unit, what it still owes on one deadline, and how late it is. */
export interface ChaseLine {
  unit: string;
  deadline: string;
  /** What is missing, as a clerk writes it in a notice. */
  missing: string;
  /** The plan's words and the date: 8月26日前(2025-08-26). */
  by: string;
  date: string;
  to: string;
  daysOverdue: number;
}

export interface RoundStatus {
  pack: string;
  year: number;
  asOf: string;
  /** Every deadline of the round; `checked` false for papers that are not tables (实施方案, 总结). */
  deadlines: Array<Omit<DatedDeadline, 'due'> & { checked: boolean }>;
  units: UnitRound[];
  chase: ChaseLine[];
}

const counted = (u: UnitReport) => !u.otherPack && !(u.duplicate && !u.duplicate.newest);

/** A form's share of a deadline: what is wrong with the unit's copies of it, none when all is well. */
function shortfalls(pack: Pack, d: DatedDeadline, forms: readonly FormHandedIn[]): Shortfall[] {
  const out: Shortfall[] = [];
  for (const id of d.forms) {
    const def = pack.forms.find((f) => f.id === id)!;
    const copies = forms.filter((f) => f.form === id && f.rows > 0);
    if (!copies.length) {
      out.push({ form: id, title: def.title, kind: 'missing' });
      continue;
    }
    if (!d.sealed) continue;
    for (const c of copies) {
      if (!c.signoff || c.signoff.complete) continue;
      const who = def.signoff.find((s) => s.role === c.signoff!.next)?.who;
      out.push({
        form: id,
        title: def.title,
        kind: c.signoff.ok ? 'unsealed' : 'broken',
        ...(c.instance ? { instance: c.instance } : {}),
        ...(who && c.signoff.ok ? { next: who } : {}),
      });
    }
  }
  return out;
}

/** 缺 A3《岗位廉政风险点登记表》;A3《…》(张三)签章未完成,待主管领导签 */
export function describeShortfalls(list: readonly Shortfall[]): string {
  return list
    .map((s) => {
      const name = `${s.form}《${s.title}》${s.instance ? `（${s.instance}）` : ''}`;
      if (s.kind === 'missing') return message('round_short_missing', { name });
      if (s.kind === 'broken') return message('round_short_broken', { name });
      return message('round_short_unsealed', { name, next: s.next ?? '' });
    })
    .join('；');
}

/**
 * Who is late in a round: for each expected unit (or, with no list, each unit that handed in) and each deadline
 * that names forms, whether the unit's newest workbook holds them filled (and, where the plan asks for seals,
 * with a complete and valid sign-off chain), and how many days past the date it is as of `asOf`.
 */
export function roundStatus(c: Consolidation, round: Round, asOf: string, expect?: readonly string[]): RoundStatus {
  const { pack } = round;
  const deadlines = roundDeadlines(round);
  const byKey = new Map<string, UnitReport>();
  for (const u of c.units) if (u.unit && counted(u) && u.pack === pack.id) byKey.set(unitKey(u.unit), u);
  const likelyAll = likelyFiles(c);
  const names = expect?.length
    ? expect.map((e) => e.trim()).filter(Boolean)
    : [...new Set(c.units.filter((u) => u.unit && counted(u)).map((u) => u.unit))];
  const units: UnitRound[] = names.map((name) => {
    const report = byKey.get(unitKey(name));
    const forms = report?.forms ?? [];
    // The day its workbook was last saved, in China time: what handed in late means.
    const saved = report?.modified ? todayInChina(new Date(report.modified)) : undefined;
    const likely = report ? undefined : likelyAll.find((l) => unitKey(l.expected) === unitKey(name));
    return {
      unit: name,
      ...(report ? { file: report.file } : {}),
      ...(likely ? { likelyFile: { file: likely.file, why: likely.why } } : {}),
      deadlines: deadlines
        .filter((d) => d.forms.length)
        .map((d): UnitDeadline => {
          const short = shortfalls(pack, d, forms);
          const left = daysBetween(asOf, d.date);
          if (!short.length) {
            const late = saved ? daysBetween(d.date, saved) : 0;
            return { id: d.id, status: 'done', days: 0, shortfalls: [], ...(late > 0 ? { late } : {}) };
          }
          return left < 0
            ? { id: d.id, status: 'overdue', days: -left, shortfalls: short }
            : { id: d.id, status: 'pending', days: left, shortfalls: short };
        }),
    };
  });
  const chase: ChaseLine[] = [];
  for (const d of deadlines)
    for (const u of units) {
      const ud = u.deadlines.find((x) => x.id === d.id);
      if (ud?.status !== 'overdue') continue;
      const short = describeShortfalls(ud.shortfalls);
      chase.push({
        unit: u.unit,
        deadline: d.id,
        missing: u.likelyFile
          ? `${message(`round_file_${u.likelyFile.why}`, { file: u.likelyFile.file })}；${short}`
          : short,
        by: d.by,
        date: d.date,
        to: d.to,
        daysOverdue: ud.days,
      });
    }
  return {
    pack: pack.id,
    year: round.year,
    asOf,
    deadlines: deadlines.map(({ due: _due, ...d }) => ({ ...d, checked: d.forms.length > 0 })),
    units,
    chase,
  };
}
