/**
 * Characters NFKC may change or that count as space: whitespace, full-width forms, enclosed and Roman numerals,
 * CJK compatibility characters. Text without any of them is already compact (the common case, kept fast).
 */
const NEEDS_WORK =
  /[\s\u00a0\u00b2-\u00be\u200b\u2000-\u206f\u2100-\u24ff\u2f00-\u2fdf\u3000\u3200-\u33ff\uf900-\ufaff\ufe30-\ufe4f\ufeff\uff00-\uffef]/;

/** Text as people type it, reduced to what it says: NFKC (full-width → half-width), no whitespace of any width. */
export function compact(s: string): string {
  if (!NEEDS_WORK.test(s)) return s;
  return s.normalize('NFKC').replace(/[\s\u3000\u00a0\u200b\ufeff]+/g, '');
}

/** NFKC and trimmed, inner single spaces kept (for values that are sentences). */
export function tidy(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[\u3000\u00a0\u200b\ufeff]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Characters labelKey acts on (or compact's NFKC may turn into one): text with none of them is its own key. Most
 * cells of a sheet (names, descriptions, numbers) are such text, and recognition keys every cell it looks at.
 */
const LABEL_WORK = new RegExp(`${NEEDS_WORK.source.slice(0, -1)}()[\\]【】*※:：]`);

/** A heading or label reduced for matching: compact, without parenthesised notes, stars or trailing colons. */
export function labelKey(s: string): string {
  if (!LABEL_WORK.test(s)) return s;
  return compact(s)
    .replace(/\([^)]*\)/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/[【】*※]/g, '')
    .replace(/[:：]+$/, '');
}

const CN_DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 一 … 九十九 as a number (三, 十五, 二十, 三十一), or null. */
export function chineseNumber(s: string): number | null {
  if (/^[0-9]+$/.test(s)) return Number(s);
  if (s.length === 1 && s in CN_DIGITS) return CN_DIGITS[s];
  const m = /^([一二三四五六七八九两]?)十([一二三四五六七八九]?)$/.exec(s);
  if (m) return (m[1] ? CN_DIGITS[m[1]] : 1) * 10 + (m[2] ? CN_DIGITS[m[2]] : 0);
  return null;
}
