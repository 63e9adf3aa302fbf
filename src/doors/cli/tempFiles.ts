import { readdirSync, statSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

/**
 * The hidden temporary files an output is written to before it is renamed over the target. A write that is
 * interrupted must not leave them behind: SIGINT/SIGTERM/SIGHUP and a normal exit remove them here; a SIGKILL
 * cannot be caught, so the next write into the same folder removes those of processes no longer running.
 */
const pending = new Set<string>();
const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
const TMP = /^\.(.+)\.(\d+)-[0-9a-f]{8}\.tmp$/;
/** Names written before the process id was part of them (`.name.1a2b3c4d.tmp`): removed once this old. */
const LEGACY = /^\..+\.[0-9a-f]{8}\.tmp$/;
const LEGACY_AGE_MS = 10 * 60_000;

export const tempNameFor = (abs: string): string =>
  path.join(path.dirname(abs), `.${path.basename(abs)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);

function removeAll(): void {
  for (const f of pending) {
    try {
      unlinkSync(f);
    } catch {
      // already renamed or removed
    }
  }
  pending.clear();
}

function onSignal(signal: NodeJS.Signals): void {
  removeAll();
  for (const s of SIGNALS) process.removeListener(s, onSignal);
  // Die of the same signal, as the shell expects.
  process.kill(process.pid, signal);
}

/** Tracks a temporary file until `done` is called; an interrupted process removes it on its way out. */
export function trackTemp(file: string): () => void {
  if (!pending.size) {
    for (const s of SIGNALS) process.on(s, onSignal);
    process.on('exit', removeAll);
  }
  pending.add(file);
  return () => {
    pending.delete(file);
    if (!pending.size) {
      for (const s of SIGNALS) process.removeListener(s, onSignal);
      process.removeListener('exit', removeAll);
    }
  };
}

const alive = (pid: number): boolean => {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Removes temporary files left in `dir` for `base` by processes that were killed (never another live write's). */
export function sweepStaleTemps(dir: string, base: string, now = Date.now()): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const m = TMP.exec(name);
    const stale = m
      ? m[1] === base && !alive(Number(m[2]))
      : name.startsWith(`.${base}.`) && LEGACY.test(name) && olderThan(path.join(dir, name), now - LEGACY_AGE_MS);
    if (!stale) continue;
    try {
      unlinkSync(path.join(dir, name));
    } catch {
      // gone meanwhile
    }
  }
}

function olderThan(file: string, time: number): boolean {
  try {
    return statSync(file).mtimeMs < time;
  } catch {
    return false;
  }
}
