import { constants } from 'node:fs';
import { copyFile, lstat, open, readFile, realpath, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { LianfangError } from '../../core/errors';
import { MAX_FILE_BYTES } from '../../adapters/exceljs/safe/limits';
import { checkInputStat, inputFileError } from '../../adapters/exceljs/safe/inputFile';
import { sweepStaleTemps, tempNameFor, trackTemp } from './tempFiles';

export interface WriteOptions {
  /** Overwrite an existing output file (the user said so). */
  force?: boolean;
  /** The input files: output must not be one of them unless in-place was asked for. */
  inputs?: string[];
  inPlace?: boolean;
  /** File mode for a new file (key files: 0o600). */
  mode?: number;
}

/**
 * Writes through a temporary file in the same folder and renames it over the target, so a crash
 * never leaves a half-written workbook; refuses to replace a file the user did not ask to replace.
 * Paths are compared after following symbolic links, so no link leads an output onto an input.
 */
export async function writeFileSafely(target: string, data: Uint8Array, opts: WriteOptions = {}): Promise<void> {
  const abs = await resolvedPath(path.resolve(target));
  const inputs = await Promise.all((opts.inputs ?? []).map((i) => resolvedPath(path.resolve(i))));
  const isInput = inputs.includes(abs);
  if (isInput && !opts.inPlace) throw new LianfangError('output_is_input', { file: target });
  const exists = await lstat(abs).then(
    () => true,
    () => false,
  );
  if (!isInput && exists && !opts.force) throw new LianfangError('output_exists', { file: target });
  sweepStaleTemps(path.dirname(abs), path.basename(abs));
  if (isInput && opts.inPlace) await keepBackup(abs, target);
  const tmp = tempNameFor(abs);
  const untrack = trackTemp(tmp);
  try {
    const fh = await open(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, opts.mode ?? 0o666);
    try {
      await writeFile(fh, data);
      await fh.sync();
    } finally {
      await fh.close();
    }
    await rename(tmp, abs);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    if (e instanceof LianfangError) throw e;
    throw new LianfangError('write_failed', { file: target, reason: (e as Error).message }, { cause: e });
  } finally {
    untrack();
  }
}

/** The real path a write would land on: symbolic links followed, for files that do not exist yet too. */
async function resolvedPath(abs: string): Promise<string> {
  try {
    return await realpath(abs);
  } catch {
    try {
      return path.join(await realpath(path.dirname(abs)), path.basename(abs));
    } catch {
      return abs;
    }
  }
}

/** Copies the original beside it under a name no earlier backup has (never replaces one). */
async function keepBackup(abs: string, target: string): Promise<string> {
  const now = new Date();
  for (let n = 1; n < 1000; n++) {
    const name = backupName(abs, now, n);
    try {
      await copyFile(abs, name, constants.COPYFILE_EXCL);
      return name;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw new LianfangError('write_failed', { file: target, reason: (e as Error).message }, { cause: e });
    }
  }
  throw new LianfangError('write_failed', { file: target, reason: '备份文件过多' });
}

/** 报表.xlsx → 报表.bak-20261126-130512.xlsx (then …-130512-2.xlsx for a second backup in the same second). */
export function backupName(file: string, when = new Date(), n = 1): string {
  const p = (x: number) => String(x).padStart(2, '0');
  const stamp = `${when.getFullYear()}${p(when.getMonth() + 1)}${p(when.getDate())}-${p(when.getHours())}${p(when.getMinutes())}${p(when.getSeconds())}`;
  const ext = path.extname(file);
  return `${file.slice(0, file.length - ext.length)}.bak-${stamp}${n > 1 ? `-${n}` : ''}${ext}`;
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
    throw inputFileError(file, e);
  }
  checkInputStat(file, info, maxBytes);
  try {
    return new Uint8Array(await readFile(file));
  } catch (e) {
    throw inputFileError(file, e);
  }
}
