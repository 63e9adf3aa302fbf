import { Parser } from 'saxen';
import { LianfangError } from '../../core/errors';
import { MAX_XML_DEPTH } from '../exceljs/safe/limits';
import { unescapeXml } from '../exceljs/safe/xml';

/**
 * One pass of saxen (chosen by measurement: docs/streaming-reader.md) over a part, with the safety rules of
 * every read: no DTD or entity declaration (billion laughs, XXE) — refused, never expanded; no nesting past
 * MAX_XML_DEPTH; malformed XML is `corrupt`. Element names come without the SpreadsheetML prefix some .NET tools
 * write (<x:c> is <c>); other prefixes stay (x14:…, mc:…).
 */
export interface XmlHandler {
  open(name: string, attrs: () => Attributes, selfClosing: boolean): void;
  close?(name: string): void;
  /** Text with entities decoded (CDATA too). */
  text?(text: string): void;
}

export type Attributes = Record<string, string | undefined>;

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** Entity-decoded text; the common case (no '&') costs one indexOf. */
export const decodeText = (s: string): string => (s.indexOf('&') < 0 ? s : unescapeXml(s));

export function scanXml(xml: string, file: string, part: string, handler: XmlHandler): void {
  const corrupt = (detail?: string) => new LianfangError('corrupt', { file, kind: 'bad_xml', part, detail });
  let failure: LianfangError | undefined;
  let depth = 0;
  let prefix: string | null | undefined; // the root's SpreadsheetML prefix ('x:'), null when there is none
  const parser = new Parser({ proxy: false });
  const fail = (e: unknown) => {
    failure ??= e instanceof LianfangError ? e : corrupt(e instanceof Error ? e.message : String(e));
    parser.stop();
  };
  parser.on('attention', () => fail(new LianfangError('unsafe_content', { file, part })));
  parser.on('error', (e) => fail(corrupt(e.message)));
  parser.on('warn', (e) => fail(corrupt(e.message)));
  // One attributes reader for the whole part (no closure per element): it reads the element being opened.
  let getAttrs: () => Record<string, string> | false = () => false;
  const attrs = (): Attributes => {
    const a = getAttrs();
    if (!a) throw corrupt('attributes');
    for (const k in a) if (a[k].indexOf('&') >= 0) a[k] = unescapeXml(a[k]);
    return a;
  };
  parser.on('openTag', (raw, elementAttrs, _decode, selfClosing) => {
    getAttrs = elementAttrs;
    try {
      if (prefix === undefined) prefix = rootPrefix(raw, attrs);
      const name = prefix && raw.startsWith(prefix) ? raw.slice(prefix.length) : raw;
      if (!selfClosing && ++depth > MAX_XML_DEPTH)
        throw new LianfangError('too_large', {
          file,
          what: 'depth',
          part,
          limit: MAX_XML_DEPTH,
          actual: `>${MAX_XML_DEPTH}`,
        });
      handler.open(name, attrs, selfClosing);
      if (selfClosing) handler.close?.(name);
    } catch (e) {
      fail(e);
    }
  });
  parser.on('closeTag', (raw, _decode, selfClosing) => {
    if (selfClosing) return; // closed in openTag, right after opening
    depth--;
    try {
      handler.close?.(prefix && raw.startsWith(prefix) ? raw.slice(prefix.length) : raw);
    } catch (e) {
      fail(e);
    }
  });
  if (handler.text) {
    const text = handler.text;
    parser.on('text', (s) => {
      try {
        text(decodeText(s));
      } catch (e) {
        fail(e);
      }
    });
    parser.on('cdata', (s) => {
      try {
        text(s);
      } catch (e) {
        fail(e);
      }
    });
  }
  const error = parser.parse(xml);
  if (failure) throw failure;
  if (error) throw corrupt(error.message);
}

/** 'x:' when the root is <x:workbook xmlns:x="…/main"> with no default namespace of its own, else null. */
function rootPrefix(raw: string, attrs: () => Attributes): string | null {
  const colon = raw.indexOf(':');
  if (colon < 0) return null;
  const a = attrs();
  const p = raw.slice(0, colon);
  return a.xmlns === undefined && a[`xmlns:${p}`] === MAIN_NS ? `${p}:` : null;
}

/** A relationship id attribute (r:id, whatever the prefix is called). */
export function relId(a: Attributes): string | undefined {
  if (a['r:id'] !== undefined) return a['r:id'];
  for (const k in a) if (k.endsWith(':id')) return a[k];
  return undefined;
}
