import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { LianfangError } from '../../core/errors';
import { MAX_FILE_BYTES } from '../../adapters/exceljs/safe/limits';

export interface WriteOptions {
  /** Overwrite an existing output file (the user said so). */
  force?: boolean;
  /** The input files: output must not be one of them unless in-place was asked for. */
  inputs?: string[];
  inPlace?: boolean;
}

/**
 * Writes through a temporary file in the same folder and renames it over the target, so a crash
 * never leaves a half-written workbook; refuses to replace a file the user did not ask to replace.
 */
export async function writeFileSafely(target: string, data: Uint8Array, opts: WriteOptions = {}): Promise<void> {
  const abs = path.resolve(target);
  const isInput = (opts.inputs ?? []).some((i) => path.resolve(i) === abs);
  if (isInput && !opts.inPlace) throw new LianfangError('output_is_input', { file: target });
  if (!isInput && existsSync(abs) && !opts.force) throw new LianfangError('output_exists', { file: target });
  if (isInput && opts.inPlace) await copyFile(abs, backupName(abs));
  const tmp = path.join(path.dirname(abs), `.${path.basename(abs)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(tmp, data);
    await rename(tmp, abs);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw new LianfangError('write_failed', { file: target, reason: (e as Error).message }, { cause: e });
  }
}

/** 报表.xlsx → 报表.bak-20261126-1305.xlsx */
export function backupName(file: string): string {
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 13);
  const ext = path.extname(file);
  return `${file.slice(0, file.length - ext.length)}.bak-${stamp}${ext}`;
}

/**
 * Reads an input file for any command: a clear error for a missing file, a folder or a file over
 * MAX_FILE_BYTES, checked before reading a single byte of it.
 */
export async function readInputFile(file: string, maxBytes = MAX_FILE_BYTES): Promise<Uint8Array> {
  let info;
  try {
    info = await stat(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT')
      throw new LianfangError('file_not_found', { file }, { cause: e });
    throw new LianfangError('read_failed', { file, reason: (e as Error).message }, { cause: e });
  }
  if (info.isDirectory()) throw new LianfangError('is_directory', { file });
  if (info.size > maxBytes)
    throw new LianfangError('too_large', { file, what: 'file', limit: maxBytes, actual: info.size });
  try {
    return new Uint8Array(await readFile(file));
  } catch (e) {
    throw new LianfangError('read_failed', { file, reason: (e as Error).message }, { cause: e });
  }
}
