import { chineseNumber, compact } from './text';

const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, V: 5 };
const LETTER: Record<string, number> = { A: 1, B: 2, C: 3, D: 4, E: 5 };
const ORDINAL = '一二三四五';
const CAPITAL: Record<string, string> = { 壹: '一', 貳: '二', 贰: '二', 叁: '三', 參: '三' };

/** The numeral a level is typed with (Ⅰ级, 1级, 一级风险, ①, A级 …), or null. NFKC turns Ⅰ into I and ① into 1. */
function levelNumber(s: string): number | null {
  const core = s.replace(/(风险|预警|等级|级别|级|类)+$/, '').replace(/^第/, '');
  const up = core.toUpperCase();
  if (up in ROMAN) return ROMAN[up];
  // A级, and A alone: the school plan names its warnings 一级预警(A), 二级预警(B), 三级预警(C).
  if (up.length === 1 && up in LETTER) return LETTER[up];
  const n = chineseNumber(core);
  return n !== null && n >= 1 && n <= 5 ? n : null;
}

/**
 * The canonical level for what was typed, or null when it is none of `levels`.
 * `levels` are the pack's names, top first (一级, 二级, 三级 or 高, 中, 低); `aliases` maps extra spellings.
 */
export function normaliseLevel(
  raw: string,
  levels: readonly string[],
  aliases: Record<string, string> = {},
): string | null {
  // 一級 / 貳級 after a Word 简繁转换, 壹级 / 叁级 in capital numerals: the same levels.
  const s = compact(raw)
    .replace(/[級級]/g, '级')
    .replace(/[壹貳贰叁參]/g, (c) => CAPITAL[c]);
  if (!s) return null;
  if (levels.includes(s)) return s;
  for (const [alias, name] of Object.entries(aliases)) if (compact(alias) === s) return name;
  // 一级（红） as the forms' legends print a level: the note in brackets must name the same level.
  const note = /^(.+?)\(([^()]+)\)$/.exec(s);
  if (note) {
    const outer = normaliseLevel(note[1], levels, aliases);
    return outer !== null && normaliseLevel(note[2], levels, aliases) === outer ? outer : null;
  }
  // 一级 / 二级 style: match by the numeral.
  if (levels.every((l) => /^[一二三四五]级$/.test(l))) {
    const n = levelNumber(s);
    if (n === null) return null;
    const name = `${ORDINAL[n - 1]}级`;
    return levels.includes(name) ? name : null;
  }
  // 高 / 中 / 低 style: 高风险, 高风险等级, 风险高.
  const stripped = s.replace(/(风险|等级|级别|级|类)+$/g, '').replace(/^风险/, '');
  if (levels.includes(stripped)) return stripped;
  return null;
}
