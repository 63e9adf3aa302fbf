import { displayText, type CellValue } from '../cell';
import { normaliseLevel } from '../normalise';
import type { GradingScheme } from './scheme';

/** Index (0 = top) of the level a person typed: 一级, 1级, Ⅰ级, 一级风险, 高风险 …; undefined when it is none. */
export function matchLevel(scheme: GradingScheme, v: CellValue | undefined): number | undefined {
  const names = levelNames(scheme);
  const name = normaliseLevel(displayText(v ?? null), names, levelAliases(scheme));
  return name === null ? undefined : names.indexOf(name);
}

/**
 * What people type for each level beyond what normaliseLevel reads: the pack's own aliases, and the level's colour
 * (红, 红色) where the plan marks each level by one (分别用红、黄、蓝颜色进行标识), so 一级（红） reads too.
 */
export function levelAliases(scheme: GradingScheme): Record<string, string> {
  let out = aliasesOf.get(scheme);
  if (out) return out;
  out = {};
  for (const l of scheme.levels) for (const a of l.aliases) out[a] = l.name;
  for (const l of scheme.levels)
    if (scheme.levels.filter((x) => x.colour === l.colour).length === 1) {
      out[l.colour] ??= l.name;
      out[`${l.colour}色`] ??= l.name;
    }
  aliasesOf.set(scheme, out);
  return out;
}

const aliasesOf = new WeakMap<GradingScheme, Record<string, string>>();

/** The scheme's levels as names, top first. */
export const levelNames = (scheme: GradingScheme): string[] => scheme.levels.map((l) => l.name);
