import type ExcelJS from 'exceljs';
import { loadPrepared } from '../../adapters/exceljs/safe/load';
import type { ReadWarning } from '../../adapters/exceljs/safe/prepare';
import { WorkerReader, type ReadOptions, type WorkerReaderOptions } from '../../adapters/exceljs/worker/nodeReader';
import { prepareWorkbook } from '../../adapters/exceljs/safe/prepare';
import { LianfangError, isLianfangError } from '../../core/errors';
import type { WorkbookSnapshot } from '../../core/port';
import { readInputFile } from './io';

/** A workbook that passed every safety check in a worker thread. */
export interface OpenedWorkbook {
  file: string;
  snapshot: WorkbookSnapshot;
  /** Changes made to read it safely, and what would be lost on save (code lost_on_save): tell the user. */
  warnings: ReadWarning[];
  /** The file's bytes as read (the worker proved them safe to read). */
  bytes: Uint8Array;
  /** When the workbook says it was last saved (docProps/core.xml), when asked for. */
  modified?: string;
  /** ExcelJS workbook on this thread (from the file rewritten by prepareWorkbook), for commands that modify it. */
  loadWorkbook(): Promise<ExcelJS.Workbook>;
}

export interface OpenOptions extends WorkerReaderOptions, ReadOptions {
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
    const r = await reader.read(input, file, { modified: opts.modified });
    let loaded: Promise<ExcelJS.Workbook> | undefined;
    // The worker's checks passed: rewriting the file for ExcelJS (linear, bounded) is safe on this thread.
    const load = async () => loadPrepared(prepareWorkbook(input, file).bytes, file);
    return {
      file,
      snapshot: r.snapshot,
      warnings: r.warnings,
      modified: r.modified,
      bytes: input,
      loadWorkbook: () => (loaded ??= load()),
    };
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
