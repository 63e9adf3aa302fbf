import { cellAddress } from '../../core/a1';
import { MAX_XML_DEPTH } from '../exceljs/safe/limits';
import { MAX_COL, MAX_ROW } from '../exceljs/safe/ranges';
import { CHAR_CLASS, NAME_CHAR, NAME_START, SPACE, attributesOf, newSpans, recordAttribute } from './plainSyntax';
import { NotPlain } from './plainScan';
import { unescapeOoxml } from './sharedStrings';
import { SheetBuilder, newCell, type Cell, type SheetContext, type SheetRead } from './sheetBuilder';
import { Kind, kindOf } from './sheetElements';
import { decodeText, relId } from './tokenize';

const notPlain = new NotPlain('left to the general path');

/** Which text of a cell is being read. */
const enum Text {
  None,
  V,
  T,
  F,
  Run,
}

/** Where the current tag's attributes lie: name from, name to, value from, value to (no object per element). */
const spans = newSpans();
/** The open elements: where each name starts, its length and kind (one sheet is read at a time). */
const starts = new Int32Array(MAX_XML_DEPTH);
const lengths = new Int32Array(MAX_XML_DEPTH);
const kinds = new Uint8Array(MAX_XML_DEPTH);

/**
 * The worksheets' fast path: the events of the plain scanner (plainScan.ts) handled as sheet.ts handles them, read
 * straight off the text by char codes — no attributes object, no handler call per event, cell references and
 * styles as numbers. It accepts only what the plain scanner accepts and gives the same SheetRead; anything else
 * (and any error: a cell out of range, a missing shared string, overlapping merges) throws NotPlain, and readSheet
 * reads the sheet again by the general path, which gives the verdict. Tested against it: sheetFast.property.test.ts.
 */
export function readSheetFast(xml: string, ctx: SheetContext): SheetRead {
  try {
    return scanSheet(xml, new SheetBuilder(xml, ctx));
  } catch {
    throw notPlain;
  }
}

