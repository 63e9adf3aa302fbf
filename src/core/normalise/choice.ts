import { normaliseLevel } from './level';
import { compact } from './text';

// 已达到 / 未达到 answer B5's 是否达到, 已谈话 / 未谈话 D5's 是否廉政谈话, as clerks write them; 有 / 无 the 十有 items
// (有个人警示桌牌 → 有).
const YES = ['是', 'Y', 'YES', 'TRUE', '√', '✓', '已', '需要', '达到', '已达到', '已谈话', '有'];
const NO = ['否', 'N', 'NO', 'FALSE', '×', '✗', '未', '不需要', '无', '未达到', '没有达到', '未谈话'];

/** 是 / 否 from what people type (Y, N, √, ×, TRUE …), or null. */
export function normaliseYesNo(raw: string | boolean): string | null {
  if (typeof raw === 'boolean') return raw ? '是' : '否';
  const s = compact(raw).toUpperCase();
  if (YES.includes(s)) return '是';
  if (NO.includes(s)) return '否';
  return null;
}

const SUFFIXES = ['风险', '类', '权'];

/**
 * The canonical option for a typed value: exact after NFKC and trimming, a listed alias, the same words with or
 * without a 风险/类 ending, or a level-like spelling (Ⅰ级) when the options are levels. Null when none fits.
 */
export function normaliseChoice(
  raw: string,
  options: readonly string[],
  aliases: Record<string, string> = {},
): string | null {
  const s = compact(raw);
  if (!s) return null;
  for (const o of options) if (compact(o) === s) return o;
  for (const [alias, name] of Object.entries(aliases)) if (compact(alias) === s) return name;
  const bare = (t: string) =>
    SUFFIXES.reduce((x, suf) => (x.length > suf.length + 1 && x.endsWith(suf) ? x.slice(0, -suf.length) : x), t);
  const hits = options.filter((o) => bare(compact(o)) === bare(s));
  if (hits.length === 1) return hits[0];
  const asLevel = normaliseLevel(s, options);
  return asLevel;
}
