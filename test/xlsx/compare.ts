import { isDeepStrictEqual } from 'node:util';
import { loadPrepared } from '../../src/adapters/exceljs/safe/load';
import { prepareWorkbook } from '../../src/adapters/exceljs/safe/prepare';
import { snapshotWorkbook } from '../../src/adapters/exceljs/snapshot';
import { readWorkbookStreamed } from '../../src/adapters/xlsx/read';
import type { WorkbookSnapshot } from '../../src/core/port';

/** Both readers on the same bytes: ExcelJS (prepared, loaded, snapshotted) and the streaming reader. */
export async function bothReaders(bytes: Uint8Array, file: string) {
  const prepared = prepareWorkbook(bytes, file);
  const viaExcelJS = snapshotWorkbook(await loadPrepared(prepared.bytes, file));
  const streamed = readWorkbookStreamed(bytes, file);
  return { viaExcelJS, streamed: streamed.snapshot, warnings: [prepared.warnings, streamed.warnings] };
}

/**
 * Every difference, cell by cell, as lines a person can read: sheet names, hidden state, merges, formulas, number
 * formats, hidden rows and columns (what a stamp's printed content holds), defined names, the number of rows, and
 * each cell whose value differs (with both values).
 */
export function differences(a: WorkbookSnapshot, b: WorkbookSnapshot, limit = 20): string[] {
  const out: string[] = [];
  const say = (s: string) => out.length < limit && out.push(s);
  if (!isDeepStrictEqual(a.names, b.names)) say(`names: ${JSON.stringify(a.names)} ≠ ${JSON.stringify(b.names)}`);
  if (a.sheets.length !== b.sheets.length) say(`sheets: ${a.sheets.length} ≠ ${b.sheets.length}`);
  a.sheets.forEach((s, i) => {
    const t = b.sheets[i];
    if (!t) return;
    for (const k of ['name', 'visibility', 'merges', 'formulas', 'formats', 'hiddenRows', 'hiddenCols'] as const)
      if (!isDeepStrictEqual(s[k], t[k])) say(`${s.name} ${k}: ${JSON.stringify(s[k])} ≠ ${JSON.stringify(t[k])}`);
    if (s.rows.length !== t.rows.length) say(`${s.name} rows: ${s.rows.length} ≠ ${t.rows.length}`);
    for (let r = 0; r < Math.max(s.rows.length, t.rows.length); r++) {
      const x = s.rows[r] ?? [];
      const y = t.rows[r] ?? [];
      if (x.length !== y.length) say(`${s.name} row ${r + 1} width: ${x.length} ≠ ${y.length}`);
      for (let c = 0; c < Math.max(x.length, y.length); c++)
        if (!isDeepStrictEqual(x[c], y[c]))
          say(`${s.name} R${r + 1}C${c + 1}: ${JSON.stringify(x[c])} ≠ ${JSON.stringify(y[c])}`);
    }
  });
  return out;
}
