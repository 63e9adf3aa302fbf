import { cellAddress, parseRange } from '../a1';
import { displayText, isBlank } from '../cell';
import type { Form } from '../forms/schema';
import { identifiedSheets } from '../meta/read';
import { findPack } from '../packs';
import type { WorkbookSnapshot, SheetSnapshot } from '../port';
import { cellAt } from '../port';
import type { RecognisedForm } from '../recognise/types';
import { layoutForm } from '../build/layout';
import { canonicalContent, type CanonicalContent } from './canonical';
import { identifiedOf } from '../recognise/memo';
import { recogniseWorkbook } from '../recognise/recognise';
import { STAMPS_SHEET } from './store';

/** A form that can carry stamps: its definition (for the sign-off chain), where it sits, and its anchor name. */
/** A seal stamped in the unit's header line sits beside the name: that field stays part of what is approved. */
export const signedFields = (def: Form): string[] => def.signoff.flatMap((s) => (s.field && !s.seal ? [s.field] : []));

/** What a stamp on this form approves. */
export const approvedContent = (f: StampableForm): CanonicalContent => canonicalContent(f.found, signedFields(f.def));

export interface StampableForm {
  def: Form;
  found: RecognisedForm;
  /** The defined name that finds the sheet; null when the sheet has none yet (the first stamp adds one). */
  anchor: string | null;
  /** The rows this form owns on its sheet: up to the form above and below it, when a sheet holds several. */
  firstRow?: number;
  lastRow?: number;
}

/**
 * The forms of a workbook, as recognition places them, each with the defined name that anchors it:
 * lianfang's own LF_ name, or the LFS_ name a first stamp gave a sheet lianfang did not build.
 */
export function locateForms(wb: WorkbookSnapshot): StampableForm[] {
  const recognition = recogniseWorkbook(wb, { ownSheets: [STAMPS_SHEET] });
  const pack = recognition.pack ? findPack(recognition.pack) : undefined;
  if (!pack) return [];
  const ids = identifiedOf(wb);
  const out: StampableForm[] = [];
  for (const found of recognition.forms) {
    const def = pack.forms.find((f) => f.id === found.form);
    if (!def) continue;
    const own = ids?.sheets.find((s) => s.sheet === found.sheet && s.form === found.form)?.anchor;
    const given = wb.names.find((n) => n.sheet === found.sheet && n.name.startsWith(`LFS_${found.form}_`))?.name;
    const merges = wb.sheets.find((x) => x.name === found.sheet)?.merges ?? [];
    out.push({ def, found: withFieldSteps(def, found, merges), anchor: own ?? given ?? null });
  }
  return withBounds(wb, out);
}

/**
 * Each form owns its sheet's rows from its title (from row 1 when it is the first form of the sheet) to the
 * row above the next form: the lines between two forms (备注, sign-off block) belong to the one above.
 */
function withBounds(wb: WorkbookSnapshot, forms: StampableForm[]): StampableForm[] {
  const start = (f: StampableForm) => f.found.titleRow ?? f.found.headerRow;
  return forms.map((f) => {
    const mates = forms.filter((o) => o !== f && o.found.sheet === f.found.sheet);
    const above = mates.some((o) => start(o) < start(f));
    const below = mates.filter((o) => start(o) > start(f)).map(start);
    const rows = wb.sheets.find((s) => s.name === f.found.sheet)?.rows.length ?? 0;
    return {
      ...f,
      firstRow: above ? start(f) : 1,
      lastRow: below.length ? Math.min(...below) - 1 : Math.max(rows, f.found.bodyEnd),
    };
  });
}

/**
 * Steps signed in a header field (hangzhou 单位主要负责人(签字)) are stamped in that field's cell; a seal in the
 * unit's header line (单位名称:(盖章)) in the cell right of the unit's name, which it must not replace.
 */
