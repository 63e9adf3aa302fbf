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

/** What service guides write before a limit: 法定, 承诺, 规定办结时限：, 自受理之日起, 立案之日起. */
const LIMIT_LEAD = /^(?:法定|承诺|规定)?(?:办结|办理)?(?:时限|期限)?[:：]?(?:自?[^，,；;、]{1,8}?之日起)?/;

/**
 * A time limit as a service guide words it, kept as typed: 法定20个工作日，承诺10个工作日; 立案之日起90日; each part a
 * limit normaliseTimeLimit reads after what leads it. False for anything else.
 */
export function isWordedTimeLimit(raw: string): boolean {
  const parts = compact(raw)
    .split(/[，,；;、/]/)
    .filter(Boolean);
  if (!parts.length) return false;
  return parts.every((p) => {
    const rest = p.replace(LIMIT_LEAD, '').replace(/以内$/, '内');
    return rest !== p && rest !== '' && normaliseTimeLimit(rest) !== null;
  });
}
