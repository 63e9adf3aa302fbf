import { readFile } from 'node:fs/promises';
import type ExcelJS from 'exceljs';
import { readSafely } from '../../../adapters/exceljs/safe/load';
import { LianfangError } from '../../../core/errors';
import type { WorkbookSnapshot } from '../../../core/port';

/** Reads a workbook for sign/verify through the hardened reader: a missing or broken file is exit 2. */
export async function openForStamps(file: string): Promise<{ workbook: ExcelJS.Workbook; snapshot: WorkbookSnapshot }> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch (e) {
    throw new LianfangError('file_not_found', { file }, { cause: e });
  }
  const r = await readSafely(bytes, file);
  return { workbook: r.workbook, snapshot: r.snapshot };
}
