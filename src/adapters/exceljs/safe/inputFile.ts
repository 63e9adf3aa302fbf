import { readFileSync, statSync, type Stats } from 'node:fs';
import { LianfangError } from '../../../core/errors';
import { MAX_FILE_BYTES } from './limits';

/** Why a path named as input cannot be read: missing, a folder, too large, or the system's own reason. */
export function inputFileError(file: string, e: unknown): LianfangError {
  if ((e as NodeJS.ErrnoException).code === 'ENOENT')
    return new LianfangError('file_not_found', { file }, { cause: e });
  return new LianfangError('read_failed', { file, reason: (e as Error).message }, { cause: e });
}

/** The checks on a file's stat before its bytes are read (a folder, or more bytes than any workbook). */
export function checkInputStat(file: string, info: Stats, maxBytes: number): void {
  if (info.isDirectory()) throw new LianfangError('is_directory', { file });
  if (info.size > maxBytes)
    throw new LianfangError('too_large', { file, what: 'file', limit: maxBytes, actual: info.size });
}

/**
 * An input file's bytes and time, read at once: for a worker thread that reads the files named to it
 * (consolidation's threads), with the same checks and messages as the CLI's readInputFile.
 */
export function readInputFileSync(file: string, maxBytes = MAX_FILE_BYTES): { bytes: Uint8Array; mtime: Date } {
  let info: Stats;
  try {
    info = statSync(file);
  } catch (e) {
    throw inputFileError(file, e);
  }
  checkInputStat(file, info, maxBytes);
  try {
    return { bytes: new Uint8Array(readFileSync(file)), mtime: info.mtime };
  } catch (e) {
    throw inputFileError(file, e);
  }
}
