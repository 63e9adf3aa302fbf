import type { Pack } from '../forms/pack';
import { puyang2012 } from './puyang-2012/pack';
import { heshui2012 } from './heshui-2012/pack';
import { hangzhou2019 } from './hangzhou-2019/pack';
import { school2010 } from './school-2010/pack';
import { railway2014 } from './railway-2014/pack';

/** Every programme pack lianfang ships, in the order the picker lists them. */
export const PACKS: readonly Pack[] = [puyang2012, heshui2012, hangzhou2019, school2010, railway2014];

export function findPack(id: string): Pack | undefined {
  return PACKS.find((p) => p.id === id);
}
