import type { Pack } from '../../core/forms/pack';
import { LianfangError } from '../../core/errors';
import { PACKS, findPack } from '../../core/packs';

/**
 * The pack a user names on the command line: its id, or the id without its year (heshui for heshui-2012) while
 * only one programme of that name exists. Anything else is refused with the list of ids.
 */
export function packArg(id: string): Pack {
  const short = PACKS.filter((p) => p.id.startsWith(`${id}-`));
  const pack = findPack(id) ?? (short.length === 1 ? short[0] : undefined);
  if (!pack) throw new LianfangError('unknown_pack', { pack: id, known: PACKS.map((p) => p.id).join('、') });
  return pack;
}
