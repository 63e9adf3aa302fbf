import { readFile } from 'node:fs/promises';
import { parseRoster, type Roster } from '../../core/approve';
import { LianfangError } from '../../core/errors';

/** Reads and checks a roster file given with --roster (its signature must hold). */
export async function readRosterFile(file: string): Promise<Roster> {
  const text = await readFile(file, 'utf8').catch((e) => {
    throw new LianfangError('file_not_found', { file }, { cause: e });
  });
  return parseRoster(text, file);
}

/** --trust was a bare list of names and keys; it is refused with a pointer to the roster. */
export function refuseTrust(trust: unknown): void {
  if (trust !== undefined) throw new LianfangError('trust_replaced_by_roster');
}
