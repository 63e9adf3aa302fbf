import { cellAddress, parseRange } from '../a1';
import { displayText, isBlank, type CellValue } from '../cell';
import type { Pack } from '../forms/pack';
import { identifiedSheets } from '../meta/read';
import { cellAt, type SheetSnapshot, type WorkbookSnapshot } from '../port';
import type { RecognisedForm, RecognisedRow, Recognition } from '../recognise/types';

/**
 * Recognises the forms of a workbook lianfang made (hidden identification + the builder's layout).
 * A stand-in for src/core/recognise's recogniseWorkbook in tests and the CLI until that lands;
 * it produces the same Recognition shape, so grading and rollups do not care which one ran.
 */
export function recogniseMade(wb: WorkbookSnapshot, packs: readonly Pack[]): Recognition {
  const ids = identifiedSheets(wb);
  const pack = ids && packs.find((p) => p.id === ids.pack);
  if (!ids || !pack) return { forms: [], skipped: [] };
  const forms: RecognisedForm[] = [];
  for (const id of ids.sheets) {
    const form = pack.forms.find((f) => f.id === id.form);
    const sheet = wb.sheets.find((s) => s.name === id.sheet);
    if (!form || !sheet) continue;
    const name = wb.names.find((n) => n.name === id.anchor);
    const titleRow = name?.range ? parseRange(name.range).top : 1;
    const labels = form.columns.map((c) => c.label);
    let headerRow = 0;
    for (let r = titleRow + 1; r <= Math.min(sheet.rows.length, titleRow + 40) && !headerRow; r++) {
      const row = sheet.rows[r - 1] ?? [];
      const hits = row.filter((v) => labels.includes(displayText(v).trim())).length;
      if (hits >= Math.min(labels.length, Math.max(1, Math.ceil(labels.length / 2)))) headerRow = r;
    }
    if (!headerRow) continue;
    const columns: Record<string, number> = {};
    (sheet.rows[headerRow - 1] ?? []).forEach((v, i) => {
      const c = form.columns.find((col) => col.label === displayText(v).trim());
      if (c && !(c.key in columns)) columns[c.key] = i + 1;
    });
    const header: RecognisedForm['header'] = {};
    for (const h of form.header)
      for (let r = titleRow + 1; r < headerRow; r++) {
        if (displayText(cellAt(sheet, r, 1)).trim() !== h.label) continue;
        const row = sheet.rows[r - 1] ?? [];
        // Merged label cells may repeat the label across the merge: the value is the first other text.
        const at = row.findIndex((v, i) => i > 0 && !isBlank(v) && displayText(v).trim() !== h.label);
        header[h.key] =
          at > 0 ? { value: row[at], cell: cellAddress(r, at + 1) } : { value: null, cell: cellAddress(r, 2) };
      }
    const stops = new Set([...form.signoff.map((s) => s.label), form.footer ?? '\u0000']);
    const rows: RecognisedRow[] = [];
    let bodyEnd = headerRow;
    const groupKey = form.columns.find((c) => c.group)?.key;
    let lastGroup: CellValue = null;
    for (let r = headerRow + 1; r <= sheet.rows.length; r++) {
      const first = displayText(cellAt(sheet, r, 1)).trim();
      if (stops.has(first) || first.startsWith('备注')) break;
      bodyEnd = r;
      const cells: Record<string, CellValue> = {};
      for (const [k, c] of Object.entries(columns)) cells[k] = cellAt(sheet, r, c);
      if (groupKey) {
        if (isBlank(cells[groupKey]) && inMerge(sheet, r, columns[groupKey])) cells[groupKey] = lastGroup;
        else lastGroup = cells[groupKey];
      }
      const content = form.columns.some((c) => c.kind !== 'seq' && !c.group && !isBlank(cells[c.key] ?? null));
      if (content) rows.push({ row: r, cells });
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
      bodyEnd,
      signoff: {},
    });
  }
  return { pack: pack.id, forms, skipped: [] };
}

function inMerge(sheet: SheetSnapshot, row: number, col: number): boolean {
  return sheet.merges.some((m) => {
    const b = parseRange(m);
    return row > b.top && row <= b.bottom && col >= b.left && col <= b.right;
  });
}
