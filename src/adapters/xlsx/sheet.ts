import { cellAddress } from '../../core/a1';
import { unescapeOoxml } from './sharedStrings';
import { NotPlain, scanPlainXml } from './plainScan';
import { SheetBuilder, newCell, type Cell, type SheetContext, type SheetRead } from './sheetBuilder';
import { readSheetFast } from './sheetFast';
import { relId, scanXml, type XmlHandler } from './tokenize';

export type { SheetContext, SheetRead } from './sheetBuilder';

/**
 * A worksheet part straight into the core's SheetSnapshot, reading values as ExcelJS 4.4 does (shared strings,
 * rich text, booleans, errors, dates by number format, formulas with their cached results, shared formulas
 * translated, merged cells blank but their top-left) in one pass of the tokenizer. Where ExcelJS loses data this
 * reader keeps it (docs/streaming-reader.md lists each case). Budgets and limits as prepareWorkbook applies them.
 * Three tries, each judged by the next: the worksheet scanner (sheetFast.ts), the plain scanner with the general
 * handler, saxen; a try that meets anything it does not vouch for throws NotPlain and its warnings are undone.
 */
export function readSheet(xml: string, ctx: SheetContext): SheetRead {
  const warnings = ctx.warnings.length;
  try {
    return readSheetFast(xml, ctx);
  } catch (e) {
    if (!(e instanceof NotPlain)) throw e;
    ctx.warnings.length = warnings; // the warnings of the first try undone
  }
  return readSheetGeneral(xml, ctx);
}

/** The general path: any worksheet's events, from the plain scanner or, when the part is not plain, from saxen. */
export function readSheetGeneral(xml: string, ctx: SheetContext): SheetRead {
  const warnings = ctx.warnings.length;
  try {
    return readSheetWith(xml, ctx, (handler) => scanPlainXml(xml, ctx.file, ctx.part, handler));
  } catch (e) {
    if (!(e instanceof NotPlain)) throw e;
    // Not plain XML: read again by the parser that judges it, from the start (the warnings of the first try undone).
    ctx.warnings.length = warnings;
    return readSheetWith(xml, ctx, (handler) => scanXml(xml, ctx.file, ctx.part, handler));
  }
}

function readSheetWith(xml: string, ctx: SheetContext, scan: (handler: XmlHandler) => void): SheetRead {
  const b = new SheetBuilder(xml, ctx);
  let cell: Cell | undefined;
  let text: 'v' | 't' | 'f' | 'run' | undefined;
  let run = '';
  let inRun = false;
  let phonetic = 0;
  let ext = 0;

  scan({
    open(tag, attrs) {
      if (cell) {
        if (tag === 'v') text = 'v';
        else if (tag === 'f') {
          const a = attrs();
          text = 'f';
          cell.shareType = a.t;
          cell.shareRef = a.ref;
          cell.shareId = a.si;
        } else if (tag === 'rPh') phonetic++;
        else if (tag === 'r') {
          cell.runs ??= [];
          inRun = true;
          run = '';
        } else if (tag === 't' && !phonetic) text = inRun ? 'run' : 't';
        return;
      }
      if (tag === 'c') {
        const a = attrs();
        const ref = a.r ?? '';
        const col = b.cellColumn(ref);
        cell = newCell(ref || cellAddress(b.rowNum, col), col, a.t, b.isDateStyle(a.s), b.formatOf(a.s));
      } else if (tag === 'row') {
        const a = attrs();
        b.startRow(a.r, a.hidden, a.ht);
      } else if (tag === 'col') {
        const a = attrs();
        b.column(a.min, a.max, a.width, a.hidden);
      } else if (tag === 'mergeCell') b.mergeCell(attrs().ref ?? '');
      else if (tag === 'dataValidation') b.validation(attrs().sqref ?? '');
      else if (tag === 'hyperlink') {
        const a = attrs();
        if (relId(a) !== undefined && a.ref) b.linked.push(a.ref);
      } else if (tag === 'extLst') ext++;
      else if (ext && tag.startsWith('x14:')) {
        if (tag === 'x14:sparklineGroups') b.sparklines = true;
        else if (tag === 'x14:dataValidations' || tag === 'x14:dataValidation') b.extValidations = true;
      }
    },
    text(t) {
      if (!cell || text === undefined || phonetic) return;
      if (text === 'f') cell.formula = (cell.formula ?? '') + t;
      else if (text === 'run') run += t;
      else cell.value = (cell.value ?? '') + t;
    },
    close(tag) {
      if (cell) {
        if (tag === 'c') {
          b.finishCell(cell);
          cell = undefined;
          text = undefined;
          inRun = false;
        } else if (tag === 'rPh') phonetic--;
        else if (tag === 'r' && inRun) {
          cell.runs!.push(unescapeOoxml(run));
          inRun = false;
        } else if (tag === 'v' || tag === 'f' || tag === 't') text = undefined;
        return;
      }
      if (tag === 'extLst') ext--;
    },
  });
  return b.finish();
}
