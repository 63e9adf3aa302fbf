import type ExcelJS from 'exceljs';
import type { WorkbookSnapshot } from '../../../core/port';
import { openWorkbookFile } from '../open';

/**
 * Reads a workbook for sign/verify like every other command: checks first, then parsed in a worker thread
 * with the same memory and time limits as `inspect` (a hostile file costs at most WORKER_TIMEOUT_MS).
 */
export async function openForStamps(
  file: string,
): Promise<{ snapshot: WorkbookSnapshot; load: () => Promise<ExcelJS.Workbook> }> {
  const opened = await openWorkbookFile(file);
  return { snapshot: opened.snapshot, load: () => opened.loadWorkbook() };
}
