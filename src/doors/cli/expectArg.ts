import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { LianfangError } from '../../core/errors';

/**
 * `--expect` for consolidate and report alike: a file with one unit name a line (# or ＃ starts a comment, a number
 * before the name is the list's), or the names themselves separated by commas or 、.
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
    .map(unitOfLine)
    .filter(Boolean);
}

/**
 * A line of the list as offices write one: a # or ＃ starts a comment anywhere on it, and a number before the name
 * (1. 2、 (3) 4）) is the list's own, not the unit's.
 */
function unitOfLine(line: string): string {
  return line
    .replace(/[#＃].*$/, '')
    .trim()
    .replace(/^(?:[(（]\s*\d+\s*[)）]|\d+\s*[.、．)）])\s*/, '')
    .trim();
}