function withFieldSteps(def: Form, found: RecognisedForm, merges: readonly string[]): RecognisedForm {
  const signoff = { ...found.signoff };
  for (const s of def.signoff) {
    const at = s.field ? found.header[s.field] : undefined;
    if (at && !signoff[s.role]) {
      const { top, left } = parseRange(at.cell);
      const right = merges.map((m) => parseRange(m)).find((b) => b.top === top && b.left === left)?.right ?? left;
      const valueCell = s.seal ? cellAddress(top, right + 1) : at.cell;
      signoff[s.role] = { row: top, labelCell: `A${top}`, valueCell };
    }
  }
  return { ...found, signoff };
}

/**
 * Stand-in used before recognition landed; kept for lianfang's own sheets as a cross-check in tests.
 * Reads a sheet from its title row down, the way build/formSheet.ts laid it out.
 */
export function locateOwnForms(wb: WorkbookSnapshot): StampableForm[] {
  const ids = identifiedSheets(wb);
  const pack = ids && findPack(ids.pack);
  if (!ids || !pack) return [];
  const out: StampableForm[] = [];
  for (const s of ids.sheets) {
    const def = pack.forms.find((f) => f.id === s.form);
    const sheet = wb.sheets.find((x) => x.name === s.sheet);
    const name = wb.names.find((n) => n.name === s.anchor);
    if (!def || !sheet || !name?.range) continue;
    const titleRow = parseRange(name.range).top;
    out.push({ def, found: placeOwnSheet(pack.id, def, sheet, titleRow, s.instance), anchor: s.anchor });
  }
  return withBounds(wb, out);
}

/** Reads a sheet lianfang built, from its title row down, the way build/formSheet.ts laid it out. */
function placeOwnSheet(
  pack: string,
  def: Form,
  sheet: SheetSnapshot,
  titleRow: number,
  instance?: string,
): RecognisedForm {
  // Where build/formSheet.ts put everything, shifted to this sheet's title row.
  const lay = layoutForm(def, 1);
  const dr = titleRow - lay.titleRow;
  const header: RecognisedForm['header'] = {};
  for (const h of def.header) {
    const p = lay.fields[h.key];
    header[h.key] = { value: cellAt(sheet, p.row + dr, p.value[0]), cell: cellAddress(p.row + dr, p.value[0]) };
  }
  const headerRow = lay.headerRow + dr;
  const columns: Record<string, number> = {};
  for (const c of def.columns) if (lay.columnSpan[c.key]) columns[c.key] = lay.columnSpan[c.key][0];
  const stops = new Set([...(def.footer ? [def.footer.trim()] : []), ...def.signoff.map((s) => s.label)]);
  const last = sheet.rows.length;
  let r = headerRow + 1;
  const rows: RecognisedForm['rows'] = [];
  let bodyEnd = headerRow;
  for (; r <= last; r++) {
    if (stops.has(displayText(cellAt(sheet, r, 1)).trim())) break;
    bodyEnd = r;
    const cells: Record<string, ReturnType<typeof cellAt>> = {};
    for (const k of Object.keys(columns)) cells[k] = cellAt(sheet, r, columns[k]);
    if (Object.values(cells).some((v) => !isBlank(v))) rows.push({ row: r, cells });
  }
  const signoff: RecognisedForm['signoff'] = {};
  for (; r <= last; r++) {
    const label = displayText(cellAt(sheet, r, 1)).trim();
    const step = def.signoff.find((s) => s.label === label);
    const p = step && lay.signoffs[step.role];
    if (step && p) signoff[step.role] = { row: r, labelCell: cellAddress(r, 1), valueCell: cellAddress(r, p.value[0]) };
  }
  // Steps signed in a header field (hangzhou 单位主要负责人(签字); a seal beside the unit's name).
  for (const s of def.signoff) {
    const p = s.field ? lay.signoffs[s.role] : undefined;
    if (p) {
      const row = p.row + dr;
      signoff[s.role] = { row, labelCell: cellAddress(row, 1), valueCell: cellAddress(row, p.value[0]) };
    }
  }
  return {
    pack,
    form: def.id,
    sheet: sheet.name,
    how: 'meta',
    ...(instance ? { instance } : {}),
    titleRow,
    headerRow,
    columns,
    header,
    rows,
    bodyEnd,
    signoff,
  };
}
