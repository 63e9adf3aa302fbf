import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { LianfangError } from '../../core/errors';

/**
 * `--expect` for consolidate and report alike: a file with one unit name a line (# starts a comment),
 * or the names themselves separated by commas or 、.
 */
export async function readExpectedUnits(value: string | undefined): Promise<string[] | undefined> {
  if (!value) return undefined;
  if (!existsSync(value))
    return value
      .split(/[,，、]/)
      .map((s) => s.trim())
      .filter(Boolean);
  const text = await readFile(value, 'utf8').catch((e) => {
    throw new LianfangError('consolidate_expect_unreadable', { file: value, reason: (e as Error).message });
  });
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}
