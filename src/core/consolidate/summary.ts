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

/** Where a unit on the list may have handed in a file lianfang could not count: unreadable, or with no unit name. */
export interface LikelyFile {
  expected: string;
  file: string;
  why: 'unreadable' | 'noUnit';
}

/**
 * A unit on the list that did not hand in, beside a file that could not be read or names no unit, whose file name
 * names the unit: in full (2025年 濮阳市城管局 自查表.xls), by the end of its name (城市管理局.xlsx) or as the usual
 * short form, its characters in order (城管局 for 濮阳市城市管理局, 住建局 for 住房和城乡建设局). A file that
 * could be two units' is left unsaid.
 */
export function likelyFiles(c: Consolidation): LikelyFile[] {
  const files: Array<{ file: string; why: LikelyFile['why'] }> = [
    ...c.unreadable.map((u) => ({ file: u.file, why: 'unreadable' as const })),
    ...c.noUnit.map((file) => ({ file, why: 'noUnit' as const })),
  ];
  const out: LikelyFile[] = [];
  for (const f of files) {
    const words = fileWords(f.file);
    const units = c.missing.filter((m) => words.some((w) => namesUnit(w, unitKey(m))));
    if (units.length === 1) out.push({ expected: units[0], file: f.file, why: f.why });
  }
  return out;
}

/** The words of a file's name, without its folder and extension: 收件/2025年-城管局(报送).xlsx → 2025年, 城管局, 报送. */
const fileWords = (file: string): string[] =>
  unitKey(
    file
      .split(/[\\/]/)
      .pop()!
      .replace(/\.[^.]*$/, ''),
  )
    .split(/[-_.,，、()（）【】\[\]《》]+/)
    .map((w) => w.replace(/^\d{2,4}年度?/, '').replace(FILE_NAME_TAIL, ''))
    .filter((w) => w.length >= 2);

/** What clerks add to a file's name after the unit (城管局自查表最新): not part of the unit's name. */
const FILE_NAME_TAIL =
  /(?:廉政风险防控|风险点|自查表|登记表|目录|报表|报送|上报|汇总|最终版|最新|终稿|修改稿?|新|旧|版)+$/;

function namesUnit(word: string, unit: string): boolean {
  if (unit.length < 2) return false;
  if (word.includes(unit) || (unit.endsWith(word) && word.length >= 3)) return true;
  // A short form: three characters or more, in the unit's order, ending as the unit ends (…局, …委).
  if (word.length < 3 || word.at(-1) !== unit.at(-1)) return false;
  let i = 0;
  for (const ch of unit) if (ch === word[i]) i++;
  return i === word.length;
}
