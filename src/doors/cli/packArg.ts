import type { Pack } from '../../core/forms/pack';
import { LianfangError } from '../../core/errors';
import { PACKS, findPack } from '../../core/packs';

export function packArg(id: string): Pack {
  const pack = findPack(id);
  if (!pack) throw new LianfangError('unknown_pack', { pack: id, known: PACKS.map((p) => p.id).join('、') });
  return pack;
}
