import type { GradingSchemeInput } from './scheme';

/**
 * Fills for the colours the plans mark levels with (分别用红、黄、蓝颜色进行标识): full colours a reader names at a
 * glance on screen and on a colour printer, not pastel tints, each still dark text's background: black text keeps a
 * contrast of at least 4.5:1 (WCAG AA) on every one (defaults.test.ts measures it).
 */
export const LEVEL_FILLS = {
  红: 'FFFF4040',
  黄: 'FFFFE100',
  蓝: 'FF4A90E2',
  橙: 'FFFF9A1F',
  绿: 'FF22B14C',
} as const;

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
