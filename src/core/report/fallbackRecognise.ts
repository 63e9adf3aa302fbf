import { parseRange } from '../a1';
import { displayText, isBlank, type CellValue } from '../cell';
import type { Pack } from '../forms/pack';
import { layoutForm } from '../build/layout';
import { identifiedSheets } from '../meta/read';
import { cellAt, type WorkbookSnapshot } from '../port';
import type { RecognisedForm, Recognition } from '../recognise/types';
import { cellAddress } from '../a1';

/**
 * Stand-in until src/core/recognise/recogniseWorkbook lands: finds only sheets lianfang made itself
 * (hidden identification + defined name on the title cell) and reads them by the builder's own layout.
 */
export function recogniseLianfangSheets(wb: WorkbookSnapshot, pack: Pack): Recognition {
  const ids = identifiedSheets(wb);
  if (!ids || ids.pack !== pack.id) return { pack: ids?.pack, forms: [], skipped: [] };
  const forms: RecognisedForm[] = [];
  for (const id of ids.sheets) {
    const form = pack.forms.find((f) => f.id === id.form);
    const sheet = wb.sheets.find((s) => s.name === id.sheet);
    const anchor = wb.names.find((n) => n.name === id.anchor);
    if (!form || !sheet || !anchor?.range) continue;
    const titleRow = parseRange(anchor.range).top;
    const layout = layoutForm(form, 1);
    const shift = titleRow - layout.titleRow;
    const headerRow = layout.headerRow + shift;
    const header: RecognisedForm['header'] = {};
    for (const h of form.header) {
      const r = layout.fieldRows[h.key] + shift;
      header[h.key] = { value: cellAt(sheet, r, layout.labelSpan + 1), cell: cellAddress(r, layout.labelSpan + 1) };
    }
    const stops = new Set([form.footer ?? '', ...form.signoff.map((s) => s.label)].filter(Boolean));
    const columns: Record<string, number> = {};
    form.columns.forEach((c, i) => (columns[c.key] = i + 1));
    const rows: RecognisedForm['rows'] = [];
    const merged = mergedValues(sheet.merges, (rr, cc) => cellAt(sheet, rr, cc));
    let r = headerRow + 1;
    for (; r <= sheet.rows.length; r++) {
      const first = displayText(cellAt(sheet, r, 1));
      if (stops.has(first)) break;
      const cells: Record<string, CellValue> = {};
      let any = false;
      form.columns.forEach((c, i) => {
        const v = merged.get(`${r}:${i + 1}`) ?? cellAt(sheet, r, i + 1);
        cells[c.key] = v;
        if (!isBlank(v)) any = true;
      });
      if (any) rows.push({ row: r, cells });
    }
    forms.push({
      pack: pack.id,
      form: form.id,
      sheet: sheet.name,
      how: 'meta',
      ...(id.instance ? { instance: id.instance } : {}),
      titleRow,
      headerRow,
      columns,
      header,
      rows,
      bodyEnd: r - 1,
      signoff: {},
    });
  }
  return { pack: pack.id, forms, skipped: [] };
}

/** A merged range's value lives in its top-left cell; recognition repeats it on every covered cell. */
function mergedValues(merges: string[], at: (r: number, c: number) => CellValue): Map<string, CellValue> {
  const out = new Map<string, CellValue>();
  for (const m of merges) {
    const b = parseRange(m);
    const v = at(b.top, b.left);
    for (let r = b.top; r <= b.bottom; r++) for (let c = b.left; c <= b.right; c++) out.set(`${r}:${c}`, v);
  }
  return out;
}
