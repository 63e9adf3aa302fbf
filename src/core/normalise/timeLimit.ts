import { chineseNumber, compact } from './text';

const AT_ONCE = ['即办', '即时办结', '即时办理', '当场办结', '当场办理', '当即办结', '立即办理', '即时'];

/**
 * A time limit in the plans' spelling: 即办, N个工作日, N日 (also N个月). Typed variants (5 个工作日, 五个工作日,
 * 5工作日, 20天, 当场办结) map to it; null when the text is no time limit.
 */
export function normaliseTimeLimit(raw: string | number): string | null {
  if (typeof raw === 'number') return null;
  const s = compact(raw);
  if (AT_ONCE.includes(s)) return '即办';
  let m = /^(\d+|[一二三四五六七八九十两]+)个?工作日(内)?$/.exec(s);
  if (m) {
    const n = chineseNumber(m[1]);
    return n ? `${n}个工作日` : null;
  }
  m = /^(\d+|[一二三四五六七八九十两]+)(日|天|个自然日|自然日)(内)?$/.exec(s);
  if (m) {
    const n = chineseNumber(m[1]);
    return n ? `${n}日` : null;
  }
  m = /^(\d+|[一二三四五六七八九十两]+)个?(?:周|星期|礼拜)(内)?$/.exec(s);
  if (m) {
    const n = chineseNumber(m[1]);
    return n ? `${n * 7}日` : null;
  }
  m = /^(\d+|[一二三四五六七八九十两]+)个?月(内)?$/.exec(s);
  if (m) {
    const n = chineseNumber(m[1]);
    return n ? `${n}个月` : null;
  }
  return null;
}
