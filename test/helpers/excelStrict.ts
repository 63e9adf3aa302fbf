import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseRange, type RangeBox } from '../../src/core/a1';
import { checkStyles } from './excelStrictStyles';
import { type El, kid, kids, orderProblems, parseXml, relsPartOf, resolvePart, textOf, unzipXlsx } from './xlsxXml';

export { orderProblems };

/**
 * What Excel checks when it opens a workbook and our fakes, LibreOffice and openpyxl do not: Excel offers to
 * "repair" (and drops parts of) a file that breaks these. Element order comes from the ECMA-376 schema
 * (sml.xsd, CT_Worksheet / CT_Workbook / CT_Stylesheet sequences); the limits are Excel's documented ones.
 *
 * `excelProblems(bytes)` returns one line per problem, [] when the file is clean; tests call
 * `expect(excelProblems(bytes)).toEqual([])` so a failure lists every problem at once.
 */
export const WORKSHEET_ORDER = [
  'sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'sheetCalcPr', 'sheetProtection',
  'protectedRanges', 'scenarios', 'autoFilter', 'sortState', 'dataConsolidate', 'customSheetViews', 'mergeCells',
  'phoneticPr', 'conditionalFormatting', 'dataValidations', 'hyperlinks', 'printOptions', 'pageMargins',
  'pageSetup', 'headerFooter', 'rowBreaks', 'colBreaks', 'customProperties', 'cellWatches', 'ignoredErrors',
  'smartTags', 'drawing', 'legacyDrawing', 'legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls',
  'webPublishItems', 'tableParts', 'extLst',
]; // prettier-ignore
export const WORKBOOK_ORDER = [
  'fileVersion', 'fileSharing', 'workbookPr', 'workbookProtection', 'bookViews', 'sheets', 'functionGroups',
  'externalReferences', 'definedNames', 'calcPr', 'oleSize', 'customWorkbookViews', 'pivotCaches', 'smartTagPr',
  'smartTagTypes', 'webPublishing', 'fileRecoveryPr', 'webPublishObjects', 'extLst',
]; // prettier-ignore
const overlaps = (a: RangeBox, b: RangeBox) =>
  a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;

/** Pairs of overlapping ranges among `refs` (sweep by top row: linear-ish for the long lists reports carry). */
export function overlapping(refs: string[]): Array<[string, string]> {
  const boxes = refs.map((ref) => ({ ref, box: parseRange(ref) })).sort((a, b) => a.box.top - b.box.top);
  const out: Array<[string, string]> = [];
  const active: typeof boxes = [];
  for (const cur of boxes) {
    for (let i = active.length - 1; i >= 0; i--) if (active[i].box.bottom < cur.box.top) active.splice(i, 1);
    for (const a of active) if (overlaps(a.box, cur.box)) out.push([a.ref, cur.ref]);
    active.push(cur);
  }
  return out;
}

const BAD_SHEET_CHARS = /[[\]:*?/\\]/;

/** Excel's rules for a sheet name: 1–31 characters, none of []:*?/\, no leading or trailing ', not "History". */
export function sheetNameProblem(name: string): string | null {
  if (!name.length) return 'is empty';
  if ([...name].length > 31) return `is ${[...name].length} characters (Excel allows 31)`;
  if (BAD_SHEET_CHARS.test(name)) return 'contains one of []:*?/\\';
  if (/^'|'$/.test(name)) return 'begins or ends with an apostrophe';
  if (name.toLowerCase() === 'history') return 'is reserved by Excel (History)';
  return null;
}

const RANGE_REF = /^(\$?[A-Z]{1,3}\$?\d+(:\$?[A-Z]{1,3}\$?\d+)?|\$?\d+:\$?\d+|\$?[A-Z]{1,3}:\$?[A-Z]{1,3})$/;
/** Splits a defined name's formula into its sheet references ('Sheet'!$A$1 …), commas inside quotes kept. */
function areasOf(formula: string): Array<{ sheet: string; ref: string } | null> {
  const parts = formula.match(/(?:'(?:[^']|'')*'|[^,])+/g) ?? [];
  return parts.map((p) => {
    const m = /^(?:'((?:[^']|'')*)'|([^'!]+))!(.+)$/.exec(p.trim());
    return m ? { sheet: (m[1] ?? m[2]).replace(/''/g, "'"), ref: m[3] } : null;
  });
}
/** A legal defined name: starts with a letter, _ or \, then letters, digits, _ and .; not a cell reference. */
const NAME_OK = /^[\p{L}_\\][\p{L}\p{N}_.]*$/u;
const LOOKS_LIKE_CELL = /^([A-Za-z]{1,3}\d+|[Rr]\d*[Cc]\d*|[RrCc])$/;

