import { cellAddress } from '../../core/a1';
import type { CellValue } from '../../core/cell';
import type { SheetSnapshot } from '../../core/port';
import { LianfangError } from '../../core/errors';
import { mergeBudget, validationBudget } from '../exceljs/safe/plan';
import type { ReadWarning } from '../exceljs/safe/prepare';
import { MAX_COL, MAX_ROW, areaRef, colNumber, parseArea } from '../exceljs/safe/ranges';
import { slideFormula } from './formula';
import { unescapeOoxml } from './sharedStrings';
import { serialToDate } from './styles';
import { NotPlain, scanPlainXml } from './plainScan';
import { relId, scanXml, type XmlHandler } from './tokenize';

export interface SheetContext {
  file: string;
  part: string;
  name: string;
  visibility: SheetSnapshot['visibility'];
  strings: Array<string | null> | undefined;
  dateStyles: boolean[];
  date1904: boolean;
  warnings: ReadWarning[];
}

export interface SheetRead {
  sheet: SheetSnapshot;
  /** Features ExcelJS drops on save (lostOnSave.ts): sparklines, x14 data validations. */
  sparklines: boolean;
  extValidations: boolean;
}

/** One cell as it streams past: its attributes and the text of <v>, <is> and <f>. */
interface Cell {
  ref: string;
  col: number;
  type?: string;
  style?: string;
  value?: string;
  runs?: string[];
  formula?: string;
  shareType?: string;
  shareRef?: string;
  shareId?: string;
}

const ROW_OF = /(\d+)$/;

/**
 * A worksheet part straight into the core's SheetSnapshot, reading values as ExcelJS 4.4 does (shared strings,
 * rich text, booleans, errors, dates by number format, formulas with their cached results, shared formulas
 * translated, merged cells blank but their top-left) in one pass of the tokenizer. Where ExcelJS loses data this
 * reader keeps it (docs/streaming-reader.md lists each case). Budgets and limits as prepareWorkbook applies them.
 */
export function readSheet(xml: string, ctx: SheetContext): SheetRead {
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
  const { file, part, name: sheet } = ctx;
  const outOfRange = (cell: string) => new LianfangError('corrupt', { file, kind: 'out_of_range', part, sheet, cell });
  const rows: Array<Array<CellValue | undefined>> = [];
  const formulas: Record<string, string> = {};
  const masters = new Map<string, { ref: string; formula: string }>();
  const merges: string[] = [];
  const keepMerge = mergeBudget(file, sheet, ctx.warnings);
  const clipValidation = validationBudget(file, sheet, ctx.warnings);
  // Empty cells count as used only under a hyperlink (ExcelJS turns them into hyperlink cells): tracked only then.
  const emptyCells = xml.includes('hyperlink') ? new Map<string, [number, number]>() : undefined;
  const linked: string[] = [];
  const out: SheetRead = {
    sheet: { name: sheet, visibility: ctx.visibility, rows: [], merges },
    sparklines: false,
    extValidations: false,
  };
  let lastRow = 0;
  let rowNum = 0;
  let row: Array<CellValue | undefined> = [];
  let cell: Cell | undefined;
  let prevCol = 0;
  let text: 'v' | 't' | 'f' | 'run' | undefined;
  let run = '';
  let inRun = false;
  let phonetic = 0;
  let ext = 0;

  const finishCell = (c: Cell) => {
    const dateStyle = c.style !== undefined && ctx.dateStyles[parseInt(c.style, 10)] === true;
    let value: CellValue | undefined;
    if (c.formula || c.shareType) {
      value = c.value ? typed(c.value, c.type, dateStyle, ctx.date1904) : null;
      let formula = c.formula;
      if (c.shareType === 'shared' && c.shareId !== undefined) {
        if (c.shareRef) masters.set(c.shareId, { ref: c.ref, formula: c.formula ?? '' });
        else if (!formula) {
          const master = masters.get(c.shareId);
          if (master?.formula) formula = slideFormula(master.formula, master.ref, c.ref);
        }
      }
      if (formula) formulas[cellAddress(rowNum, c.col)] = formula;
    } else if (c.runs) value = c.runs.join('');
    else if (c.value !== undefined) {
      if (c.type === 's') {
        const index = parseInt(c.value, 10);
        if (!ctx.strings) value = index;
        else {
          value = ctx.strings[index];
          if (value === undefined)
            throw new LianfangError('corrupt', { file, kind: 'unreadable', part, detail: `shared string ${c.value}` });
        }
      } else value = typed(c.value, c.type, dateStyle, ctx.date1904);
    }
    if (value === undefined) {
      emptyCells?.set(c.ref, [rowNum, c.col]);
      return;
    }
    row[c.col - 1] = value;
    if (rowNum > lastRow) lastRow = rowNum;
  };

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
        let col = prevCol + 1;
        if (ref) {
          const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref);
          if (!m) throw outOfRange(ref);
          col = colNumber(m[1]);
          const r = Number(m[2]);
          if (col > MAX_COL || r > MAX_ROW || r < 1) throw outOfRange(ROW_OF.exec(ref)?.[1] ?? ref);
        }
        prevCol = col;
        cell = { ref: ref || cellAddress(rowNum, col), col, type: a.t, style: a.s };
      } else if (tag === 'row') {
        const r = attrs().r;
        rowNum = r === undefined ? rowNum + 1 : Number(r);
        if (!(rowNum >= 1 && rowNum <= MAX_ROW)) throw outOfRange(r ?? String(rowNum));
        row = rows[rowNum - 1] = [];
        prevCol = 0;
      } else if (tag === 'mergeCell') {
        const ref = attrs().ref ?? '';
        if (keepMerge(ref)) merges.push(ref);
      } else if (tag === 'dataValidation') clipValidation(attrs().sqref ?? '');
      else if (tag === 'hyperlink') {
        const a = attrs();
        if (relId(a) !== undefined && a.ref) linked.push(a.ref);
      } else if (tag === 'extLst') ext++;
      else if (ext && tag.startsWith('x14:')) {
        if (tag === 'x14:sparklineGroups') out.sparklines = true;
        else if (tag === 'x14:dataValidations' || tag === 'x14:dataValidation') out.extValidations = true;
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
          finishCell(cell);
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

  for (const ref of linked) {
    const at = emptyCells?.get(ref);
    if (!at) continue;
    const r = rows[at[0] - 1];
    if (r && r[at[1] - 1] === undefined) r[at[1] - 1] = null;
    lastRow = Math.max(lastRow, at[0]);
  }
  lastRow = Math.max(lastRow, applyMerges(rows, merges, file, part));
  out.sheet.rows = denseRows(rows, lastRow);
  if (Object.keys(formulas).length) out.sheet.formulas = formulas;
  return out;
}

