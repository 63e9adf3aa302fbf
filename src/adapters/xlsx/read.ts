import { LianfangError } from '../../core/errors';
import type { SheetSnapshot, WorkbookSnapshot } from '../../core/port';
import { MAX_SHEETS } from '../exceljs/safe/limits';
import { detectLostOnSave } from '../exceljs/safe/lostOnSave';
import { planDefinedNames, renameSheets } from '../exceljs/safe/plan';
import type { ReadWarning } from '../exceljs/safe/prepare';
import { snapshotNames } from './names';
import { WorkbookZip } from './parts';
import { readPlainFirst } from './plainScan';
import { readSharedStrings } from './sharedStrings';
import { readSheet } from './sheet';
import { readCellStyles } from './styles';
import { readRelationships, readWorkbookPart, type Relationship } from './workbookPart';

export interface StreamedRead {
  snapshot: WorkbookSnapshot;
  /** The same warnings prepareWorkbook gives for the file (renamed names, dropped ranges, lost on save). */
  warnings: ReadWarning[];
  /** When the workbook says it was last saved (docProps/core.xml), ISO 8601, if asked for and present. */
  modified?: string;
}

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';
/** Parts the workbook's relationships must not point at in vain (ExcelJS fails on them: prepare.ts). */
const NEEDED = /\/(worksheet|sharedStrings|styles|comments|vmlDrawing|drawing|table)$/;

/**
 * Reads a workbook nobody vouches for straight into the core's snapshot: the zip's limits, then only
 * workbook.xml, its relationships, the shared strings, the styles' date formats and the sheets, each in one pass
 * of the tokenizer. No ExcelJS: it stays for writing. Throws LianfangError only.
 */
export function readWorkbookStreamed(bytes: Uint8Array, file: string, opts: { modified?: boolean } = {}): StreamedRead {
  const zip = new WorkbookZip(bytes, file);
  const missing = (part: string) => new LianfangError('corrupt', { file, kind: 'missing_part', part });
  const mimetype = zip.bytesOf('mimetype');
  if (mimetype && new TextDecoder().decode(mimetype.subarray(0, 100)).includes('opendocument'))
    throw new LianfangError('not_xlsx', { file, kind: 'ods' });
  const contentTypes = zip.text('[Content_Types].xml');
  if (contentTypes === undefined) throw missing('[Content_Types].xml');
  // Read only to be judged: a malformed or unsafe part fails the file, as ExcelJS would fail on it.
  readPlainFirst(contentTypes, file, '[Content_Types].xml', (scan) => scan({ open: () => undefined }));
  const workbook = readWorkbookPart(zip.required('xl/workbook.xml'), file);
  const rels = readRelationships(zip.required('xl/_rels/workbook.xml.rels'), file, 'xl/_rels/workbook.xml.rels', 'xl/');
  for (const rel of rels.values())
    if (!rel.external && NEEDED.test(rel.type) && !zip.has(rel.target)) throw missing(rel.target);
  if (workbook.sheets.length > MAX_SHEETS)
    throw new LianfangError('too_many_sheets', { file, count: workbook.sheets.length, limit: MAX_SHEETS });

  const warnings: ReadWarning[] = [];
  const renamed = renameSheets(
    workbook.sheets.map((s) => s.name),
    file,
    warnings,
  );
  const targets = workbook.sheets.map((s) => {
    const target = s.rid === undefined ? undefined : rels.get(s.rid);
    if (!target || target.external) throw missing(`xl/_rels/workbook.xml.rels → ${s.name || '?'}`);
    if (!zip.has(target.target)) throw missing(target.target);
    return target.target;
  });
  const strings = partOf(rels, 'sharedStrings');
  const styles = partOf(rels, 'styles');
  const cellStyles = styles ? readCellStyles(zip.required(styles), file, styles) : { dates: [], formats: [] };
  const context = {
    file,
    strings: strings ? readSharedStrings(zip.required(strings), file, strings) : undefined,
    dateStyles: cellStyles.dates,
    styleFormats: cellStyles.formats,
    date1904: workbook.date1904,
    warnings,
  };
  let sparklines = false;
  let extValidations = false;
  const sheets: SheetSnapshot[] = workbook.sheets.map((s, i) => {
    const read = readSheet(zip.required(targets[i]), {
      ...context,
      part: targets[i],
      name: renamed.get(s.name) ?? s.name,
      visibility: s.state === 'veryHidden' ? 'veryHidden' : s.state === 'hidden' ? 'hidden' : 'visible',
    });
    sparklines ||= read.sparklines;
    extValidations ||= read.extValidations;
    return read.sheet;
  });

  const nameFormulas: string[] = [];
  const names = snapshotNames(planDefinedNames(workbook.definedNames, renamed, file, warnings, nameFormulas));
  const lost = lostOnSave(zip, nameFormulas.length > 0, sparklines, extValidations);
  if (lost.size) warnings.push({ code: 'lost_on_save', params: { file, items: [...lost].join(',') } });
  const out: StreamedRead = { snapshot: { sheets, names }, warnings };
  if (opts.modified) {
    const core = zip.text('docProps/core.xml');
    const m = core && /<dcterms:modified[^>]*>([^<]+)</.exec(core);
    if (m && !Number.isNaN(Date.parse(m[1]))) out.modified = new Date(m[1]).toISOString();
  }
  return out;
}

function partOf(rels: Map<string, Relationship>, type: string): string | undefined {
  for (const rel of rels.values()) if (!rel.external && rel.type === REL + type) return rel.target;
  return undefined;
}

/** What ExcelJS would drop on save (lostOnSave.ts), from part names and the few parts that tell more. */
function lostOnSave(zip: WorkbookZip, nameFormulas: boolean, sparklines: boolean, ext: boolean): Set<string> {
  const text = new Map<string, string>();
  const dropped = new Set<string>();
  for (const part of zip.names()) {
    if (!/^xl\/(drawings\/[^/]+\.xml|comments)/.test(part)) continue;
    const xml = zip.text(part) ?? '';
    text.set(part, xml);
    // Drawings not in the shape ExcelJS parses are dropped whole (normalise.ts).
    if (part.startsWith('xl/drawings/') && !/^(<\?[^>]*\?>\s*)?<xdr:wsDr\b/.test(xml.trimStart()))
      dropped.add(/<(\w+:)?pic\b/.test(xml) ? 'images' : 'charts');
  }
  const lost = new Set(detectLostOnSave({ keys: () => zip.names() }, text, nameFormulas));
  if (sparklines) lost.add('sparklines');
  if (ext) lost.add('ext_validations');
  for (const what of dropped) lost.add(what);
  return lost;
}
