import { labelKey } from '../normalise/text';

/** Endings that add nothing to what a heading names: 危害程度 = 危害性 = 危害, 自由裁量权大小 = 自由裁量权. */
const TRAILING = ['程度', '大小', '高低', '分值', '得分', '评分', '打分', '分数', '性', '度', '分'];
/** A scale written after the heading without brackets: 发生概率1-5分, 危害程度1～5. */
const SCALE = /\d+(?:分)?[-~～—–至到]\d+分?$/;

/**
 * A heading or field label reduced to what it names, for matching against the lexicon: labelKey (NFKC, no
 * spaces, no bracketed notes or units), then no 的, no scale, and no ending such as 程度 / 大小 / 性 / 分值
 * where enough remains (two characters at least). Both sides of a match go through it, so a spelling listed
 * once matches all its variants.
 */
export function termKey(s: string): string {
  if (s.length > KNOWN_LENGTH) return reduce(s);
  let k = known.get(s);
  if (k === undefined) {
    // Bounded: a hostile sheet of distinct texts costs a clear now and then, never memory.
    if (known.size >= KNOWN_MAX) known.clear();
    known.set(s, (k = reduce(s)));
  }
  return k;
}

/**
 * Recognition asks for the same few hundred headings (and heading + group heading pairs) for every sheet of every
 * workbook it tries against every form: each short text is reduced once.
 */
const known = new Map<string, string>();
const KNOWN_MAX = 20_000;
const KNOWN_LENGTH = 64;

function reduce(s: string): string {
  let k = labelKey(s).replace(/的/g, '').replace(SCALE, '');
  for (let changed = true; changed;) {
    changed = false;
    for (const t of TRAILING)
      if (k.length - t.length >= 2 && k.endsWith(t)) {
        k = k.slice(0, -t.length);
        changed = true;
        break;
      }
  }
  return k;
}