/** A cell's text as its type says (ExcelJS's rules); dates by the style's number format. */
function typed(text: string, type: string | undefined, dateStyle: boolean, date1904: boolean): CellValue {
  switch (type) {
    case 'str':
    case 'inlineStr':
      return text;
    case 'b':
      return parseInt(text, 10) !== 0;
    case 'e':
      return { error: text };
    case 'd': {
      const ms = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(text) ? text : `${text}Z`);
      if (Number.isNaN(ms)) return text;
      const iso = new Date(ms).toISOString();
      return { date: iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19) };
    }
    default: {
      const n = parseFloat(text);
      return dateStyle ? serialToDate(n, date1904) : n;
    }
  }
}

/**
 * Merged ranges as ExcelJS applies them: every cell but the top-left reads blank, overlapping merges make the
 * file unreadable (as ExcelJS refuses them), and a merge's rows count as used. Returns the last row merges reach.
 */
function applyMerges(rows: Array<Array<CellValue | undefined>>, merges: string[], file: string, part: string): number {
  let last = 0;
  const taken = new Set<number>();
  for (let i = 0; i < merges.length; i++) {
    const area = parseArea(merges[i])!;
    merges[i] =
      `${areaRef({ ...area, bottom: area.top, right: area.left })}:${areaRef({ ...area, top: area.bottom, left: area.right })}`;
    for (let r = area.top; r <= area.bottom; r++)
      for (let c = area.left; c <= area.right; c++) {
        const key = r * (MAX_COL + 1) + c;
        if (taken.has(key))
          throw new LianfangError('corrupt', {
            file,
            kind: 'unreadable',
            part,
            detail: 'Cannot merge already merged cells',
          });
        taken.add(key);
        if (r === area.top && c === area.left) continue;
        const row = rows[r - 1];
        if (row && c <= row.length) row[c - 1] = undefined;
        if (r > last) last = r;
      }
  }
  return last;
}

/** rows[r - 1][c - 1] with blanks as null, trailing blanks dropped, missing rows as []. */
function denseRows(rows: Array<Array<CellValue | undefined>>, lastRow: number): CellValue[][] {
  const out: CellValue[][] = new Array(lastRow);
  for (let r = 0; r < lastRow; r++) {
    const row = rows[r];
    if (!row) {
      out[r] = [];
      continue;
    }
    let end = row.length;
    while (end > 0 && row[end - 1] === undefined) end--;
    const dense: CellValue[] = new Array(end);
    for (let c = 0; c < end; c++) dense[c] = row[c] ?? null;
    out[r] = dense;
  }
  return out;
}
