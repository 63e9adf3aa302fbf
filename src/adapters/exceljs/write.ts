import type ExcelJS from 'exceljs';
import { cellAddress, parseRange, rangeAddress } from '../../core/a1';
import { injectCharts, pendingCharts } from './charts';
import { fixPrintNames } from './printNames';

type Validation = ExcelJS.DataValidation;
type Model = Record<string, Validation | undefined>;

/**
 * The one way lianfang turns an ExcelJS workbook into .xlsx bytes (CLI, page and task pane alike).
 *
 * ExcelJS 4.4.0 keeps data validations per cell and, on writing, squeezes them into ranges after sorting the
 * addresses as strings: E10 sorts before E5, so a column E5:E16 comes out as E10:E16 plus E5:E16. Excel repairs
 * such overlapping ranges on opening (and LibreOffice shows the dropdown on part of the column only). We hand
 * ExcelJS ranges that never overlap instead, one per column block, and give the per-cell model back afterwards.
 */
export async function workbookBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  const restore: Array<() => void> = wb.worksheets.map((ws) => {
    const dv = (ws as unknown as { dataValidations: { model: Model } }).dataValidations;
    const original = dv.model;
    dv.model = compactValidations(original);
    return () => void (dv.model = original);
  });
  // A workbook read from a file without a theme (LibreOffice writes none) has an empty theme list, yet ExcelJS
  // always links xl/theme/theme1.xml: Excel then repairs the file. No themes read → ExcelJS's default theme.
  const book = wb as unknown as { _themes?: Record<string, string> };
  const themes = book._themes;
  if (themes && !Object.keys(themes).length) book._themes = undefined;
  restore.push(() => void (book._themes = themes));
  try {
    // Charts ExcelJS cannot write are added to its output (see charts.ts), which zips every part again: ExcelJS
    // then only stores them, so the parts are compressed once (same contents, half the time).
    const charts = pendingCharts(wb);
    const written = await wb.xlsx.writeBuffer(charts.length ? { zip: { compression: 'STORE' } } : undefined);
    return injectCharts(fixPrintNames(new Uint8Array(written), wb), charts);
  } finally {
    for (const r of restore) r();
  }
}

/** Entries compared pairwise for overlaps at most (a per-cell model read from a file goes cell by cell). */
const PAIRWISE = 500;

/**
 * Per-cell (or range-keyed) validations → the same validations as non-overlapping rectangles: runs of rows per
 * column, then neighbouring columns with the same run joined. Where two entries cover one cell the later wins,
 * as it does in ExcelJS's own per-cell model.
 */
export function compactValidations(model: Model): Model {
  // Cells sharing one validation object (applyOps and ExcelJS's reader both share it over a range) are one group;
  // equal objects are joined by their JSON.
  const byObject = new Map<Validation, number>();
  const byJson = new Map<string, number>();
  const groups: Array<{ dv: Validation; cells: Map<number, Array<[number, number]>> }> = [];
  const entries: Array<{ g: number; box: ReturnType<typeof parseRange> }> = [];
  for (const [address, dv] of Object.entries(model)) {
    if (!dv) continue;
    let g = byObject.get(dv);
    if (g === undefined) {
      const json = JSON.stringify(dv);
      g = byJson.get(json);
      if (g === undefined) {
        g = groups.length;
        groups.push({ dv, cells: new Map() });
        byJson.set(json, g);
      }
      byObject.set(dv, g);
    }
    entries.push({ g, box: parseRange(address) });
  }
  /** Rows `top`–`bottom` of a column belong to group g. */
  const own = (g: number, c: number, top: number, bottom: number) => {
    const col = groups[g].cells.get(c) ?? [];
    col.push([top, bottom]);
    groups[g].cells.set(c, col);
  };
  const overlap = (a: (typeof entries)[number]['box'], b: (typeof entries)[number]['box']) =>
    a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
  const disjoint =
    entries.length <= PAIRWISE && entries.every((a, i) => entries.slice(i + 1).every((b) => !overlap(a.box, b.box)));
  if (disjoint)
    // No cell claimed twice: each column of each entry is one run of rows (a register of 100,000 rows: a handful of
    // entries instead of a million cells).
    for (const { g, box } of entries) for (let c = box.left; c <= box.right; c++) own(g, c, box.top, box.bottom);
  else {
    const owner = new Map<string, number>();
    for (const { g, box } of entries)
      for (let r = box.top; r <= box.bottom; r++)
        for (let c = box.left; c <= box.right; c++) owner.set(cellAddress(r, c), g);
    for (const [address, g] of owner) {
      const { top, left } = parseRange(address);
      own(g, left, top, top);
    }
  }
  const out: Model = {};
  for (const { dv, cells } of groups) {
    // Column runs: "top:bottom" → the columns that have exactly that run.
    const runs = new Map<string, number[]>();
    for (const [col, spans] of cells) {
      spans.sort((a, b) => a[0] - b[0]);
      let [start, end] = spans[0];
      for (let i = 1; i <= spans.length; i++) {
        if (i < spans.length && spans[i][0] === end + 1) {
          end = spans[i][1];
          continue;
        }
        const key = `${start}:${end}`;
        runs.set(key, [...(runs.get(key) ?? []), col]);
        if (i < spans.length) [start, end] = spans[i];
      }
    }
    for (const [key, cols] of runs) {
      const [top, bottom] = key.split(':').map(Number);
      cols.sort((a, b) => a - b);
      let first = cols[0];
      for (let i = 1; i <= cols.length; i++) {
        if (i < cols.length && cols[i] === cols[i - 1] + 1) continue;
        out[rangeAddress(top, first, bottom, cols[i - 1])] = dv;
        first = cols[i];
      }
    }
  }
  return out;
}
