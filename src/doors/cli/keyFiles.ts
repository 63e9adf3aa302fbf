import { execFileSync } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { LianfangError } from '../../core/errors';
import { message } from '../../core/messages';
import type { Io } from './output';

/** The git work tree a file sits in (the folder holding .git), or null: a key there is one `git add .` from leaking. */
export function gitWorkTreeOf(file: string): string | null {
  let dir: string;
  try {
    dir = path.dirname(realpathSync(file));
  } catch {
    dir = path.dirname(path.resolve(file));
  }
  for (;;) {
    if (existsSync(path.join(dir, '.git'))) return dir;
    const up = path.dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
}

/** Whether git itself would leave the file out of a commit (.gitignore); false when git cannot say. */
function gitIgnores(repo: string, file: string): boolean {
  try {
    execFileSync('git', ['-C', repo, 'check-ignore', '-q', path.resolve(file)], { stdio: 'ignore', timeout: 5000 });
    return true;
  } catch {
    return false;
  }
}

/** Warnings about where a private key file lies: inside a git work tree (and not ignored), or readable by others. */
export async function warnAboutKeyFile(file: string, io: Io): Promise<void> {
  const repo = gitWorkTreeOf(file);
  if (repo && !gitIgnores(repo, file))
    io.err(`警告 [key_in_git_worktree]: ${message('key_in_git_worktree', { file, repo })}`);
  const mode = await stat(file).then(
    (s) => s.mode & 0o777,
    () => null,
  );
  if (mode !== null && mode & 0o077 && process.platform !== 'win32')
    io.err(`警告 [key_file_readable]: ${message('key_file_readable', { file, mode: mode.toString(8) })}`);
}

/** Reads a signer's key file for `sign` (and the committee's for `roster`), warning where it lies badly. */
export async function readKeyFileText(file: string, io: Io): Promise<string> {
  const text = await readFile(file, 'utf8').catch((e) => {
    throw new LianfangError('file_not_found', { file }, { cause: e });
  });
  await warnAboutKeyFile(file, io);
  return text;
}
