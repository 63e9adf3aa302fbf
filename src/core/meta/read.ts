import { cellAt, type WorkbookSnapshot } from '../port';
import { META_SHEET, parseMeta, type Meta } from './schema';

/** The workbook's lianfang identification, or null when it has none (or it is unreadable). */
export function readMeta(wb: WorkbookSnapshot): Meta | null {
  const sheet = wb.sheets.find((s) => s.name === META_SHEET);
  return sheet ? parseMeta(cellAt(sheet, 1, 1)) : null;
}

export interface IdentifiedSheet {
  sheet: string;
  form: string;
  anchor: string;
  instance?: string;
}

/**
 * Which sheets lianfang made, found through the defined names on their title cells:
 * a renamed sheet is still found, a deleted one is simply absent.
 */
export function identifiedSheets(wb: WorkbookSnapshot): { pack: string; sheets: IdentifiedSheet[] } | null {
  const meta = readMeta(wb);
  if (!meta) return null;
  const sheets: IdentifiedSheet[] = [];
  for (const ref of meta.forms) {
    const name = wb.names.find((n) => n.name === ref.anchor);
    if (!name?.sheet || !wb.sheets.some((s) => s.name === name.sheet)) continue;
    sheets.push({ sheet: name.sheet, form: ref.form, anchor: ref.anchor, instance: ref.instance });
  }
  return { pack: meta.pack, sheets };
}
