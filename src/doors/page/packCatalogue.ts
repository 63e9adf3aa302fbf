import type { Pack } from '../../core/forms/pack';

/** What the first screen lists of a programme: its id and name. */
export type PackEntry = Pick<Pack, 'id' | 'name'>;

/**
 * Every shipped programme as the picker lists it, so the page's first screen shows without loading the packs
 * themselves (their definitions and the schema that checks them are most of the page's JavaScript). The test
 * beside this file keeps it equal to PACKS, in order.
 */
export const PACK_CATALOGUE: readonly PackEntry[] = [
  { id: 'puyang-2012', name: '濮阳市科技局 2012 廉政风险防控规范权力运行' },
  { id: 'heshui-2012', name: '合水县 2012 廉政风险防控' },
  { id: 'hangzhou-2019', name: '杭州市生态环境局 2019 廉政风险排查防控' },
  { id: 'school-2010', name: '学校 2010 腐败风险预警防控' },
  { id: 'railway-2014', name: '国家铁路局 2014 行政许可廉政风险防控' },
];

let loaded: readonly Pack[] | undefined;

/** The programmes themselves, loaded on first use (choosing one, opening a file). */
export async function loadPacks(): Promise<readonly Pack[]> {
  return (loaded ??= (await import('../../core/packs')).PACKS);
}

/** The programmes if loaded already, else none. */
export const loadedPacks = (): readonly Pack[] => loaded ?? [];