function scanSheet(xml: string, b: SheetBuilder): SheetRead {
  const { ctx } = b;
  let depth = 0;
  let rooted = false;
  let count = 0; // attributes of the current tag, in `spans`
  let cell: Cell | undefined;
  let text = Text.None;
  let run = '';
  let inRun = false;
  let phonetic = 0;
  let ext = 0;

  /** The attribute's index in `spans`, or -1. */
  const find = (name: string): number => {
    for (let a = 0; a < count * 4; a += 4)
      if (spans[a + 1] - spans[a] === name.length && xml.startsWith(name, spans[a])) return a;
    return -1;
  };
  const valueAt = (a: number): string => decodeText(xml.substring(spans[a + 2], spans[a + 3]));
  const attr = (name: string): string | undefined => {
    const a = find(name);
    return a < 0 ? undefined : valueAt(a);
  };

  const open = (kind: Kind, from: number, length: number) => {
    if (cell) {
      if (kind === Kind.V) text = Text.V;
      else if (kind === Kind.F) {
        text = Text.F;
        cell.shareType = attr('t');
        cell.shareRef = attr('ref');
        cell.shareId = attr('si');
      } else if (kind === Kind.RPh) phonetic++;
      else if (kind === Kind.R) {
        cell.runs ??= [];
        inRun = true;
        run = '';
      } else if (kind === Kind.T && !phonetic) text = inRun ? Text.Run : Text.T;
      return;
    }
    switch (kind) {
      case Kind.C:
        cell = openCell();
        break;
      case Kind.Row:
        b.startRow(attr('r'), attr('hidden'), attr('ht'));
        break;
      case Kind.Col:
        b.column(attr('min'), attr('max'), attr('width'), attr('hidden'));
        break;
      case Kind.MergeCell:
        b.mergeCell(attr('ref') ?? '');
        break;
      case Kind.DataValidation:
        b.validation(attr('sqref') ?? '');
        break;
      case Kind.Hyperlink: {
        const a = attributesOf(xml, spans, count);
        if (relId(a) !== undefined && a.ref) b.linked.push(a.ref);
        break;
      }
      case Kind.ExtLst:
        ext++;
        break;
      case Kind.X14:
        if (ext && length === 19 && xml.startsWith('x14:sparklineGroups', from)) b.sparklines = true;
        else if (
          ext &&
          ((length === 19 && xml.startsWith('x14:dataValidations', from)) ||
            (length === 18 && xml.startsWith('x14:dataValidation', from)))
        )
          b.extValidations = true;
        break;
    }
  };

  /** <c r s t>: A1 and a style index read by char codes; anything else by the builder's general rules. */
  const openCell = (): Cell => {
    let col = -1;
    let ref = '';
    const r = find('r');
    if (r >= 0) {
      const from = spans[r + 2];
      const to = spans[r + 3];
      let k = from;
      let c = 0;
      let row = 0;
      for (let w = xml.charCodeAt(k); k < to && w > 64 && w < 91; w = xml.charCodeAt(++k)) c = c * 26 + (w - 64);
      const letters = k - from;
      for (let w = xml.charCodeAt(k); k < to && w > 47 && w < 58; w = xml.charCodeAt(++k)) row = row * 10 + (w - 48);
      const digits = k - from - letters;
      if (k === to && letters && letters <= 3 && digits && digits <= 7 && c <= MAX_COL && row >= 1 && row <= MAX_ROW) {
        col = c;
        b.prevCol = c;
      }
      ref = xml.substring(from, to);
    }
    if (col < 0) {
      ref = r < 0 ? '' : valueAt(r);
      col = b.cellColumn(ref);
    }
    let dateStyle = false;
    let format: string | undefined;
    const s = find('s');
    if (s >= 0) {
      let index = 0;
      let k = spans[s + 2];
      const to = spans[s + 3];
      for (let w = xml.charCodeAt(k); k < to && w > 47 && w < 58; w = xml.charCodeAt(++k))
        index = index * 10 + (w - 48);
      if (k === to && to > spans[s + 2] && to - spans[s + 2] < 10) {
        dateStyle = ctx.dateStyles[index] === true;
        format = ctx.styleFormats[index];
      } else {
        dateStyle = b.isDateStyle(valueAt(s));
        format = b.formatOf(valueAt(s));
      }
    }
    return newCell(ref || cellAddress(b.rowNum, col), col, attr('t'), dateStyle, format);
  };

  const close = (kind: Kind) => {
    if (cell) {
      if (kind === Kind.C) {
        b.finishCell(cell);
        cell = undefined;
        text = Text.None;
        inRun = false;
      } else if (kind === Kind.RPh) phonetic--;
      else if (kind === Kind.R && inRun) {
        cell.runs!.push(unescapeOoxml(run));
        inRun = false;
      } else if (kind === Kind.V || kind === Kind.F || kind === Kind.T) text = Text.None;
      return;
    }
    if (kind === Kind.ExtLst) ext--;
  };

  const n = xml.length;
  let j = 0;
  while (j < n) {
    // A loop, not indexOf: the text between tags is mostly a few characters, shorter than indexOf's call costs.
    let i = j;
    while (i < n && xml.charCodeAt(i) !== 60) i++;
    const end = i;
    if (i === n) i = -1;
    if (end > j) {
      if (depth) {
        if (cell && text !== Text.None && !phonetic) {
          const t = decodeText(xml.substring(j, end));
          if (text === Text.F) cell.formula = (cell.formula ?? '') + t;
          else if (text === Text.Run) run += t;
          else cell.value = (cell.value ?? '') + t;
        }
      } else if (xml.substring(j, end).trim()) throw notPlain;
    }
    if (i < 0) break;
    const w = xml.charCodeAt(i + 1);
    if (w === 33) throw notPlain; // <!DOCTYPE, <!-- -->, <![CDATA[
    if (w === 63) {
      const q = xml.indexOf('?>', i); // <?xml …?>: skipped, as the plain scanner does
      if (q < 0) throw notPlain;
      j = q + 2;
      continue;
    }
    if (w === 47) {
      // </name  >, closing the element open last
      if (!depth) throw notPlain;
      depth--;
      const from = starts[depth];
      const length = lengths[depth];
      let k = i + 2;
      for (let q = 0; q < length; q++) if (xml.charCodeAt(k + q) !== xml.charCodeAt(from + q)) throw notPlain;
      k += length;
      while (CHAR_CLASS[xml.charCodeAt(k)] & SPACE) k++;
      if (xml.charCodeAt(k) !== 62) throw notPlain;
      j = k + 1;
      close(kinds[depth]);
      continue;
    }
    if (!(CHAR_CLASS[w] & NAME_START)) throw notPlain;
    const from = i + 1;
    let k = i + 2;
    while (CHAR_CLASS[xml.charCodeAt(k)] & NAME_CHAR) k++;
    const length = k - from;
    // Attributes up to '>' or '/>': name="value" apart by white space, each name once.
    count = 0;
    let selfClosing = false;
    for (;;) {
      let v = xml.charCodeAt(k);
      if (v === 62) break;
      if (v === 47) {
        if (xml.charCodeAt(k + 1) !== 62) throw notPlain;
        selfClosing = true;
        k++;
        break;
      }
      if (!(CHAR_CLASS[v] & SPACE)) throw notPlain;
      do v = xml.charCodeAt(++k);
      while (CHAR_CLASS[v] & SPACE);
      if (v === 62 || v === 47) continue;
      if (!(CHAR_CLASS[v] & NAME_START)) throw notPlain;
      const nameFrom = k;
      do v = xml.charCodeAt(++k);
      while (CHAR_CLASS[v] & NAME_CHAR);
      if (v !== 61) throw notPlain; // '=' right after the name
      const quote = xml.charCodeAt(k + 1);
      if (quote !== 34 && quote !== 39) throw notPlain;
      let closing = k + 2;
      while (closing < n && xml.charCodeAt(closing) !== quote) closing++;
      if (closing === n) throw notPlain;
      recordAttribute(xml, spans, count, nameFrom, k, closing, notPlain); // each name once
      count++;
      k = closing + 1;
    }
    j = k + 1;
    if (!rooted) {
      for (let q = from; q < from + length; q++) if (xml.charCodeAt(q) === 58) throw notPlain; // a prefixed root
      rooted = true;
    } else if (!depth) throw notPlain; // a second top-level element
    const kind = kindOf(xml, from, length);
    if (!selfClosing) {
      if (depth >= MAX_XML_DEPTH) throw notPlain;
      starts[depth] = from;
      lengths[depth] = length;
      kinds[depth] = kind;
      depth++;
    }
    open(kind, from, length);
    if (selfClosing) close(kind);
  }
  if (depth || !rooted) throw notPlain;
  return b.finish();
}
