import { zipSync } from 'fflate';
import { LianfangError, type Params } from '../../../core/errors';
import { MAX_SHEETS } from './limits';
import { detectLostOnSave } from './lostOnSave';
import { normaliseForExcelJS, resolve, unprefixSpreadsheetML } from './normalise';
import { mergeBudget, planDefinedNames, renameSheets, validationBudget } from './plan';
import { MAX_COL, MAX_ROW } from './ranges';
import { sniffFormat } from './sniff';
import { attributes, checkXml, decodeXml, escapeXml, unescapeXml } from './xml';
import { readZip } from './zip';

/** Something changed or at risk in a file that still reads: a stable code and the facts for its message. */
export interface ReadWarning {
  code: string;
  params: Params;
}

export interface PreparedWorkbook {
  /** The workbook re-zipped with hostile names renamed and oversized ranges neutralised: safe for ExcelJS. */
  bytes: Uint8Array;
  warnings: ReadWarning[];
  /** Sheet names in workbook order, after renaming. */
  sheets: string[];
}

const XML_PART = /\.(xml|rels|vml)$/i;
const encoder = new TextEncoder();

/**
 * Every check that must pass before ExcelJS sees a file nobody vouches for (see limits.ts), and the
 * rewrites that make the rest safe to parse. Throws LianfangError; never returns a half-checked file.
 */
