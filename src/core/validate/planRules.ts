/**
 * Rules a plan states in its text that the form data cannot express yet (FORMS.md "Plan rules"), by pack id.
 * A pack without an entry gets only the checks its columns imply.
 */
export interface PlanRules {
  /** The share of the top level should stay near `target` (hangzhou: 一般高风险类别控制在20%左右). */
  topShare?: { forms: string[]; target: number; low: number; high: number; minRows: number };
  /** When `when` is filled, every column in `need` must be too (railway: a measure needing a rule has 完成时限, 责任人). */
  filledNeeds?: Array<{ form: string; when: string; need: string[] }>;
  /** A score below the threshold (settings.talkThreshold) needs `yes` = 是 (school D5 廉政谈话). */
  scoreNeedsYes?: Array<{ form: string; score: string; yes: string }>;
  /** Columns the plan's procedure makes compulsory although the printed table leaves them open (D4 回告时限). */
  alsoRequired?: Array<{ form: string; keys: string[] }>;
}

export const PLAN_RULES: Record<string, PlanRules> = {
  'hangzhou-2019': { topShare: { forms: ['C1', 'C2'], target: 0.2, low: 0.1, high: 0.3, minRows: 5 } },
  'railway-2014': { filledNeeds: [{ form: 'E2', when: 'rulePlan', need: ['deadline', 'owner'] }] },
  'school-2010': {
    scoreNeedsYes: [{ form: 'D5', score: 'score', yes: 'talk' }],
    alsoRequired: [{ form: 'D4', keys: ['replyLimit'] }],
  },
};

export const planRulesOf = (pack: string): PlanRules => PLAN_RULES[pack] ?? {};
