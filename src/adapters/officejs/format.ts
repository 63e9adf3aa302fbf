import { parseRange } from '../../core/a1';
import { message } from '../../core/messages';
import type { CellStyle, Op, PageSetup, ValidationRule } from '../../core/ops';

/** How core styles, validations and page setup become office-js range formats (queued, never synced here). */
/** ARGB (core) to #RRGGBB (office-js). */
export const rgb = (argb: string) => `#${argb.length === 8 ? argb.slice(2) : argb}`;

/** Column width in Excel's character units (the core's) to points (office-js): 7 px a character + 5 px padding. */
export const charsToPoints = (chars: number) => Math.round((chars * 7 + 5) * 0.75 * 100) / 100;

const H = { left: 'Left', center: 'Center', right: 'Right' } as const;
const V = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;
const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal'] as const;

export function applyStyle(range: Excel.Range, s: CellStyle, box: ReturnType<typeof parseRange>): void {
  const f = range.format;
  if (s.font) f.font.name = s.font;
  if (s.size) f.font.size = s.size;
  if (s.bold !== undefined) f.font.bold = s.bold;
  if (s.italic !== undefined) f.font.italic = s.italic;
  if (s.color) f.font.color = rgb(s.color);
  if (s.fill) f.fill.color = rgb(s.fill);
  if (s.h) f.horizontalAlignment = H[s.h];
  if (s.v) f.verticalAlignment = V[s.v];
  if (s.wrap !== undefined) f.wrapText = s.wrap;
  if (s.border) {
    const single = box.top === box.bottom && box.left === box.right;
    for (const edge of EDGES) {
      if (single && edge.startsWith('Inside')) continue;
      if (
        (edge === 'InsideHorizontal' && box.top === box.bottom) ||
        (edge === 'InsideVertical' && box.left === box.right)
      )
        continue;
      const b = f.borders.getItem(edge);
      if (s.border === 'thin') {
        b.style = 'Continuous';
        b.weight = 'Thin';
        b.color = '#000000';
      } else b.style = 'None';
    }
  }
  if (s.numFmt) {
    const rows = box.bottom - box.top + 1;
    const cols = box.right - box.left + 1;
    range.numberFormat = Array.from({ length: rows }, () => Array<string>(cols).fill(s.numFmt!));
  }
  if (s.locked !== undefined) f.protection.locked = s.locked;
}

function toRule(r: ValidationRule): Excel.DataValidationRule {
  if (r.type === 'list') return { list: { inCellDropDown: true, source: r.values.join(',') } };
  if (r.type === 'date') return { date: { formula1: '1900-01-01', operator: 'GreaterThan' } };
  // A prompt only (必填 / 选填): a text length ≥ 0 never refuses.
  if (r.type === 'any') return { textLength: { formula1: 0, operator: 'GreaterThanOrEqualTo' } };
  const basic = { formula1: r.min, formula2: r.max, operator: 'Between' as const };
  return r.type === 'whole' ? { wholeNumber: basic } : { decimal: basic };
}

export function applyValidation(ws: Excel.Worksheet, op: Extract<Op, { kind: 'validation' }>): void {
  const dv = ws.getRange(op.range).dataValidation;
  dv.clear();
  dv.rule = toRule(op.rule);
  dv.ignoreBlanks = true;
  dv.errorAlert = {
    showAlert: op.rule.type !== 'any',
    // An open list suggests: other text is kept after an information note, never refused.
    style: op.rule.type === 'list' && op.rule.open ? 'Information' : 'Stop',
    title: message('officejs_validation_title'),
    message: op.error ?? message('officejs_validation_error'),
  };
  if (op.prompt) dv.prompt = { showPrompt: true, title: '', message: op.prompt };
}

/** "&L…&C…&R…" footer codes (as ExcelJS writes them) to office-js's three footer parts. */
export function footerParts(footer: string): { left?: string; center?: string; right?: string } {
  const out: { left?: string; center?: string; right?: string } = {};
  const re = /&([LCR])/g;
  const marks = [...footer.matchAll(re)];
  if (!marks.length) return { center: footer };
  marks.forEach((m, i) => {
    const text = footer.slice(m.index! + 2, marks[i + 1]?.index ?? footer.length);
    out[m[1] === 'L' ? 'left' : m[1] === 'C' ? 'center' : 'right'] = text;
  });
  return out;
}

export function applyPageSetup(ws: Excel.Worksheet, s: PageSetup): void {
  const pl = ws.pageLayout;
  pl.paperSize = 'A4';
  pl.orientation = s.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  // 0 pages tall = as many as needed, the same as fitToHeight 0 in the file format.
  if (s.fitToWidth) pl.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  pl.centerHorizontally = true;
  pl.leftMargin = 36;
  pl.rightMargin = 36;
  pl.topMargin = 43.2;
  pl.bottomMargin = 50.4;
  pl.headerMargin = 21.6;
  pl.footerMargin = 21.6;
  if (s.printArea) pl.setPrintArea(s.printArea);
  if (s.titleRows) pl.setPrintTitleRows(s.titleRows.replace(/(\d+)/g, '$$$1'));
  if (s.footer) {
    const parts = footerParts(s.footer);
    const page = pl.headersFooters.defaultForAllPages;
    if (parts.left !== undefined) page.leftFooter = parts.left;
    if (parts.center !== undefined) page.centerFooter = parts.center;
    if (parts.right !== undefined) page.rightFooter = parts.right;
  }
}
