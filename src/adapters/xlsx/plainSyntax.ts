import type { NotPlain } from './plainScan';
import { decodeText, type Attributes } from './tokenize';

/** What the plain paths (plainScan.ts, sheetFast.ts) take for XML white space and name characters, by char code. */
const isSpace = (w: number): boolean => w === 32 || (w > 8 && w < 14);
const isNameStart = (w: number): boolean => (w > 96 && w < 123) || (w > 64 && w < 91) || w === 95 || w === 58;
const isNameChar = (w: number): boolean =>
  (w > 96 && w < 123) || (w > 64 && w < 91) || (w > 47 && w < 59) || w === 45 || w === 95 || w === 46;

/** Bits of CHAR_CLASS. */
export const SPACE = 1;
export const NAME_START = 2;
export const NAME_CHAR = 4;

/**
 * The three tests above for every char code, as one table the scanning loops read without a call: the CLI's V8
 * flags inline no function (bin/lianfang.js), and these ran once per character of every sheet. Built from the tests
 * themselves, so both say the same (each takes ASCII only: the entries from 128 on stay 0); past the end of the
 * text charCodeAt gives NaN, which no entry answers.
 */
export const CHAR_CLASS = new Uint8Array(0x10000);
for (let w = 0; w < 128; w++)
  CHAR_CLASS[w] = (isSpace(w) ? SPACE : 0) | (isNameStart(w) ? NAME_START : 0) | (isNameChar(w) ? NAME_CHAR : 0);

/** Most attributes one element may carry on the plain paths (Excel writes a handful). */
export const MAX_ATTRIBUTES = 64;

/** Room for one element's attributes: name from, name to, value from, value to for each. */
export const newSpans = (): Int32Array => new Int32Array(MAX_ATTRIBUTES * 4);

/**
 * Records the count-th attribute of an element (its name at [from, to), its value up to `close`) in `spans`. A name
 * the element already has, __proto__ or xmlns:xml, or one attribute too many is not plain: `notPlain` is thrown and
 * the general parser judges the part.
 */
export function recordAttribute(
  xml: string,
  spans: Int32Array,
  count: number,
  from: number,
  to: number,
  close: number,
  notPlain: NotPlain,
): void {
  const length = to - from;
  if (length === 9 && (xml.startsWith('__proto__', from) || xml.startsWith('xmlns:xml', from))) throw notPlain;
  for (let a = 0; a < count * 4; a += 4)
    if (spans[a + 1] - spans[a] === length && sameText(xml, spans[a], from, length)) throw notPlain;
  if (count === MAX_ATTRIBUTES) throw notPlain;
  const at = count * 4;
  spans[at] = from;
  spans[at + 1] = to;
  spans[at + 2] = to + 2;
  spans[at + 3] = close;
}

function sameText(xml: string, a: number, b: number, length: number): boolean {
  for (let q = 0; q < length; q++) if (xml.charCodeAt(a + q) !== xml.charCodeAt(b + q)) return false;
  return true;
}

/** The first `count` attributes recorded in `spans` as an object, values entity-decoded (built only when asked for). */
export function attributesOf(xml: string, spans: Int32Array, count: number): Attributes {
  const out: Attributes = {};
  for (let a = 0; a < count * 4; a += 4)
    out[xml.substring(spans[a], spans[a + 1])] = decodeText(xml.substring(spans[a + 2], spans[a + 3]));
  return out;
}
