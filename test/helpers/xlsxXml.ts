import { strFromU8, unzipSync } from 'fflate';

/** One XML element as the strictness checker needs it: local name, attributes, children, direct text. */
export interface El {
  name: string;
  prefix: string;
  attrs: Record<string, string>;
  children: El[];
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s: string) =>
  s.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (m, e: string) =>
    e[0] === '#'
      ? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1)))
      : (ENTITIES[e] ?? m),
  );

const TOKEN =
  /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<(\/?)([^\s/>]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)|(<)/g;
const ATTR = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/**
 * A small, strict XML reader for the parts lianfang writes: it refuses unbalanced or stray markup (what Excel
 * reports as a corrupt part) rather than guessing. Not a general parser: no DTDs (we never write one).
 */
export function parseXml(xml: string, part: string): El {
  const root: El = { name: '#root', prefix: '', attrs: {}, children: [], text: '' };
  const stack: El[] = [root];
  for (const m of xml.matchAll(TOKEN)) {
    const top = stack[stack.length - 1];
    if (m[7]) throw new Error(`${part}: stray "<" at ${m.index}`);
    if (m[1] !== undefined) top.text += m[1];
    else if (m[6] !== undefined) {
      if (stack.length === 1 && m[6].trim()) throw new Error(`${part}: text outside the root element`);
      top.text += decode(m[6]);
    } else if (m[3]) {
      const [prefix, name] = m[3].includes(':') ? m[3].split(':', 2) : ['', m[3]];
      if (m[2]) {
        if (top.name !== name || top.prefix !== prefix)
          throw new Error(`${part}: </${m[3]}> closes <${top.prefix ? `${top.prefix}:` : ''}${top.name}>`);
        stack.pop();
        continue;
      }
      const attrs: Record<string, string> = {};
      for (const a of (m[4] ?? '').matchAll(ATTR)) {
        if (a[1] in attrs) throw new Error(`${part}: <${m[3]}> repeats attribute ${a[1]}`);
        attrs[a[1]] = decode(a[2] ?? a[3] ?? '');
      }
      const el: El = { name, prefix, attrs, children: [], text: '' };
      top.children.push(el);
      if (!m[5]) stack.push(el);
    }
  }
  if (stack.length !== 1) throw new Error(`${part}: <${stack[stack.length - 1].name}> is never closed`);
  if (root.children.length !== 1) throw new Error(`${part}: ${root.children.length} root elements`);
  return root.children[0];
}

export const kids = (el: El | undefined, name: string): El[] => el?.children.filter((c) => c.name === name) ?? [];
export const kid = (el: El | undefined, name: string): El | undefined => kids(el, name)[0];

/** The parts of an .xlsx package, XML ones decoded. */
export function unzipXlsx(bytes: Uint8Array): Map<string, Uint8Array> {
  return new Map(Object.entries(unzipSync(bytes)));
}

export const textOf = (parts: Map<string, Uint8Array>, name: string): string | undefined => {
  const b = parts.get(name);
  return b ? strFromU8(b) : undefined;
};

/** Resolves a relationship target against the folder of the part that owns it. */
export function resolvePart(owner: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const out = owner.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') out.pop();
    else if (seg !== '.') out.push(seg);
  }
  return out.join('/');
}

/** The rels part of a part: xl/worksheets/sheet1.xml → xl/worksheets/_rels/sheet1.xml.rels. */
export const relsPartOf = (part: string) => {
  const i = part.lastIndexOf('/');
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
};

/** Elements that may repeat in place (every other one appears at most once). */
const REPEATABLE = new Set(['cols', 'conditionalFormatting']);

/** Children in schema order, each non-repeatable one at most once; unknown children named. */
export function orderProblems(el: El, order: string[], where: string): string[] {
  const out: string[] = [];
  let last = -1;
  for (const c of el.children) {
    if (c.prefix && c.prefix !== 'x') continue; // mc:AlternateContent and other extensions sit outside the sequence
    const i = order.indexOf(c.name);
    if (i < 0) out.push(`${where}: <${c.name}> is not a child of <${el.name}>`);
    else if (i < last) out.push(`${where}: <${c.name}> comes after <${order[last]}> (schema order)`);
    else if (i === last && !REPEATABLE.has(c.name)) out.push(`${where}: <${c.name}> appears twice`);
    if (i >= 0) last = Math.max(last, i);
  }
  return out;
}
