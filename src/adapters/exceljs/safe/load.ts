import type ExcelJS from 'exceljs';
import type { WorkbookSnapshot } from '../../../core/port';
import { loadPrepared } from './loadPrepared';
import { readWorkbookStreamed } from '../../xlsx/read';
import { prepareWorkbook, type ReadWarning } from './prepare';

export interface SafeRead {
  workbook: ExcelJS.Workbook;
  snapshot: WorkbookSnapshot;
  warnings: ReadWarning[];
  /** The sanitised bytes ExcelJS loaded: load them again (loadPrepared) to modify and write the workbook. */
  bytes: Uint8Array;
}

export { loadPrepared } from './loadPrepared';

/**
 * Every check, the streaming reader's snapshot (what the core reads), and the ExcelJS workbook from the sanitised
 * bytes (what a door modifies and writes). Throws LianfangError only.
 */
export async function readSafely(input: Uint8Array, file: string): Promise<SafeRead> {
  const { snapshot, warnings } = readWorkbookStreamed(input, file);
  const prepared = prepareWorkbook(input, file);
  const workbook = await loadPrepared(prepared.bytes, file);
  return { workbook, snapshot, warnings, bytes: prepared.bytes };
}
