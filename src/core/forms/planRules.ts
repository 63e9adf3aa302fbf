import { z } from 'zod';

/** 对分值低于一定分值的,及时进行廉政谈话: the plan names no figure; 60 of 100 until a unit sets its own. */
export const DEFAULT_TALK_THRESHOLD = 60;

/**
 * Rules a plan states in its text beyond what its columns imply, kept with the pack's data so a new pack needs
 * no code: validation checks them, rollups show them.
 */
const band = z.tuple([z.number().min(0).max(1), z.number().min(0).max(1)]);

export const PlanRulesSchema = z
  .object({
    /** The share of the top level should stay near `target` (hangzhou: 一般高风险类别控制在20%左右). */
    topShare: z
      .object({
        forms: z.array(z.string()).min(1),
        target: z.number().min(0).max(1),
        /** The plan's own words, shown beside the figure. */
        text: z.string().min(1),
        /** The summary calls the share 符合 inside this band, 偏高/偏低 outside it. */
        near: band,
        /** Validation warns outside this wider band. */
        far: band,
        /** Fewer graded rows than this say nothing about a share. */
        minRows: z.number().int().min(1),
      })
      .strict()
      .optional(),
    /** When `when` is filled, every column in `need` must be too (railway: a measure needing a rule has 完成时限, 责任人). */
    filledNeeds: z
      .array(z.object({ form: z.string(), when: z.string(), need: z.array(z.string()).min(1) }).strict())
      .optional(),
    /** A score below the threshold (settings.talkThreshold) needs `yes` = 是 (school D5 廉政谈话). */
    scoreNeedsYes: z.array(z.object({ form: z.string(), score: z.string(), yes: z.string() }).strict()).optional(),
  })
  .strict();
export type PlanRules = z.output<typeof PlanRulesSchema>;

/** Every form and column a rule names, so the pack schema can refuse a rule that points nowhere. */
export function ruleReferences(r: PlanRules): Array<{ form: string; keys: string[] }> {
  return [
    ...(r.topShare?.forms.map((form) => ({ form, keys: [] })) ?? []),
    ...(r.filledNeeds?.map((x) => ({ form: x.form, keys: [x.when, ...x.need] })) ?? []),
    ...(r.scoreNeedsYes?.map((x) => ({ form: x.form, keys: [x.score, x.yes] })) ?? []),
  ];
}
