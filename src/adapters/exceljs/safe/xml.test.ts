import fc from 'fast-check';
import { isLianfangError } from '../../../core/errors';
import { MAX_XML_DEPTH } from './limits';
import { attributes, checkXml, escapeXml, unescapeXml } from './xml';

const outcome = (s: string) => {
  try {
    checkXml(s, 'f.xlsx', 'p.xml');
    return 'ok';
  } catch (e) {
    if (!isLianfangError(e)) throw e;
    return e.code;
  }
};

test('any text gives ok or a LianfangError, never a crash', () => {
  fc.assert(
    fc.property(
      fc.string({ unit: fc.constantFrom('<', '>', '/', '!', '?', '"', "'", 'a', '-', '[', ' ') }),
      (s) => void outcome(s),
    ),
  );
});

test('a DTD anywhere outside comments and CDATA is refused', () => {
  fc.assert(
    fc.property(
      fc.string({ unit: fc.constantFrom('a', ' ', 'b') }),
      fc.constantFrom('<!DOCTYPE x>', '<!ENTITY e "x">'),
      (pad, dtd) => {
        expect(outcome(`<?xml version="1.0"?>${pad}${dtd}<r/>`)).toBe('unsafe_content');
        expect(outcome(`<r><!-- ${dtd.slice(2)} --><![CDATA[${dtd}]]></r>`)).toBe('ok');
      },
    ),
  );
});

test('nesting up to the limit passes and one deeper is refused', () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: MAX_XML_DEPTH + 20 }), (n) => {
      const xml = `${'<a x=">">'.repeat(n)}<b/>${'</a>'.repeat(n)}`;
      expect(outcome(xml)).toBe(n <= MAX_XML_DEPTH ? 'ok' : 'too_large');
    }),
  );
});

test('attributes land in a null-prototype record: __proto__ is just a key', () => {
  const a = attributes('<definedName name="__proto__" constructor="x" __proto__="y">');
  expect(Object.getPrototypeOf(a)).toBeNull();
  expect(a.name).toBe('__proto__');
  expect(a.__proto__).toBe('y');
  expect(({} as Record<string, unknown>).y).toBeUndefined();
});

test('escaping then unescaping XML text gives back the text', () => {
  fc.assert(fc.property(fc.string(), (s) => expect(unescapeXml(escapeXml(s))).toBe(s)));
});

test('entities decode as XML defines them: the five names and numeric references, anything else left as written', () => {
  // XML's rule written as one regex (what unescapeXml did before it became a loop).
  const byRule = (s: string) =>
    s.replace(/&(lt|gt|amp|quot|apos|#x[0-9a-fA-F]+|#\d+);/g, (_, e: string) => {
      const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
      if (e in named) return named[e];
      const n = e.startsWith('#x') ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return n <= 0x10ffff ? String.fromCodePoint(n) : '';
    });
  const piece = fc.constantFrom(
    '&',
    ';',
    'lt',
    'amp',
    'apos',
    'quot',
    'gt',
    '#',
    'x',
    'X',
    '4',
    'F',
    'g',
    '99999999',
    ' ',
    '岗',
  );
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 10 }), (pieces) => {
      const s = pieces.join('');
      expect(unescapeXml(s)).toBe(byRule(s));
    }),
    { numRuns: 3000 },
  );
  expect(unescapeXml('&apos;B1 李建军&apos;!$A$2 &bogus; &#x1F600; &#65;&amp;lt;')).toBe(
    "'B1 李建军'!$A$2 &bogus; 😀 A&lt;",
  );
});
