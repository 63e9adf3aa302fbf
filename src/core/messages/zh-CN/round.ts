import type { Params } from '../../errors';

/** The committee's round: deadlines, who is late (催报), this year against last, the 预警 ledger, the picture. */
export const round: Record<string, (p: Params) => string> = {
  round_deadline: (p) => `${p.by}${p.date ? `(${p.date})` : ''}${p.sealed ? ',须签字盖章' : ''}:${p.what} → 报${p.to}`,
  round_deadline_forms: (p) => `涉及表格:${p.forms}`,
  round_bad_round: (p) => `无法识别轮次「${p.value}」:请写年份,例如 --round 2025 或 --period 2025年度。`,
  round_bad_as_of: (p) => `无法识别日期「${p.value}」:请写成 2025-09-30 或 2025年9月30日。`,
  round_needs_pack: () => '按轮次统计报送进度需要知道方案:请用 --pack 指定,或确保至少有一个单位的工作簿可以识别。',
  round_short_missing: (p) => `缺${p.name}`,
  round_short_unsealed: (p) => `${p.name}签章未完成${p.next ? `(待${p.next}签)` : ''}`,
  round_short_broken: (p) => `${p.name}签章失效,须重新签章`,
  round_progress_sheet: () => '报送进度',
  round_chase_sheet: () => '催报名单',
  round_progress_title: (p) => `${p.pack} ${p.year}年度报送进度(截至${p.asOf})`,
  round_chase_title: (p) => `催报名单(${p.year}年度,截至${p.asOf})`,
  round_chase_cols: () => '序号|单位名称|缺报内容|截止时间|报送对象|逾期天数',
  round_chase_none: () => '截至该日没有逾期未报的单位。',
  round_unit_col: () => '单位名称',
  round_done: () => '已报齐',
  round_overdue: (p) => `逾期${p.days}天`,
  round_pending: (p) => `未到期(还有${p.days}天)`,
  round_unchecked: () => '非表格材料,不在此统计',
  round_summary: (p) =>
    `${p.year}年度报送进度(截至${p.asOf}):${p.units} 个单位,已到期事项全部报齐 ${p.ok} 个,逾期未报 ${p.late} 个。`,
  round_chase_line: (p) => `催报:${p.unit}|${p.missing}|${p.by}(${p.date})报${p.to}|逾期${p.days}天`,
  round_due_header: (p) => `${p.by}(${p.date})`,
};
