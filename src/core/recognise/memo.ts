import { identifiedSheets } from '../meta/read';
import type { SheetSnapshot, WorkbookSnapshot } from '../port';
import { makeGrid, type Grid } from './grid';
import type { SheetVerdict } from './judge';

/**
 * Work that recognitions of one unchanged snapshot share: its identification, each sheet's grid and what each
 * sheet is under each pack. Consolidation recognises a unit for its totals, then validation and verification
 * recognise it again with their own options; with one memo the sheets are judged once and every call still decides
 * for itself.
 * Valid only while the snapshot is not changed (a door that edits cells or renames sheets makes a new one).
 */
export class RecognitionMemo {
  private readonly grids = new WeakMap<SheetSnapshot, Grid>();
  private readonly verdicts = new WeakMap<SheetSnapshot, Map<string, SheetVerdict>>();

  private ident?: ReturnType<typeof identifiedSheets>;

  /** The workbook's hidden identification (identifiedSheets), read once: every recognition starts from it. */
  identified(wb: WorkbookSnapshot): ReturnType<typeof identifiedSheets> {
    if (this.ident === undefined) this.ident = identifiedSheets(wb);
    return this.ident;
  }

  grid(sheet: SheetSnapshot): Grid {
    let g = this.grids.get(sheet);
    if (!g) this.grids.set(sheet, (g = makeGrid(sheet)));
    return g;
  }

  /** The sheet's verdict for `key` (pack, how it is claimed, override, identification), judged once. */
  verdict(sheet: SheetSnapshot, key: string, judge: () => SheetVerdict): SheetVerdict {
    let m = this.verdicts.get(sheet);
    if (!m) this.verdicts.set(sheet, (m = new Map()));
    let v = m.get(key);
    if (!v) m.set(key, (v = judge()));
    return v;
  }
}

const shared = new WeakMap<WorkbookSnapshot, RecognitionMemo>();

/** The memo recognitions of `wb` share while `work` runs (recogniseWorkbook looks it up), if any. */
export const sharedMemo = (wb: WorkbookSnapshot): RecognitionMemo | undefined => shared.get(wb);

/** The workbook's hidden identification, read once while a memo is shared (verification asks after recognition). */
export function identifiedOf(wb: WorkbookSnapshot): ReturnType<typeof identifiedSheets> {
  const memo = shared.get(wb);
  return memo ? memo.identified(wb) : identifiedSheets(wb);
}

/**
 * Runs `work` with every recognition of `wb` sharing one memo: for work that reads a snapshot and never changes
 * it (a unit's totals, validation and verification in consolidation). Nested calls share the outer memo.
 */
export async function sharingRecognition<T>(wb: WorkbookSnapshot, work: () => Promise<T>): Promise<T> {
  if (shared.has(wb)) return work();
  shared.set(wb, new RecognitionMemo());
  try {
    return await work();
  } finally {
    shared.delete(wb);
  }
}
