import { LianfangError } from '../../core/errors';
import { MAX_XML_DEPTH } from '../exceljs/safe/limits';
import { CHAR_CLASS, NAME_CHAR, NAME_START, SPACE, attributesOf, newSpans, recordAttribute } from './plainSyntax';
import { decodeText, scanXml, type Attributes, type XmlHandler } from './tokenize';

/** Thrown where a part is not plain XML: the caller reads it again with scanXml, which judges it. */
export class NotPlain extends Error {}

const notPlain = new NotPlain('not plain XML');

/**
 * The worksheets' fast path: the events scanXml gives, for plain XML only — elements, attributes in quotes, text,
 * <?…?> declarations; no DTD, comment or CDATA, no prefixed root, no nesting past MAX_XML_DEPTH. Anything else,
 * and anything scanXml's parser (saxen) would find wrong, throws NotPlain before its event: a caller that starts
 * again with scanXml then gets exactly scanXml's events and verdict. Handler failures are scanXml's too.
 */
export function scanPlainXml(xml: string, file: string, part: string, handler: XmlHandler): void {
  try {
    scan(xml, handler);
  } catch (e) {
    if (e instanceof NotPlain || e instanceof LianfangError) throw e;
    throw new LianfangError('corrupt', { file, kind: 'bad_xml', part, detail: (e as Error)?.message ?? String(e) });
  }
}

/**
 * `read` run over the part by the plain scanner, and when the part is not plain, run again from the start by
 * scanXml (so `read` must start its result afresh each time it is called).
 */
export function readPlainFirst<T>(
  xml: string,
  file: string,
  part: string,
  read: (scan: (h: XmlHandler) => void) => T,
): T {
  try {
    return read((handler) => scanPlainXml(xml, file, part, handler));
  } catch (e) {
    if (!(e instanceof NotPlain)) throw e;
    return read((handler) => scanXml(xml, file, part, handler));
  }
}

function scan(xml: string, handler: XmlHandler): void {
  const stack: string[] = [];
  let rooted = false;
  let count = 0; // attributes of the element being opened, in `spans`
  let current: Attributes | undefined;
  const attrs = (): Attributes => (count ? (current ??= attributesOf(xml, spans, count)) : {});
  const n = xml.length;
  let j = 0;
  while (j < n) {
    const i = xml.indexOf('<', j);
    const end = i < 0 ? n : i;
    if (end > j) {
      if (stack.length) handler.text?.(decodeText(xml.substring(j, end)));
      else if (xml.substring(j, end).trim()) throw notPlain;
    }
    if (i < 0) break;
    const w = xml.charCodeAt(i + 1);
    if (w === 33) throw notPlain; // <!DOCTYPE, <!-- -->, <![CDATA[: scanXml's to judge
    if (w === 63) {
      const q = xml.indexOf('?>', i); // <?xml …?>: skipped, as saxen does
      if (q < 0) throw notPlain;
      j = q + 2;
      continue;
    }
    // The tag ends at the first '>' outside quotes.
    let x = i + 1;
    for (;;) {
      const v = xml.charCodeAt(x);
      if (v === 62) break;
      if (v !== v) throw notPlain; // NaN: the text ended inside the tag
      if (v === 34 || v === 39) {
        const q = xml.indexOf(v === 34 ? '"' : "'", x + 1);
        if (q < 0) throw notPlain;
        x = q;
      }
      x++;
    }
    j = x + 1;
    if (w === 47) {
      const name = stack.pop(); // </name  >
      if (name === undefined || !xml.startsWith(name, i + 2)) throw notPlain;
      for (let k = i + 2 + name.length; k < x; k++) if (!(CHAR_CLASS[xml.charCodeAt(k)] & SPACE)) throw notPlain;
      handler.close?.(name);
      continue;
    }
    const selfClosing = xml.charCodeAt(x - 1) === 47;
    const tagEnd = selfClosing ? x - 1 : x;
    if (!(CHAR_CLASS[w] & NAME_START)) throw notPlain;
    let k = i + 2;
    while (k < tagEnd && CHAR_CLASS[xml.charCodeAt(k)] & NAME_CHAR) k++;
    if (k < tagEnd && !(CHAR_CLASS[xml.charCodeAt(k)] & SPACE)) throw notPlain;
    const name = xml.substring(i + 1, k);
    if (!rooted) {
      if (name.indexOf(':') >= 0) throw notPlain; // <x:worksheet>: scanXml strips the prefix from every name
      rooted = true;
    } else if (!stack.length) throw notPlain; // a second top-level element
    // Checked whether the handler asks or not: attributes the parser would refuse are refused here all the same.
    // Their object is built only when the handler asks.
    current = undefined;
    count = k < tagEnd ? checkAttributes(xml, k, tagEnd) : 0;
    if (!selfClosing) {
      if (stack.length >= MAX_XML_DEPTH) throw notPlain;
      stack.push(name);
    }
    handler.open(name, attrs, selfClosing);
    if (selfClosing) handler.close?.(name);
  }
  if (stack.length || !rooted) throw notPlain;
}

/** Where the current tag's attributes lie: name from, name to, value from, value to. */
const spans = newSpans();

/** name="value" pairs apart by white space, each name once: their count, their places in `spans`. */
function checkAttributes(xml: string, from: number, to: number): number {
  let count = 0;
  let i = from;
  while (i < to) {
    let w = xml.charCodeAt(i);
    if (CHAR_CLASS[w] & SPACE) {
      i++;
      continue;
    }
    if (!(CHAR_CLASS[w] & NAME_START)) throw notPlain;
    let k = i + 1;
    while (k < to && CHAR_CLASS[(w = xml.charCodeAt(k))] & NAME_CHAR) k++;
    if (k >= to || w !== 61) throw notPlain; // '=' right after the name
    const quote = xml.charCodeAt(k + 1);
    if (quote !== 34 && quote !== 39) throw notPlain;
    const close = xml.indexOf(quote === 34 ? '"' : "'", k + 2);
    if (close < 0 || close >= to) throw notPlain;
    if (close + 1 < to && !(CHAR_CLASS[xml.charCodeAt(close + 1)] & SPACE)) throw notPlain;
    recordAttribute(xml, spans, count, i, k, close, notPlain);
    count++;
    i = close + 1;
  }
  return count;
}