export function prepareWorkbook(input: Uint8Array, file: string): PreparedWorkbook {
  sniffFormat(input, file);
  const parts = readZip(input, file);
  const text = new Map<string, string>();
  const reencoded = new Set<string>();
  for (const [name, data] of parts) {
    if (!XML_PART.test(name)) continue;
    const decoded = decodeXml(data, file, name);
    checkXml(decoded.xml, file, name);
    const xml = name.startsWith('xl/') ? unprefixSpreadsheetML(decoded.xml) : decoded.xml;
    text.set(name, xml);
    if (decoded.reencode || xml !== decoded.xml) reencoded.add(name);
  }
  const mimetype = parts.get('mimetype');
  if (mimetype && new TextDecoder().decode(mimetype.subarray(0, 100)).includes('opendocument'))
    throw new LianfangError('not_xlsx', { file, kind: 'ods' });
  const missing = (part: string) => new LianfangError('corrupt', { file, kind: 'missing_part', part });
  if (!parts.has('[Content_Types].xml')) throw missing('[Content_Types].xml');
  const workbookXml = text.get('xl/workbook.xml');
  if (workbookXml === undefined) throw missing('xl/workbook.xml');
  const relsXml = text.get('xl/_rels/workbook.xml.rels');
  if (relsXml === undefined) throw missing('xl/_rels/workbook.xml.rels');

  const warnings: ReadWarning[] = [];
  const edited = new Map<string, string>();
  for (const name of reencoded) edited.set(name, text.get(name)!);
  const rels = relationships(relsXml);
  checkRelationshipTargets(parts, text, file);

  // Sheets: count, parts present, hostile names renamed, ids kept small.
  const sheetTags = [...workbookXml.matchAll(/<(?:\w+:)?sheet\s[^>]*>/g)].map((m) => m[0]);
  if (sheetTags.length > MAX_SHEETS)
    throw new LianfangError('too_many_sheets', { file, count: sheetTags.length, limit: MAX_SHEETS });
  const renamedSheets = renameSheets(
    sheetTags.map((t) => attributes(t).name ?? ''),
    file,
    warnings,
  );
  const sheetParts: Array<{ name: string; part: string }> = [];
  let wb = workbookXml;
  let nextId = 1;
  const ids = sheetTags.map((t) => Number(attributes(t).sheetId));
  const renumber = new Set(ids).size !== ids.length || ids.some((id) => !Number.isInteger(id) || id < 1 || id > 65535);
  for (const tag of sheetTags) {
    const a = attributes(tag);
    const rid = a['r:id'] ?? Object.entries(a).find(([k]) => k.endsWith(':id'))?.[1];
    const target = rid ? rels.get(rid) : undefined;
    if (!target) throw missing(`xl/_rels/workbook.xml.rels → ${a.name ?? '?'}`);
    if (!parts.has(target)) throw missing(target);
    let name = a.name ?? '';
    let newTag = tag;
    const renamed = renamedSheets.get(name);
    if (renamed !== undefined) {
      newTag = newTag.replace(/(\sname\s*=\s*)("[^"]*"|'[^']*')/, `$1"${escapeXml(renamed)}"`);
      name = renamed;
    }
    if (renumber) newTag = newTag.replace(/(\ssheetId\s*=\s*)("[^"]*"|'[^']*')/, `$1"${nextId++}"`);
    if (newTag !== tag) wb = wb.replace(tag, newTag);
    sheetParts.push({ name, part: target });
  }

  // Defined names: hostile names renamed, references to renamed sheets followed, huge ranges dropped.
  const definedNames = [...wb.matchAll(/<((?:\w+:)?)definedName\b([^>]*)>([\s\S]*?)<\/\1definedName>/g)];
  const lostNameFormulas: string[] = [];
  const plans = planDefinedNames(
    definedNames.map((m) => ({ name: attributes(m[2]).name ?? '', formula: unescapeXml(m[3]) })),
    renamedSheets,
    file,
    warnings,
    lostNameFormulas,
  );
  definedNames.forEach((m, i) => {
    const { name, formula, keep } = plans[i];
    const attrs =
      name === (attributes(m[2]).name ?? '')
        ? m[2]
        : m[2].replace(/(\sname\s*=\s*)("[^"]*"|'[^']*')/, `$1"${escapeXml(name)}"`);
    const element = keep ? `<${m[1]}definedName${attrs}>${escapeXml(formula)}</${m[1]}definedName>` : '';
    if (element !== m[0]) wb = wb.replace(m[0], element);
  });
  if (wb !== workbookXml) edited.set('xl/workbook.xml', wb);

  // Worksheets: whole-sheet merges dropped, huge validation ranges clipped (ExcelJS materialises each cell).
  for (const { name, part } of sheetParts) {
    const xml = text.get(part);
    if (xml === undefined) continue; // not XML text: the missing-part check above already failed it
    const fixed = neutraliseSheet(xml, file, name, part, warnings);
    if (fixed !== xml) {
      edited.set(part, fixed);
      text.set(part, fixed);
    }
  }

  const byTarget = new Map([...rels].map(([id, target]) => [target, id]));
  const norm = normaliseForExcelJS(
    parts,
    text,
    sheetParts.map((s) => s.part),
    { xml: relsXml, byTarget },
  );
  for (const [k, v] of norm.edits) edited.set(k, v);

  const lost = new Set([...detectLostOnSave(parts, text, lostNameFormulas.length > 0), ...norm.lost]);
  if (lost.size) warnings.push({ code: 'lost_on_save', params: { file, items: [...lost].join(',') } });

  const out: Record<string, Uint8Array> = {};
  for (const [name, data] of parts) {
    if (norm.drops.has(name)) continue;
    out[norm.moves.get(name) ?? name] = edited.has(name) ? encoder.encode(edited.get(name)) : data;
  }
  return {
    bytes: zipSync(out, { level: 0 }),
    warnings,
    sheets: sheetParts.map((s) => s.name),
  };
}

function neutraliseSheet(xml: string, file: string, sheet: string, part: string, warnings: ReadWarning[]): string {
  // Rows past Excel's last row make ExcelJS walk an array billions long; a person cannot have typed them.
  const rowRef = /<(?:\w+:)?(?:row\b[^>]*?\sr\s*=\s*["']|c\b[^>]*?\sr\s*=\s*["']\$?[A-Za-z]{1,3}\$?)(\d+)["']/g;
  for (const m of xml.matchAll(rowRef))
    if (Number(m[1]) > MAX_ROW || Number(m[1]) < 1)
      throw new LianfangError('corrupt', { file, kind: 'out_of_range', part, sheet, cell: m[1] });
  // Budgets are per sheet: a thousand merges just under the limit must not add up to a bomb.
  const keepMerge = mergeBudget(file, sheet, warnings);
  const clipValidation = validationBudget(file, sheet, warnings);
  // Column ranges are clamped to Excel's 16,384 columns: ExcelJS builds one object per column.
  let out = xml.replace(/<(?:\w+:)?col\b[^>]*>/g, (tag) => {
    const a = attributes(tag);
    const min = Number(a.min);
    const max = Number(a.max);
    if (!(min > MAX_COL) && !(max > MAX_COL)) return tag;
    if (min > MAX_COL) return '';
    return tag.replace(/(\smax\s*=\s*)("[^"]*"|'[^']*')/, `$1"${MAX_COL}"`);
  });
  out = out.replace(/<(?:\w+:)?mergeCell\b[^>]*?\/>/g, (tag) => (keepMerge(attributes(tag).ref ?? '') ? tag : ''));
  out = out.replace(
    /<((?:\w+:)?)dataValidation\b([^>]*?)(\/>|>[\s\S]*?<\/\1dataValidation>)/g,
    (whole, _p, attrs: string) => {
      const clipped = clipValidation(attributes(attrs).sqref ?? '');
      if (clipped === undefined) return whole;
      // Nothing left within the budget: drop the rule rather than move it onto other cells.
      return clipped ? whole.replace(/(\ssqref\s*=\s*)("[^"]*"|'[^']*')/, `$1"${clipped}"`) : '';
    },
  );
  return out;
}

/** Parts ExcelJS reads through relationships: when absent it loads the rest silently or throws a TypeError. */
const NEEDED = /\/(worksheet|sharedStrings|styles|comments|vmlDrawing|drawing|table)$/;

function checkRelationshipTargets(parts: Map<string, Uint8Array>, text: Map<string, string>, file: string): void {
  for (const [relsPart, xml] of text) {
    const m = /^(.*?)_rels\/[^/]+\.rels$/.exec(relsPart);
    if (!m || (relsPart !== 'xl/_rels/workbook.xml.rels' && !relsPart.startsWith('xl/worksheets/'))) continue;
    for (const tag of xml.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
      const a = attributes(tag[0]);
      if (a.TargetMode === 'External' || !a.Target || !NEEDED.test(a.Type ?? '')) continue;
      const target = resolve(m[1], a.Target);
      if (!parts.has(target)) throw new LianfangError('corrupt', { file, kind: 'missing_part', part: target });
    }
  }
}

/** Relationship id → zip part name, resolved against xl/. */
function relationships(xml: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const m of xml.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const a = attributes(m[0]);
    if (!a.Id || !a.Target || a.TargetMode === 'External') continue;
    map.set(a.Id, resolve('xl/', a.Target));
  }
  return map;
}
