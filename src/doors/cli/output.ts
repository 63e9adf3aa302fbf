import { isLianfangError } from '../../core/errors';
import { message } from '../../core/messages';

/** Where a command writes; tests pass their own to read what a person would see. */
export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  debug: boolean;
}

export const processIo = (debug = false): Io => ({
  out: (s) => process.stdout.write(s.endsWith('\n') ? s : `${s}\n`),
  err: (s) => process.stderr.write(s.endsWith('\n') ? s : `${s}\n`),
  debug,
});

/** A failure as a person reads it: zh-CN message and stable code; the stack only with --debug. */
export function reportError(io: Io, e: unknown): void {
  if (isLianfangError(e)) io.err(`错误 [${e.code}]: ${message(e.code, e.params)}`);
  else io.err(`错误 [internal_error]: ${message('internal_error')}`);
  if (io.debug && e instanceof Error) io.err(e.stack ?? String(e));
}

export const json = (v: unknown): string => JSON.stringify(v, null, 2);
