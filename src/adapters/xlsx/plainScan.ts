import { LianfangError } from '../../core/errors';
import { MAX_XML_DEPTH } from '../exceljs/safe/limits';
import { unescapeXml } from '../exceljs/safe/xml';
import { decodeText, type Attributes, type XmlHandler } from './tokenize';

/** Thrown where a part is not plain XML: the caller reads it again with scanXml, which judges it. */
export class NotPlain extends Error {}

const notPlain = new NotPlain('not plain XML');
const isSpace = (w: number) => w === 32 || (w > 8 && w < 14);
const isNameStart = (w: number) => (w > 96 && w < 123) || (w > 64 && w < 91) || w === 95 || w === 58;
const isNameChar = (w: number) =>
  (w > 96 && w < 123) || (w > 64 && w < 91) || (w > 47 && w < 59) || w === 45 || w === 95 || w === 46;

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

function scan(xml: string, handler: XmlHandler): void {
  const stack: string[] = [];
  let rooted = false;
  let current: Attributes | undefined;
  const attrs = (): Attributes => current ?? {};
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
      for (let k = i + 2 + name.length; k < x; k++) if (!isSpace(xml.charCodeAt(k))) throw notPlain;
      handler.close?.(name);
      continue;
    }
    const selfClosing = xml.charCodeAt(x - 1) === 47;
    const tagEnd = selfClosing ? x - 1 : x;
    if (!isNameStart(w)) throw notPlain;
    let k = i + 2;
    while (k < tagEnd && isNameChar(xml.charCodeAt(k))) k++;
    if (k < tagEnd && !isSpace(xml.charCodeAt(k))) throw notPlain;
    const name = xml.substring(i + 1, k);
    if (!rooted) {
      if (name.indexOf(':') >= 0) throw notPlain; // <x:worksheet>: scanXml strips the prefix from every name
      rooted = true;
    } else if (!stack.length) throw notPlain; // a second top-level element
    // Read whether the handler asks or not: attributes the parser would refuse are refused here all the same.
    current = k < tagEnd ? readAttributes(xml, k, tagEnd) : undefined;
    if (!selfClosing) {
      if (stack.length >= MAX_XML_DEPTH) throw notPlain;
      stack.push(name);
    }
    handler.open(name, attrs, selfClosing);
    if (selfClosing) handler.close?.(name);
  }
  if (stack.length || !rooted) throw notPlain;
}

/** name="value" pairs apart by white space, each name once; values entity-decoded. */
function readAttributes(xml: string, from: number, to: number): Attributes | undefined {
  let out: Attributes | undefined;
  let i = from;
  while (i < to) {
    let w = xml.charCodeAt(i);
    if (isSpace(w)) {
      i++;
      continue;
    }
    if (!isNameStart(w)) throw notPlain;
    let k = i + 1;
    while (k < to && isNameChar((w = xml.charCodeAt(k)))) k++;
    if (k >= to || w !== 61) throw notPlain; // '=' right after the name
    const quote = xml.charCodeAt(k + 1);
    if (quote !== 34 && quote !== 39) throw notPlain;
    const close = xml.indexOf(quote === 34 ? '"' : "'", k + 2);
    if (close < 0 || close >= to) throw notPlain;
    if (close + 1 < to && !isSpace(xml.charCodeAt(close + 1))) throw notPlain;
    const name = xml.substring(i, k);
    out ??= {};
    if (name === '__proto__' || name === 'xmlns:xml' || Object.prototype.hasOwnProperty.call(out, name)) throw notPlain;
    const value = xml.substring(k + 2, close);
    out[name] = value.indexOf('&') < 0 ? value : unescapeXml(value);
    i = close + 1;
  }
  return out;
}
