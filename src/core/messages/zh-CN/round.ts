import type { Params } from '../../errors';

/** The committee's round: deadlines, who is late (催报), this year against last, the 预警 ledger, the picture. */
export const round: Record<string, (p: Params) => string> = {
  round_deadline: (p) => `${p.by}${p.date ? `(${p.date})` : ''}${p.sealed ? ',须签字盖章' : ''}:${p.what} → 报${p.to}`,
  round_deadline_forms: (p) => `涉及表格:${p.forms}`,
  round_bad_round: (p) => `无法识别轮次「${p.value}」:请写年份,例如 --round 2025 或 --period 2025年度。`,
  round_bad_as_of: (p) => `无法识别日期「${p.value}」:请写成 2025-09-30 或 2025年9月30日。`,
  round_needs_pack: () => '按轮次统计报送进度需要知道方案:请用 --pack 指定,或确保至少有一个单位的工作簿可以识别。',
};
