/**
 * How alike two risk points are, as the committee reads them: the same risk said another way (一个字改了,
 * 语序调了, 加了“把关”) should match; two different risks of one office should not.
 */

/** Text as compared: full-width folded, no spaces or punctuation, Latin lower-cased. */
export function normaliseText(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]/gu, '');
}

/** The multiset of adjacent character pairs (a one-character text is its own single "pair"). */
function bigrams(s: string): Map<string, number> {
  const out = new Map<string, number>();
  const chars = [...s];
  if (chars.length === 1) out.set(s, 1);
  for (let i = 0; i + 1 < chars.length; i++) {
    const g = chars[i] + chars[i + 1];
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  return out;
}

/**
 * Sørensen–Dice coefficient over character bigrams of the normalised texts, 0 (nothing shared) to 1 (same).
 * Chinese has no spaces to split words on; bigrams catch most two-character words, and the measure forgives
 * inserted or dropped words and changed word order far better than edit distance does.
 */
export function dice(a: string, b: string): number {
  const x = normaliseText(a);
  const y = normaliseText(b);
  if (!x && !y) return 1;
  if (!x || !y) return 0;
  if (x === y) return 1;
  const gx = bigrams(x);
  const gy = bigrams(y);
  let shared = 0;
  let total = 0;
  for (const n of gx.values()) total += n;
  for (const [g, n] of gy) {
    total += n;
    shared += Math.min(n, gx.get(g) ?? 0);
  }
  return total ? (2 * shared) / total : 0;
}

/**
 * At or above this a risk point of this year is the same as one of last year, re-worded. Chosen from the
 * plans' own sample registers (compare/similarity.test.ts): different risks of the same pack stay below 0.4,
 * while the ways clerks re-word a risk (a word added or dropped, two words swapped, 不…、不… for 不…,也不…)
 * stay above 0.6. 0.5 sits between the two with room on both sides.
 */
export const REWORD_THRESHOLD = 0.5;
