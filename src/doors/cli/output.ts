import { isLianfangError } from '../../core/errors';
import { message } from '../../core/messages';
import { jsonSafe, terminalSafe } from './terminalText';

/** Where a command writes; tests pass their own to read what a person would see. */
export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  debug: boolean;
}

let pipesGuarded = false;
/**
 * `lianfang … | head` closes our stdout early: the next write fails with EPIPE. That is the reader saying
 * "enough", not an error: from then on nothing more is written there, never a stack trace. The command still
 * finishes its work (an output file is still written whole) and exits with its own code: `verify` of a tampered
 * file piped into `head` exits 1, never 0 because the reader left before the verdict.
 */
function guardPipes(): void {
  if (pipesGuarded) return;
  pipesGuarded = true;
  for (const stream of [process.stdout, process.stderr])
    stream.on('error', () => {
      // The stream is destroyed now; write() below skips it. Nothing to tell: nobody is reading.
    });
}

const write = (stream: NodeJS.WriteStream, s: string) => {
  if (stream.destroyed || stream.writableEnded) return;
  stream.write(s.endsWith('\n') ? s : `${s}\n`);
};

export const processIo = (debug = false): Io => {
  guardPipes();
  return { out: (s) => write(process.stdout, s), err: (s) => write(process.stderr, s), debug };
};

/** Every line a command prints goes through this: no terminal control sequence from a workbook reaches the screen. */
export const safeIo = (io: Io): Io => ({
  out: (s) => io.out(terminalSafe(s)),
  err: (s) => io.err(terminalSafe(s)),
  debug: io.debug,
});

/** A failure as a person reads it: zh-CN message and stable code; the stack only with --debug. */
export function reportError(io: Io, e: unknown): void {
  if (isLianfangError(e)) io.err(`错误 [${e.code}]: ${message(e.code, e.params)}`);
  else io.err(`错误 [internal_error]: ${message('internal_error')}`);
  if (io.debug && e instanceof Error) io.err(e.stack ?? String(e));
}

export const json = (v: unknown): string => jsonSafe(JSON.stringify(v, null, 2));
