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
    const decl = /^(?:\xef\xbb\xbf)?<\?xml[^>]*?encoding\s*=\s*["']([\w-]+)["']/i.exec(
      String.fromCharCode(...data.subarray(0, 200)),
    );
    const declared = decl?.[1].toLowerCase();
    if (declared && declared !== 'utf-8' && declared !== 'utf8') {
      if (!OTHER_ENCODINGS.has(declared)) throw new LianfangError('corrupt', { file, kind: 'invalid_utf8', part });
      encoding = declared === 'utf-16' ? 'utf-16le' : declared;
    }
  }
  try {
    const xml = new TextDecoder(encoding, { fatal: true }).decode(data);
    if (encoding === 'utf-8') return { xml, reencode: false };
    return { xml: xml.replace(/^\ufeff?(<\?xml[^>]*?encoding\s*=\s*["'])[\w-]+/i, '$1UTF-8'), reencode: true };
  } catch {
    throw new LianfangError('corrupt', { file, kind: 'invalid_utf8', part });
  }
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

export const unescapeXml = (s: string): string =>
  s.replace(/&(lt|gt|amp|quot|apos|#x[0-9a-fA-F]+|#\d+);/g, (_, e: string) => {
    if (e === 'lt') return '<';
    if (e === 'gt') return '>';
    if (e === 'amp') return '&';
    if (e === 'quot') return '"';
    if (e === 'apos') return "'";
    const n = e.startsWith('#x') ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return n <= 0x10ffff ? String.fromCodePoint(n) : '';
  });

export const escapeXml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
