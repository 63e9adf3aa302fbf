import { z } from 'zod';
import { FactorKey } from '../forms/schema';

/**
 * A pack's grading scheme, as data. Levels are listed top (most dangerous) first.
 * Rules are the kinds offices actually use: score thresholds, a lookup grid, counting criteria.
 */
export const LevelSchema = z
  .object({
    name: z.string().min(1), // 一级 / 高
    colour: z.enum(['红', '黄', '蓝', '橙', '绿']),
    /** ARGB fill used for the row when this level is typed. */
    fill: z.string().regex(/^[0-9A-F]{8}$/),
    /** Who monitors a risk of this level, where the plan says so. */
    monitor: z.string().optional(),
    /** What the plan says makes a risk this level (heshui: 掌握较多…重要权力…有违纪违法隐患的), where it says. */
    definition: z.string().optional(),
    /** What people type for this level (Ⅰ级, 1级, 一级风险, 高风险 …) beyond the built-in normalisation. */
    aliases: z.array(z.string()).default([]),
  })
  .strict();
export type Level = z.output<typeof LevelSchema>;

export const FactorSchema = z
  .object({
    key: FactorKey,
    label: z.string().min(1),
    min: z.number().int().default(1),
    max: z.number().int().default(5),
    /**
     * Why this factor cannot change the level under the plan's rule, where a plan names a factor its rule does
     * not read (recorded for the user; a pack's factor that neither moves the level nor says why is refused).
     */
    inert: z.string().min(1).optional(),
  })
  .strict();

const levelIndex = z.number().int().min(0);

export const ThresholdRule = z
  .object({
    kind: z.literal('thresholds'),
    combine: z.enum(['product', 'sum']).default('product'),
    of: z.array(FactorKey).min(1),
    /** Highest band first: score ≥ min → level index. */
    bands: z.array(z.object({ min: z.number(), level: levelIndex }).strict()).min(1),
    /** One band up when any of these factors reaches its value (the top band cannot rise). */
    raiseWhen: z.array(z.object({ factor: FactorKey, atLeast: z.number() }).strict()).default([]),
  })
  .strict();

export const GridRule = z
  .object({
    kind: z.literal('grid'),
    rows: FactorKey,
    cols: FactorKey,
    /** grid[row - 1][col - 1] = level index. */
    grid: z.array(z.array(levelIndex).min(1)).min(1),
  })
  .strict();

export const CriteriaRule = z
  .object({
    kind: z.literal('criteria'),
    criteria: z
      .array(z.object({ factor: FactorKey, atLeast: z.number(), label: z.string().optional() }).strict())
      .min(1),
    /** Most met first: met ≥ count → level index; the last entry is the fallback. */
    bands: z.array(z.object({ count: z.number().int().min(0), level: levelIndex }).strict()).min(1),
  })
  .strict();

export const GradingRuleSchema = z.discriminatedUnion('kind', [ThresholdRule, GridRule, CriteriaRule]);
export type GradingRule = z.output<typeof GradingRuleSchema>;

export const GradingSchemeSchema = z
  .object({
    name: z.string().min(1), // 三级 / 三类
    levels: z.array(LevelSchema).min(2).max(5),
    factors: z.array(FactorSchema).min(1),
    rule: GradingRuleSchema,
    /** What the plan says decides the level, shown with results. */
    basis: z.string().optional(),
  })
  .strict()
  .superRefine((s, ctx) => {
    const n = s.levels.length;
    const bad = (i: number) => i >= n;
    const r = s.rule;
    const used =
      r.kind === 'thresholds'
        ? r.bands.map((b) => b.level)
        : r.kind === 'grid'
          ? r.grid.flat()
          : r.bands.map((b) => b.level);
    if (used.some(bad)) ctx.addIssue({ code: 'custom', message: `grading ${s.name}: level index out of range` });
  });
export type GradingScheme = z.output<typeof GradingSchemeSchema>;
export type GradingSchemeInput = z.input<typeof GradingSchemeSchema>;
