import { LianfangError } from '../../../core/errors';
import { MAX_XML_DEPTH } from './limits';

/** Encodings a part may declare besides UTF-8 (some Chinese tools write GBK); anything else is refused. */
const OTHER_ENCODINGS = new Set(['gbk', 'gb2312', 'gb18030', 'utf-16', 'utf-16le', 'utf-16be', 'big5']);

/**
 * Decodes one XML part, refusing bytes that are not valid in their encoding (a parser would guess,
 * silently). UTF-16 (by BOM) and a declared GBK/GB18030/Big5 are decoded too; `reencode` tells the
 * caller the part must be written back as UTF-8 (with its declaration fixed) before ExcelJS sees it.
 */
export function decodeXml(data: Uint8Array, file: string, part: string): { xml: string; reencode: boolean } {
  let encoding = 'utf-8';
  if (data[0] === 0xff && data[1] === 0xfe) encoding = 'utf-16le';
  else if (data[0] === 0xfe && data[1] === 0xff) encoding = 'utf-16be';
  else {
    const decl = /^(?:\xef\xbb\xbf)?<\?xml[^>]*?encoding\s*=\s*["']([\w-]+)["']/i.exec(declaration(data));
    const declared = decl?.[1].toLowerCase();
    if (declared && declared !== 'utf-8' && declared !== 'utf8') {
      if (!OTHER_ENCODINGS.has(declared)) throw new LianfangError('corrupt', { file, kind: 'invalid_utf8', part });
      encoding = declared === 'utf-16' ? 'utf-16le' : declared;
    }
  }
  try {
    const xml = decoderFor(encoding).decode(data);
    if (encoding === 'utf-8') return { xml, reencode: false };
    return { xml: xml.replace(/^\ufeff?(<\?xml[^>]*?encoding\s*=\s*["'])[\w-]+/i, '$1UTF-8'), reencode: true };
  } catch {
    throw new LianfangError('corrupt', { file, kind: 'invalid_utf8', part });
  }
}

/**
 * The bytes the declaration regex can match, as Latin-1 text: the first 200, cut after the first '>' (the match
 * cannot reach past it), so the common part costs a string of its ~55-byte declaration.
 */
function declaration(data: Uint8Array): string {
  const head = data.subarray(0, 200);
  const gt = head.indexOf(0x3e);
  const end = gt < 0 ? head.length : gt + 1;
  let text = '';
  for (let i = 0; i < end; i++) text += String.fromCharCode(head[i]);
  return text;
}

/** One strict decoder per encoding, reused: decode() without { stream } keeps no state between parts. */
const decoders = new Map<string, TextDecoder>();
function decoderFor(encoding: string): TextDecoder {
  let decoder = decoders.get(encoding);
  if (!decoder) decoders.set(encoding, (decoder = new TextDecoder(encoding, { fatal: true })));
  return decoder;
}

/**
 * Scans an XML part without building it: refuses any DTD or entity declaration (billion laughs,
 * XXE) and nesting deeper than MAX_XML_DEPTH (a stack-exhausting parse). Linear in the text.
 */
export function checkXml(text: string, file: string, part: string): void {
  let depth = 0;
  let i = text.indexOf('<');
  while (i >= 0 && i < text.length) {
    const next = text.charCodeAt(i + 1);
    let close: number;
    if (next === 0x21 /* ! */) {
      if (text.startsWith('<!--', i)) close = find(text, '-->', i, file, part) + 2;
      else if (text.startsWith('<![CDATA[', i)) close = find(text, ']]>', i, file, part) + 2;
      else throw new LianfangError('unsafe_content', { file, part });
    } else if (next === 0x3f /* ? */) {
      close = find(text, '?>', i, file, part) + 1;
    } else if (next === 0x2f /* / */) {
      close = find(text, '>', i, file, part);
      depth--;
    } else {
      close = tagEnd(text, i, file, part);
      if (text.charCodeAt(close - 1) !== 0x2f) {
        depth++;
        if (depth > MAX_XML_DEPTH)
          throw new LianfangError('too_large', {
            file,
            what: 'depth',
            part,
            limit: MAX_XML_DEPTH,
            actual: `>${MAX_XML_DEPTH}`,
          });
      }
    }
    i = text.indexOf('<', close + 1);
  }
}

function find(text: string, needle: string, from: number, file: string, part: string): number {
  const at = text.indexOf(needle, from);
  if (at < 0) throw new LianfangError('corrupt', { file, kind: 'bad_xml', part });
  return at;
}

/** The '>' ending a start tag, skipping quoted attribute values (which may contain '>'). */
function tagEnd(text: string, from: number, file: string, part: string): number {
  let quote = 0;
  for (let j = from + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 0x22 || c === 0x27) quote = c;
    else if (c === 0x3e) return j;
  }
  throw new LianfangError('corrupt', { file, kind: 'bad_xml', part });
}

/** Reads XML attributes of one start tag into a null-prototype record (no name can reach a prototype). */
export function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = Object.create(null);
  const re = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  for (let m = re.exec(tag); m; m = re.exec(tag)) out[m[1]] = unescapeXml(m[2] ?? m[3] ?? '');
  return out;
}

/**
 * XML's five named entities and numeric references decoded; anything else after '&' stays as written. A loop over
 * the '&'s rather than a regex replace: text with entities is common (&apos; in every defined name).
 */
export function unescapeXml(s: string): string {
  let amp = s.indexOf('&');
  if (amp < 0) return s;
  let out = '';
  let from = 0;
  while (amp >= 0) {
    const semi = s.indexOf(';', amp + 1);
    if (semi < 0) break; // no entity can end
    const decoded = entity(s, amp + 1, semi);
    if (decoded === undefined) {
      amp = s.indexOf('&', amp + 1);
      continue;
    }
    out += s.substring(from, amp) + decoded;
    from = semi + 1;
    amp = s.indexOf('&', from);
  }
  return out + s.substring(from);
}

/** The text of the entity s[from, to) (between '&' and ';'), undefined when it is none of XML's. */
function entity(s: string, from: number, to: number): string | undefined {
  switch (s.substring(from, to)) {
    case 'lt':
      return '<';
    case 'gt':
      return '>';
    case 'amp':
      return '&';
    case 'quot':
      return '"';
    case 'apos':
      return "'";
  }
  if (s.charCodeAt(from) !== 35 /* # */) return undefined;
  const hex = s.charCodeAt(from + 1) === 120; /* x */
  const digits = from + (hex ? 2 : 1);
  if (digits === to) return undefined;
  for (let i = digits; i < to; i++) {
    const w = s.charCodeAt(i);
    const ok = (w > 47 && w < 58) || (hex && ((w > 64 && w < 71) || (w > 96 && w < 103)));
    if (!ok) return undefined;
  }
  const n = parseInt(s.substring(digits, to), hex ? 16 : 10);
  return n <= 0x10ffff ? String.fromCodePoint(n) : '';
}

export const escapeXml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
