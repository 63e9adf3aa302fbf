import type { Pack } from '../forms/pack';
import type { PlanRules } from '../forms/planRules';

/** The rules a plan states in its text, as its pack's data gives them (forms/planRules.ts). */
export const planRulesOf = (pack: Pack): PlanRules => pack.rules;
export type { PlanRules };
