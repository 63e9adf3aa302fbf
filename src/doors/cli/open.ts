import type ExcelJS from 'exceljs';
import { loadPrepared } from '../../adapters/exceljs/safe/load';
import type { ReadWarning } from '../../adapters/exceljs/safe/prepare';
import { WorkerReader, type WorkerReaderOptions } from '../../adapters/exceljs/worker/nodeReader';
import { LianfangError, isLianfangError } from '../../core/errors';
import type { WorkbookSnapshot } from '../../core/port';
import { readInputFile } from './io';

/** A workbook that passed every safety check in a worker thread. */
export interface OpenedWorkbook {
  file: string;
  snapshot: WorkbookSnapshot;
  /** Changes made to read it safely, and what would be lost on save (code lost_on_save): tell the user. */
  warnings: ReadWarning[];
  /** The sanitised bytes the worker proved safe. */
  bytes: Uint8Array;
  /** ExcelJS workbook on this thread (from the sanitised bytes), for commands that modify and write it. */
  loadWorkbook(): Promise<ExcelJS.Workbook>;
}

export interface OpenOptions extends WorkerReaderOptions {
  /** Share one worker across calls (openMany does); by default a process-wide worker is used. */
  reader?: WorkerReader;
}

let shared: WorkerReader | undefined;
const sharedReader = () => (shared ??= new WorkerReader());

/**
 * Opens an input workbook for any CLI command: reads the file, then checks and parses it in a
 * worker thread with memory and time limits. Rejects with LianfangError only (exit code 2).
 */
export async function openWorkbookFile(file: string, opts: OpenOptions = {}): Promise<OpenedWorkbook> {
  const input = await readInputFile(file);
  const reader =
    opts.reader ?? (opts.timeoutMs || opts.maxOldGenerationSizeMb ? new WorkerReader(opts) : sharedReader());
  try {
    const r = await reader.read(input, file);
    let loaded: Promise<ExcelJS.Workbook> | undefined;
    return { file, ...r, loadWorkbook: () => (loaded ??= loadPrepared(r.bytes, file)) };
  } finally {
    if (!opts.reader && reader !== shared) await reader.close();
  }
}

export type OpenOutcome<T> =
  { file: string; ok: true; value: T; warnings: ReadWarning[] } | { file: string; ok: false; error: LianfangError };

/**
 * Opens each file in turn and runs `fn` on it; a file that cannot be read (or whose `fn` throws)
 * is reported in its outcome and the batch goes on. Outcomes come back in the order given.
 */
export async function openMany<T>(
  files: string[],
  fn: (opened: OpenedWorkbook) => T | Promise<T>,
  opts: WorkerReaderOptions = {},
): Promise<OpenOutcome<T>[]> {
  // The process-wide worker stays warm between calls (starting one costs about a second).
  const own = Boolean(opts.timeoutMs || opts.maxOldGenerationSizeMb);
  const reader = own ? new WorkerReader(opts) : sharedReader();
  const out: OpenOutcome<T>[] = [];
  try {
    for (const file of files) {
      try {
        const opened = await openWorkbookFile(file, { reader });
        out.push({ file, ok: true, value: await fn(opened), warnings: opened.warnings });
      } catch (e) {
        out.push({ file, ok: false, error: toLianfangError(e, file) });
      }
    }
  } finally {
    if (own) await reader.close();
  }
  return out;
}

const toLianfangError = (e: unknown, file: string): LianfangError =>
  isLianfangError(e) ? e : new LianfangError('corrupt', { file, kind: 'unreadable' }, { cause: e });
