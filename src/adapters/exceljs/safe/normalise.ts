import { attributes, escapeXml } from './xml';

/**
 * ExcelJS 4.4 finds parts by fixed names (xl/worksheets/sheetN.xml, xl/commentsN.xml,
 * xl/drawings/vmlDrawingN.vml) and reads relationship targets literally. Files from other tools
 * (openpyxl, WPS, LibreOffice) name them differently or use absolute targets: comments are then
 * lost silently and drawings throw raw TypeErrors. This moves such parts to the names ExcelJS
 * expects and drops drawings it cannot parse (their charts are reported as lost on save).
 */
export interface Normalised {
  /** Parts to rename: old name → new name. */
  moves: Map<string, string>;
  /** Parts to remove. */
  drops: Set<string>;
  /** Edited XML by (old) part name. */
  edits: Map<string, string>;
  lost: Set<string>;
}

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';

export function normaliseForExcelJS(
  parts: Map<string, unknown>,
  text: Map<string, string>,
  sheetParts: string[],
  workbookRels: { xml: string; byTarget: Map<string, string> },
): Normalised {
  const out: Normalised = { moves: new Map(), drops: new Set(), edits: new Map(), lost: new Set() };
  const used = new Set([...parts.keys()].map((p) => p.toLowerCase()));
  const fresh = (make: (n: number) => string) => {
    for (let n = 1; ; n++) {
      const name = make(n);
      if (!used.has(name.toLowerCase())) {
        used.add(name.toLowerCase());
        return name;
      }
    }
  };

  let wbRels = workbookRels.xml;
  for (const part of sheetParts) {
    let sheetPart = part;
    if (!/^xl\/worksheets\/sheet\d+\.xml$/.test(part)) {
      sheetPart = fresh((n) => `xl/worksheets/sheet${n}.xml`);
      out.moves.set(part, sheetPart);
      wbRels = retarget(wbRels, workbookRels.byTarget.get(part), `worksheets/${sheetPart.split('/').pop()}`);
    }
    const relsPart = relsOf(part);
    const rels = text.get(relsPart);
    if (rels === undefined) continue;
    if (sheetPart !== part) out.moves.set(relsPart, relsOf(sheetPart));
    let newRels = rels;
    let sheetXml = text.get(part) ?? '';
    for (const m of rels.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
      const a = attributes(m[0]);
      if (a.TargetMode === 'External' || !a.Target || !a.Id) continue;
      const target = resolve(dirOf(part), a.Target);
      const type = (a.Type ?? '').replace(REL, '');
      let wanted: string | undefined;
      if (type === 'comments') {
        // ExcelJS reads comment text only from rich-text runs (<r><t>); a plain <text><t> reads as empty.
        const xml = text.get(target);
        const runs = xml?.replace(
          /<((?:\w+:)?)text>\s*(<\1t\b[^>]*>[\s\S]*?<\/\1t>)\s*<\/\1text>/g,
          '<$1text><$1r>$2</$1r></$1text>',
        );
        if (runs !== undefined && runs !== xml) out.edits.set(target, runs);
        if (!/^xl\/comments\d+\.xml$/.test(target)) wanted = fresh((n) => `xl/comments${n}.xml`);
      } else if (type === 'vmlDrawing' && !/^xl\/drawings\/vmlDrawing\d+\.vml$/.test(target))
        wanted = fresh((n) => `xl/drawings/vmlDrawing${n}.vml`);
      else if (type === 'drawing') {
        const drawing = text.get(target) ?? '';
        if (!/^(<\?[^>]*\?>\s*)?<xdr:wsDr\b/.test(drawing.trimStart())) {
          // Not in the shape ExcelJS parses: keep the sheet, drop the drawing (reported as lost).
          out.lost.add(/<(\w+:)?pic\b/.test(drawing) ? 'images' : 'charts');
          out.drops.add(target);
          out.drops.add(relsOf(target));
          newRels = newRels.replace(m[0], '');
          sheetXml = sheetXml.replace(new RegExp(`<(\\w+:)?drawing\\b[^>]*?"${escapeRe(a.Id)}"[^>]*/>`), '');
          continue;
        }
        if (!/^xl\/drawings\/[a-zA-Z0-9]+\.xml$/.test(target)) {
          wanted = fresh((n) => `xl/drawings/drawing${n}.xml`);
          out.moves.set(relsOf(target), relsOf(wanted));
        }
      }
      const finalPart = wanted ?? target;
      if (wanted) out.moves.set(target, wanted);
      // ExcelJS looks parts up by the literal relative target it would have written.
      const relative = `../${finalPart.slice(3)}`;
      if (a.Target !== relative) newRels = newRels.replace(m[0], retargetTag(m[0], relative));
    }
    if (newRels !== rels) out.edits.set(relsPart, newRels);
    if (sheetXml !== (text.get(part) ?? '')) out.edits.set(part, sheetXml);
  }
  if (wbRels !== workbookRels.xml) out.edits.set('xl/_rels/workbook.xml.rels', wbRels);
  return out;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
export const relsOf = (part: string) => `${dirOf(part)}_rels/${part.split('/').pop()}.rels`;
const dirOf = (part: string) => part.slice(0, part.lastIndexOf('/') + 1);
const retargetTag = (tag: string, target: string) =>
  tag.replace(/(\sTarget\s*=\s*)("[^"]*"|'[^']*')/, `$1"${escapeXml(target)}"`);

function retarget(xml: string, id: string | undefined, target: string): string {
  if (!id) return xml;
  return xml.replace(/<(?:\w+:)?Relationship\b[^>]*>/g, (tag) =>
    attributes(tag).Id === id ? retargetTag(tag, target) : tag,
  );
}

export function resolve(base: string, target: string): string {
  const segments = (target.startsWith('/') ? target.slice(1) : base + target).split('/');
  const out: string[] = [];
  for (const s of segments) {
    if (s === '..') out.pop();
    else if (s !== '.' && s !== '') out.push(s);
  }
  return out.join('/');
}

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const PREFIXED_ROOT = /^\s*(?:<\?xml[^>]*\?>\s*)?<(\w+):\w+\b([^>]*)>/;

/**
 * Files from the OpenXML SDK and some .NET tools write SpreadsheetML with a prefix
 * (<x:workbook xmlns:x="…/main">); ExcelJS matches bare tag names and then fails with
 * "Cannot read properties of undefined (reading 'sheets')". Rewrites such a part to the default
 * namespace when that is unambiguous (the root declares no default namespace of its own).
 */
export function unprefixSpreadsheetML(xml: string): string {
  const m = PREFIXED_ROOT.exec(xml);
  if (!m) return xml;
  const [, prefix, attrs] = m;
  if (/\sxmlns\s*=/.test(attrs)) return xml;
  const decl = new RegExp(`\\sxmlns:${prefix}\\s*=\\s*["']([^"']*)["']`).exec(attrs);
  if (!decl || decl[1] !== MAIN_NS) return xml;
  return xml
    .replace(new RegExp(`<(/?)${prefix}:`, 'g'), '<$1')
    .replace(new RegExp(`(\\s)xmlns:${prefix}(\\s*=)`), '$1xmlns$2');
}
