import type { Pack } from '../forms/pack';
import { puyang2012 } from './puyang-2012/pack';

/** Every programme pack lianfang ships, in the order the picker lists them. */
export const PACKS: readonly Pack[] = [puyang2012];

export function findPack(id: string): Pack | undefined {
  return PACKS.find((p) => p.id === id);
}
