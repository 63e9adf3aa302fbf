import { displayText, type CellValue } from '../cell';
import type { GradingScheme } from './scheme';

const NUMERALS: Record<string, string> = { '1': '一', '2': '二', '3': '三', '4': '四', '5': '五' };
const ROMAN: Record<string, string> = { Ⅰ: '一', Ⅱ: '二', Ⅲ: '三', Ⅳ: '四', Ⅴ: '五', I: '一', II: '二', III: '三' };

const squash = (s: string) => s.replace(/[\s\u3000]/g, '');

/** Index (0 = top) of the level a person typed: 一级, 1级, Ⅰ级, 一级风险, 高风险 …; undefined when it is none. */
export function matchLevel(scheme: GradingScheme, v: CellValue | undefined): number | undefined {
  const raw = squash(displayText(v ?? null));
  if (!raw) return undefined;
  const direct = (s: string) => {
    const i = scheme.levels.findIndex((l) => l.name === s || l.aliases.includes(s));
    return i >= 0 ? i : undefined;
  };
  const candidates = new Set<string>([raw]);
  const bare = raw.replace(/(风险|等级|类)$/, '');
  candidates.add(bare);
  const m = /^([0-9]|Ⅰ|Ⅱ|Ⅲ|Ⅳ|Ⅴ|III|II|I)(级)?$/i.exec(bare);
  if (m) {
    const zh = NUMERALS[m[1]] ?? ROMAN[m[1].toUpperCase()];
    if (zh) candidates.add(`${zh}级`);
  }
  for (const c of candidates) {
    const i = direct(c);
    if (i !== undefined) return i;
  }
  return undefined;
}

/** The scheme's levels as names, top first. */
export const levelNames = (scheme: GradingScheme): string[] => scheme.levels.map((l) => l.name);
