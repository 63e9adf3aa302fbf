import type { CellValue } from '../cell';
import type { SheetSnapshot, WorkbookSnapshot } from '../port';

/** A sheet snapshot typed in a test as rows of values (tests only). */
export const sheetOf = (name: string, rows: CellValue[][], merges: string[] = []): SheetSnapshot => ({
  name,
  visibility: 'visible',
  rows,
  merges,
});

export const workbookOf = (...sheets: SheetSnapshot[]): WorkbookSnapshot => ({ sheets, names: [] });