function workbookProblems(wb: El, sheets: Array<{ name: string; state: string }>): string[] {
  const out = orderProblems(wb, WORKBOOK_ORDER, 'workbook.xml');
  const names = new Set<string>();
  sheets.forEach(({ name }) => {
    const p = sheetNameProblem(name);
    if (p) out.push(`sheet name "${name}" ${p}`);
    if (names.has(name.toLowerCase())) out.push(`sheet name "${name}" is used twice (Excel ignores case)`);
    names.add(name.toLowerCase());
  });
  if (!sheets.some((s) => s.state === 'visible')) out.push('no visible sheet');
  const view = kid(kid(wb, 'bookViews'), 'workbookView');
  const active = Number(view?.attrs.activeTab ?? 0);
  if (active >= sheets.length || sheets[active]?.state !== 'visible')
    out.push(`activeTab ${active} is not a visible sheet`);
  const first = Number(view?.attrs.firstSheet ?? 0);
  if (first >= sheets.length) out.push(`firstSheet ${first} is out of range`);
  const scoped = new Set<string>();
  for (const dn of kids(kid(wb, 'definedNames'), 'definedName')) {
    const name = dn.attrs.name ?? '';
    const local = dn.attrs.localSheetId;
    const where = `defined name ${name}${local !== undefined ? ` (sheet ${local})` : ''}`;
    const bare = name.replace(/^_xlnm\./, '');
    if (!NAME_OK.test(bare) || LOOKS_LIKE_CELL.test(bare) || name.length > 255) out.push(`${where}: illegal name`);
    const key = `${local ?? ''}|${name.toLowerCase()}`;
    if (scoped.has(key)) out.push(`${where}: defined twice in one scope`);
    scoped.add(key);
    if (local !== undefined && !(Number(local) < sheets.length)) out.push(`${where}: localSheetId out of range`);
    if (name.startsWith('_xlnm.') && local === undefined) out.push(`${where}: built-in name without a sheet`);
    if (/#REF!/.test(dn.text)) out.push(`${where}: refers to #REF!`);
    for (const area of areasOf(dn.text)) {
      if (!area) out.push(`${where}: "${dn.text}" is not a sheet reference`);
      else if (name.startsWith('_xlnm.') && area.sheet !== sheets[Number(local)]?.name)
        out.push(`${where}: refers to "${area.sheet}" but belongs to sheet "${sheets[Number(local)]?.name}"`);
      else if (!names.has(area.sheet.toLowerCase())) out.push(`${where}: names missing sheet "${area.sheet}"`);
      else if (!RANGE_REF.test(area.ref)) out.push(`${where}: "${area.ref}" is not a range`);
    }
  }
  return out;
}

interface Counts {
  xfs: number;
  dxfs: number;
  strings: number;
}

function cellProblems(sheet: El, counts: Counts, where: string): string[] {
  const out: string[] = [];
  const xf = (v: string | undefined, what: string) => {
    if (v !== undefined && !(Number(v) < counts.xfs)) out.push(`${where} ${what}: style ${v} ≥ ${counts.xfs} cellXfs`);
  };
  let lastRow = 0;
  for (const row of kids(kid(sheet, 'sheetData'), 'row')) {
    const r = Number(row.attrs.r);
    if (!(r > lastRow)) out.push(`${where}: row ${row.attrs.r} out of order`);
    lastRow = r;
    xf(row.attrs.s, `row ${r}`);
    if (Number(row.attrs.ht) > 409.5) out.push(`${where}: row ${r} height ${row.attrs.ht} > 409.5`);
    let lastCol = 0;
    for (const c of kids(row, 'c')) {
      const box = parseRange(c.attrs.r ?? '');
      if (box.top !== r || !(box.left > lastCol)) out.push(`${where}: cell ${c.attrs.r} out of place in row ${r}`);
      lastCol = box.left;
      xf(c.attrs.s, c.attrs.r);
      const v = kid(c, 'v')?.text;
      if (c.attrs.t === 's' && !(Number(v) < counts.strings))
        out.push(`${where} ${c.attrs.r}: shared string ${v} ≥ ${counts.strings}`);
      const text = c.attrs.t === 'inlineStr' ? kid(kid(c, 'is'), 't')?.text : c.attrs.t === 'str' ? v : undefined;
      if ((text?.length ?? 0) > 32767) out.push(`${where} ${c.attrs.r}: text longer than 32767`);
      if ((kid(c, 'f')?.text.length ?? 0) > 8192) out.push(`${where} ${c.attrs.r}: formula longer than 8192`);
    }
  }
  let lastMax = 0;
  for (const col of kids(kid(sheet, 'cols'), 'col')) {
    const [min, max] = [Number(col.attrs.min), Number(col.attrs.max)];
    if (!(min <= max) || !(min > lastMax)) out.push(`${where}: <col min=${min} max=${max}> overlaps or is reversed`);
    lastMax = max;
    xf(col.attrs.style, `column ${min}`);
    if (Number(col.attrs.width) > 255) out.push(`${where}: column ${min} width > 255`);
  }
  return out;
}

function rangeProblems(sheet: El, counts: Counts, where: string): string[] {
  const out: string[] = [];
  const merges = kids(kid(sheet, 'mergeCells'), 'mergeCell').map((m) => m.attrs.ref ?? '');
  const mc = kid(sheet, 'mergeCells');
  if (mc && Number(mc.attrs.count) !== merges.length) out.push(`${where}: mergeCells count ${mc.attrs.count}`);
  for (const ref of merges) {
    const b = parseRange(ref);
    if (b.top === b.bottom && b.left === b.right) out.push(`${where}: merge ${ref} is a single cell`);
  }
  for (const [a, b] of overlapping(merges)) out.push(`${where}: merged ranges ${a} and ${b} overlap`);
  const dvs = kids(kid(sheet, 'dataValidations'), 'dataValidation');
  const dv = kid(sheet, 'dataValidations');
  if (dv && Number(dv.attrs.count) !== dvs.length) out.push(`${where}: dataValidations count ${dv.attrs.count}`);
  const dvRefs = dvs.flatMap((d) => (d.attrs.sqref ?? '').split(/\s+/).filter(Boolean));
  for (const [a, b] of overlapping(dvRefs)) out.push(`${where}: data validations ${a} and ${b} overlap`);
  for (const d of dvs) {
    const at = `${where} validation ${d.attrs.sqref}`;
    const list = d.attrs.type === 'list' ? /^"(.*)"$/.exec(kid(d, 'formula1')?.text ?? '') : null;
    if (list && list[1].length > 255) out.push(`${at}: list longer than 255 characters`);
    if ((d.attrs.prompt?.length ?? 0) > 255) out.push(`${at}: prompt longer than 255`);
    if ((d.attrs.error?.length ?? 0) > 225) out.push(`${at}: error message longer than 225`);
    for (const t of ['promptTitle', 'errorTitle'])
      if ((d.attrs[t]?.length ?? 0) > 32) out.push(`${at}: ${t} longer than 32`);
  }
  for (const cf of kids(sheet, 'conditionalFormatting'))
    for (const rule of kids(cf, 'cfRule'))
      if (rule.attrs.dxfId !== undefined && !(Number(rule.attrs.dxfId) < counts.dxfs))
        out.push(`${where}: conditional format ${cf.attrs.sqref} uses dxf ${rule.attrs.dxfId} ≥ ${counts.dxfs}`);
  for (const part of ['oddHeader', 'oddFooter', 'evenHeader', 'evenFooter', 'firstHeader', 'firstFooter'])
    if ((kid(kid(sheet, 'headerFooter'), part)?.text.length ?? 0) > 255) out.push(`${where}: ${part} > 255`);
  const selected = kids(kid(sheet, 'sheetViews'), 'sheetView').filter((v) => v.attrs.tabSelected === '1');
  if (selected.length > 1) out.push(`${where}: ${selected.length} sheet views selected`);
  return out;
}

/** Every relationship of every part points at a part that exists, and every part has a content type. */
function packageProblems(parts: Map<string, Uint8Array>): string[] {
  const out: string[] = [];
  const ct = parseXml(textOf(parts, '[Content_Types].xml') ?? '', '[Content_Types].xml');
  const defaults = new Set(kids(ct, 'Default').map((d) => (d.attrs.Extension ?? '').toLowerCase()));
  const overrides = new Set(kids(ct, 'Override').map((o) => (o.attrs.PartName ?? '').replace(/^\//, '')));
  for (const name of parts.keys()) {
    if (name.endsWith('/') || name === '[Content_Types].xml') continue;
    const ext = name.split('.').pop()!.toLowerCase();
    if (!overrides.has(name) && !defaults.has(ext)) out.push(`${name}: no content type`);
  }
  for (const o of overrides) if (!parts.has(o)) out.push(`content type for missing part ${o}`);
  for (const name of parts.keys()) {
    if (!name.endsWith('.rels')) continue;
    const owner = name.replace(/_rels\/([^/]*)\.rels$/, '$1');
    for (const rel of kids(parseXml(textOf(parts, name)!, name), 'Relationship')) {
      if (rel.attrs.TargetMode === 'External') continue;
      const target = resolvePart(owner === name ? '' : owner, rel.attrs.Target ?? '');
      if (!parts.has(target)) out.push(`${name}: ${rel.attrs.Id} points to missing ${target}`);
    }
  }
  return out;
}

/** Every XML part is well-formed as libxml2 reads it (xmllint, as CI installs it). */
function xmllintProblems(parts: Map<string, Uint8Array>): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'lf-strict-'));
  try {
    const files = [...parts.keys()].filter((n) => /\.(xml|rels|vml)$/.test(n));
    for (const n of files) {
      mkdirSync(dirname(join(dir, n)), { recursive: true });
      writeFileSync(join(dir, n), parts.get(n)!);
    }
    execFileSync('xmllint', ['--noout', '--nonet', ...files], { cwd: dir, stdio: 'pipe' });
    return [];
  } catch (e) {
    return [`xmllint: ${String((e as { stderr?: Buffer }).stderr ?? e).slice(0, 2000)}`];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every problem Excel would find in an .xlsx, one line each; [] when it opens without repair. */
export function excelProblems(bytes: Uint8Array, opts: { xmllint?: boolean } = {}): string[] {
  const parts = unzipXlsx(bytes);
  const out: string[] = [];
  try {
    out.push(...partProblems(parts));
  } catch (e) {
    out.push(`unreadable: ${(e as Error).message}`);
  }
  if (opts.xmllint !== false) out.push(...xmllintProblems(parts));
  return out;
}

function partProblems(parts: Map<string, Uint8Array>): string[] {
  const out: string[] = [];
  const wbPart = 'xl/workbook.xml';
  const wb = parseXml(textOf(parts, wbPart) ?? '', wbPart);
  const rels = parseXml(textOf(parts, relsPartOf(wbPart)) ?? '', 'workbook.xml.rels');
  const target = new Map(kids(rels, 'Relationship').map((r) => [r.attrs.Id, resolvePart(wbPart, r.attrs.Target)]));
  const sheets = kids(kid(wb, 'sheets'), 'sheet').map((s) => ({
    name: s.attrs.name ?? '',
    state: s.attrs.state ?? 'visible',
    part: target.get(s.attrs['r:id']) ?? '',
  }));
  out.push(...workbookProblems(wb, sheets));
  const styles = checkStyles(textOf(parts, 'xl/styles.xml'));
  out.push(...styles.problems);
  const sst = textOf(parts, 'xl/sharedStrings.xml');
  const sstEl = sst ? parseXml(sst, 'sharedStrings.xml') : undefined;
  const counts: Counts = { xfs: styles.xfs, dxfs: styles.dxfs, strings: kids(sstEl, 'si').length };
  for (const s of sheets) {
    const xml = textOf(parts, s.part);
    if (!xml) {
      out.push(`sheet "${s.name}": part ${s.part} missing`);
      continue;
    }
    const ws = parseXml(xml, s.part);
    const where = `sheet "${s.name}"`;
    out.push(...orderProblems(ws, WORKSHEET_ORDER, where), ...cellProblems(ws, counts, where));
    out.push(...rangeProblems(ws, counts, where));
  }
  out.push(...packageProblems(parts));
  return out;
}
