import { displayText, type CellValue } from '../cell';
import { normaliseLevel } from '../normalise';
import type { GradingScheme } from './scheme';

/** Index (0 = top) of the level a person typed: 一级, 1级, Ⅰ级, 一级风险, 高风险 …; undefined when it is none. */
export function matchLevel(scheme: GradingScheme, v: CellValue | undefined): number | undefined {
  const names = levelNames(scheme);
  const aliases: Record<string, string> = {};
  for (const l of scheme.levels) for (const a of l.aliases) aliases[a] = l.name;
  const name = normaliseLevel(displayText(v ?? null), names, aliases);
  return name === null ? undefined : names.indexOf(name);
}

/** The scheme's levels as names, top first. */
export const levelNames = (scheme: GradingScheme): string[] => scheme.levels.map((l) => l.name);
