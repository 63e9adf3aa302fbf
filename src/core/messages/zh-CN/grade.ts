import type { Params } from '../../errors';

/** Grading, rollup, settings and consolidation messages, keyed by stable code. */
export const grade: Record<string, (p: Params) => string> = {
  // Explanations of a computed level (p.text pieces are built from factor labels and numbers).
  grade_explain_thresholds: (p) => `${p.formula} = ${p.score} ${p.cmp} ${p.bound} → ${p.level}`,
  grade_explain_raise: (p) => `上调:${p.factor} = ${p.value} → 上调一级(${p.from} → ${p.to})`,
  grade_explain_raise_top: (p) => `${p.factor} = ${p.value},已是最高等级,不再上调`,
  grade_explain_grid: (p) =>
    `${p.rowLabel} ${p.row}、${p.colLabel} ${p.col} → 矩阵第${p.row}行第${p.col}列 → ${p.level}`,
  grade_explain_criteria: (p) => `满足 ${p.met} 项条件(${p.which}),${p.cmp} ${p.count} 项 → ${p.level}`,
  grade_explain_none: () => '无',
  grade_missing_factors: (p) => `缺少${p.factors},无法计算等级`,
  grade_bad_factor: (p) => `${p.factor}「${p.value}」不是 ${p.min}–${p.max} 的整数`,
  grade_differs: (p) => `填写的等级「${p.entered}」与计算结果「${p.computed}」不同,请在「调整理由」中说明`,
  grade_unknown_level: (p) => `填写的等级「${p.entered}」不是本方案的等级(${p.known})`,
  grade_note: (p) => `lianfang 定级:${p.text}`,
  grade_scheme_pack: (p) => `方案默认规则(${p.pack})`,
  grade_scheme_settings: (p) => `工作簿「${p.sheet}」表中的设置`,
  grade_scheme_override: () => '任务窗格中的设置',
  grade_rule_thresholds: (p) => `${p.formula};${p.bands}${p.raise ? `;${p.raise}` : ''}`,
  grade_rule_grid: (p) => `${p.rowLabel} × ${p.colLabel} 矩阵`,
  grade_rule_criteria: (p) => `条件计数:${p.which}`,
  // Settings sheet.
  settings_invalid: (p) => `设置表「${p.sheet}」单元格 ${p.cell} 的值「${p.value}」无效:${p.reason}`,
  settings_version: (p) =>
    `设置表「${p.sheet}」的版本「${p.value}」不受支持(本程序支持版本 ${p.supported})。请升级 lianfang 或重建设置表。`,
  settings_unknown_item: (p) => `设置表「${p.sheet}」单元格 ${p.cell} 的设置项「${p.value}」无法识别。`,
  // Rollup.
  rollup_no_forms: () => '工作簿中没有找到可汇总的表格。',
  rollup_no_pack: () => '无法确定工作簿所属的方案,请用 --pack 指定。',
  // Rollup sheets.
  rollup_title: (p) => `${p.unit}廉政风险汇总`,
  rollup_subtitle: (p) => `方案:${p.pack}    定级规则:${p.rule}(${p.source})`,
  rollup_formula_note: () => '本表数字为公式,随各表内容自动更新;lianfang 每次汇总会重建本表,请勿在本表中填写。',
  rollup_heat: (p) => `一、按${p.level} × ${p.category}统计`,
  rollup_other_category: () => '其他/未填',
  rollup_total: () => '合计',
  rollup_subtotal: () => '小计',
  rollup_unlevelled: (p) => `未定级或${p.level}写法不规范的风险点`,
  rollup_share: (p) => `二、${p.top}风险占比`,
  rollup_share_count: (p) => `${p.top}风险(项)`,
  rollup_share_all: () => '风险点总数(项)',
  rollup_share_ratio: () => '占比',
  rollup_share_target: (p) => `方案要求:${p.text}`,
  rollup_share_high: () => '偏高',
  rollup_share_low: () => '偏低',
  rollup_share_ok: () => '符合',
  rollup_by: (p) => `${p.n}、按${p.dim}统计(${p.level} × ${p.category})`,
  rollup_by_sheet: () => '表格/人员',
  rollup_top_list: (p) => `${p.n}、${p.top}风险清单及监控责任`,
  rollup_top_cols: () => '序号|表格|科室|岗位/姓名|风险点|类别|监控责任|位置',
  rollup_none: () => '(无)',
  rollup_done: (p) => `已生成汇总表:${p.sheets}`,
  // Consolidation.
  consolidate_unreadable: (p) => `无法读取「${p.file}」:${p.reason}`,
  consolidate_no_unit: (p) => `「${p.file}」中没有填写单位名称`,
  consolidate_no_inputs: () => '没有找到任何 .xlsx 文件。',
  consolidate_expect_unreadable: (p) => `无法读取应报单位名单「${p.file}」:${p.reason}`,
};
