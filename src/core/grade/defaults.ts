import type { GradingSchemeInput } from './scheme';

/** Fills for the three colours the plans use: 红、黄、蓝 (soft enough to read black text on). */
export const LEVEL_FILLS = { 红: 'FFFFC7CE', 黄: 'FFFFEB9C', 蓝: 'FFBDD7EE' } as const;

/**
 * FORMS.md default, configurable: 发生概率 × 危害程度 on 1–5 scales; 15–25 top, 8–14 middle, 1–7 bottom;
 * one band up when a further factor the plan names (自由裁量权, 资金关联, 权力重要程度, 紧急程度) is 5, so every
 * factor a plan names takes part in its level.
 */
export function defaultThresholdRule(
  raise: Array<'discretion' | 'funds' | 'importance' | 'urgency'> = [],
): GradingSchemeInput['rule'] {
  return {
    kind: 'thresholds',
    combine: 'product',
    of: ['probability', 'impact'],
    bands: [
      { min: 15, level: 0 },
      { min: 8, level: 1 },
      { min: 1, level: 2 },
    ],
    raiseWhen: raise.map((factor) => ({ factor, atLeast: 5 })),
  };
}
