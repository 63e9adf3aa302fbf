import type { Consolidation, UnitReport } from '../consolidate/consolidate';
import type { Pack } from '../forms/pack';
import { findPack } from '../packs';

/**
 * The picture of all units, as data both the workbook and the page draw: each unit's risk points by level
 * (a heat map) and its share of the top level against the plan's line (hangzhou's 20%; 20% as a reference
 * for plans that set none).
 */
export interface PictureRow {
  unit: string;
  /** Counts by level, top first. */
  byLevel: number[];
  total: number;
  /** Top-level share of the levelled points; null with none. */
  share: number | null;
}

export interface Picture {
  pack: string | null;
  levels: Array<{ name: string; colour: string }>;
  rows: PictureRow[];
  /** The line to compare each share with, and the plan's words for it (or that it is a reference only). */
  line: { value: number; text: string; fromPlan: boolean };
}

/** Colours for the top of each level's scale: stronger than the pale level fills, light enough for black text. */
export const LEVEL_STRONG: Record<string, string> = {
  红: 'F4817F',
  黄: 'FFC000',
  蓝: '6FA8DC',
  橙: 'F4B183',
  绿: 'A9D18E',
};
export const DEFAULT_LINE = 0.2;

export function pictureLine(pack: Pack | undefined): Picture['line'] {
  const rule = pack?.rules.topShare;
  return rule
    ? { value: rule.target, text: rule.text, fromPlan: true }
    : { value: DEFAULT_LINE, text: '参考线 20%（杭州方案：一般高风险类别控制在20%左右）', fromPlan: false };
}

export function pictureRow(unit: string, levels: string[], counts: Record<string, Record<string, number>>): PictureRow {
  const byLevel = levels.map((l) => Object.values(counts[l] ?? {}).reduce((a, b) => a + b, 0));
  const total = byLevel.reduce((a, b) => a + b, 0);
  return { unit, byLevel, total, share: total ? byLevel[0] / total : null };
}

/** The consolidation's counted units (newest copy of each, same pack), in the committee's order. */
export function consolidationPicture(c: Consolidation): Picture {
  const pack = c.pack ? findPack(c.pack) : undefined;
  const counted = (u: UnitReport) => u.unit && !u.otherPack && !(u.duplicate && !u.duplicate.newest);
  return {
    pack: c.pack,
    levels: (pack?.grading.levels ?? []).map((l) => ({ name: l.name, colour: LEVEL_STRONG[l.colour] ?? '808080' })),
    rows: c.units.filter(counted).map((u) => pictureRow(u.unit, c.levels, u.counts)),
    line: pictureLine(pack),
  };
}

/** The same picture from registers read for a comparison (the page's this-year drop): newest copy of each unit. */
export function risksPicture(
  units: ReadonlyArray<{ unit: string; pack: string | null; risks: Array<{ rank?: number }> }>,
): Picture {
  const packId = units.find((u) => u.pack)?.pack ?? null;
  const pack = packId ? findPack(packId) : undefined;
  const levels = pack?.grading.levels ?? [];
  const seen = new Set<string>();
  const rows: PictureRow[] = [];
  for (const u of units) {
    if (!u.unit || seen.has(u.unit) || u.pack !== packId) continue;
    seen.add(u.unit);
    const byLevel = levels.map((_, i) => u.risks.filter((r) => r.rank === i).length);
    const total = byLevel.reduce((a, b) => a + b, 0);
    rows.push({ unit: u.unit, byLevel, total, share: total ? byLevel[0] / total : null });
  }
  // Highest share first: the page's picture reads as a ranking against the line.
  const zh = new Intl.Collator('zh-CN');
  rows.sort((a, b) => (b.share ?? -1) - (a.share ?? -1) || zh.compare(a.unit, b.unit));
  return {
    pack: packId,
    levels: levels.map((l) => ({ name: l.name, colour: LEVEL_STRONG[l.colour] ?? '808080' })),
    rows,
    line: pictureLine(pack),
  };
}
