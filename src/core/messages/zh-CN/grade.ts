import type { Params } from '../../errors';

/** Grading, rollup, settings and consolidation messages, keyed by stable code. */
export const grade: Record<string, (p: Params) => string> = {
  // Explanations of a computed level (p.text pieces are built from factor labels and numbers).
  grade_explain_thresholds: (p) => `${p.formula} = ${p.score} ${p.cmp} ${p.bound} → ${p.level}`,
  grade_explain_raise: (p) => `上调：${p.factor} = ${p.value} → 上调一级（${p.from} → ${p.to}）`,
  grade_explain_raise_top: (p) => `${p.factor} = ${p.value}，已是最高等级，不再上调`,
  grade_explain_grid: (p) =>
    `${p.rowLabel} ${p.row}、${p.colLabel} ${p.col} → 矩阵第${p.row}行第${p.col}列 → ${p.level}`,
  grade_explain_criteria: (p) => `满足 ${p.met} 项条件（${p.which}），${p.cmp} ${p.count} 项 → ${p.level}`,
  grade_explain_none: () => '无',
  grade_written_rollup_failed: (p) => `等级已算好并写入工作簿（补填 ${p.filled} 行），但写入汇总表时出错：${p.reason}`,
  grade_formula_uncalculated: (p) =>
    `${p.cell} 是公式「${p.formula}」，文件中还没有它的计算结果：lianfang 不改写公式。请在 Excel 中打开、保存一次，让它算出等级。`,
  grade_missing_factors: (p) => `缺少${p.factors}，无法计算等级`,
  grade_bad_factor: (p) => `${p.factor}「${p.value}」不是 ${p.min}–${p.max} 的整数`,
  grade_differs_explained: (p) => `填写的等级「${p.entered}」与计算结果「${p.computed}」不同，调整理由：${p.reason}`,
  grade_differs: (p) => `填写的等级「${p.entered}」与计算结果「${p.computed}」不同，请在「调整理由」中说明`,
  grade_unknown_level: (p) => `填写的等级「${p.entered}」不是本方案的等级（${p.known}）`,
  grade_done: (p) =>
    `已写入 ${p.file}：填入 ${p.filled} 个等级，与计算一致 ${p.agrees} 个，与计算不同 ${p.differs} 个（其中 ${p.needsReason} 个缺少调整理由），无法计算 ${Number(p.incomplete) + Number(p.invalid)} 个。定级规则：${p.rule}`,
  grade_note: (p) => `lianfang 定级：${p.text}`,
  grade_no_monitor_column: (p) =>
    `工作表「${p.sheet}」没有「监控责任」列，${p.rows} 个风险点的监控责任未填写：请在表头加上「监控责任」列后再计算等级。`,
  grade_scheme_pack: (p) => `方案默认规则（${p.pack}）`,
  grade_scheme_settings: (p) => `工作簿「${p.sheet}」表中的设置`,
  grade_scheme_override: () => '任务窗格中的设置',
  grade_rule_thresholds: (p) => `${p.formula}；${p.bands}${p.raise ? `；${p.raise}` : ''}`,
  grade_rule_unread: (p) => `未参与定级：${p.factors}`,
  grade_rule_grid: (p) => `${p.rowLabel} × ${p.colLabel} 矩阵`,
  grade_rule_criteria: (p) => `条件计数：${p.which}`,
  // Settings sheet.
  settings_invalid: (p) => `设置表「${p.sheet}」单元格 ${p.cell} 的值「${p.value}」无效：${p.reason}`,
  settings_version: (p) =>
    `设置表「${p.sheet}」的版本「${p.value}」不受支持（本程序支持版本 ${p.supported}）。请升级 lianfang 或重建设置表。`,
  settings_unknown_item: (p) => `设置表「${p.sheet}」单元格 ${p.cell} 的设置项「${p.value}」无法识别。`,
  // Rollup.
  rollup_no_forms: () => '工作簿中没有找到可汇总的表格。',
  rollup_no_pack: (p) => `无法确定工作簿所属的方案，请用 --pack 指定（可用的方案：${p.known}）。`,
  // Rollup sheets.
  rollup_title: (p) => `${p.unit}廉政风险汇总`,
  rollup_subtitle: (p) => `方案：${p.pack}    定级规则：${p.rule}（${p.source}）`,
  rollup_subtitle_printed: (p) => `方案：${p.pack}    定级规则：${p.rule}`,
  rollup_formula_note: () => '本表数字为公式，随各表内容自动更新；lianfang 每次汇总会重建本表，请勿在本表中填写。',
  rollup_static_counts: (p) =>
    `注意：有 ${p.n} 个数字涉及的表格过多，超出 Excel 公式长度限制，以数值写入，不会随表格自动更新；修改表格后请重新汇总。`,
  rollup_spellings_note: (p) => `按规范写法计数（与校验的提示一致）：${p.pairs}。`,
  rollup_no_category_note: (p) => `${p.forms}没有${p.category}栏：其风险点只按等级计数，计入「${p.other}」列。`,
  rollup_b4_untyped_note: (p) =>
    `注：${p.forms}没有${p.category}栏，其风险点只计入风险等级，不计入${p.category}；某行的风险点都来自该表时，${p.category}各栏记「—」。`,
  rollup_heat: (p) => `一、按${p.level} × ${p.category}统计`,
  rollup_other_category: () => '其他/未填',
  rollup_total: () => '合计',
  rollup_subtotal: () => '小计',
  rollup_unlevelled: (p) => `未定级或${p.level}写法不规范的风险点`,
  rollup_share: (p) => `二、${p.top}风险占比`,
  rollup_share_count: (p) => `${p.top}风险（项）`,
  // Graded ones only: the share of a level is over the risk points a level was read for (the 未定级 line counts the rest).
  rollup_share_all: () => '已定级风险点总数（项）',
  rollup_share_ratio: () => '占比',
  rollup_share_target: (p) => `方案要求：${p.text}`,
  rollup_share_high: () => '偏高',
  rollup_share_low: () => '偏低',
  rollup_share_ok: () => '符合',
  rollup_by: (p) => `${p.n}、按${p.dim}统计（${p.level} × ${p.category}）`,
  rollup_by_sheet: () => '表格/人员',
  rollup_top_list: (p) => `${p.n}、${p.top}风险清单及监控责任`,
  rollup_top_list_plain: (p) => `${p.n}、${p.top}风险清单`,
  rollup_top_cols: () => '序号|表格|科室|岗位/姓名|风险点|类别|监控责任|位置',
  rollup_none: () => '（无）',
  rollup_done: (p) => `已生成汇总表：${p.sheets}`,
  // Consolidation.
  consolidate_title: (p) => `${p.pack}各单位廉政风险汇总`,
  consolidate_units_sheet: () => '各单位汇总',
  consolidate_status_sheet: () => '报送情况',
  consolidate_not_spreadsheets: (p) =>
    `收件文件夹中还有不是表格的文件，未读取：${p.files}。如是单位报送的材料，请其另存为 .xlsx 工作簿后再报。`,
  consolidate_unlevelled: () => '未定级或等级写法不规范',
  consolidate_cols: () => '序号|单位名称|文件|修改时间|校验|签章|说明|计入总计',
  consolidate_counted: () => '是',
  consolidate_not_counted: () => '否',
  consolidate_newest: () => '最新',
  consolidate_grand_total: () => '总计（每个单位只计最新一份）',
  consolidate_valid: (p) => `通过（提醒 ${p.warnings}）`,
  consolidate_invalid: (p) => `错误 ${p.errors}，提醒 ${p.warnings}`,
  consolidate_not_validated: () => '未校验',
  consolidate_signed_none: () => '未签章',
  consolidate_signed: (p) =>
    `${p.complete}/${p.forms} 张表签章齐全${p.ok ? '' : '，有签章失效'}${p.identity === 'trusted' ? '，签章人已按名单核验' : p.identity === 'untrusted' ? '，有签章人与名单不符' : '，签章人身份未核验'}`,
  consolidate_dup_newest: () => '重复，此份最新（计入总计）',
  consolidate_dup_older: () => '重复，较早的一份（不计入总计）',
  consolidate_missing: () => '应报未报单位',
  consolidate_duplicates: () => '重复报送的单位',
  consolidate_unreadable_list: () => '无法读取的文件',
  consolidate_no_unit_list: () => '未填写单位名称的文件',
  consolidate_unexpected: () => '不在应报名单中的单位',
  consolidate_likely_same: (p) =>
    `应报名单中的「${p.expected}」可能就是报送的「${p.handedIn}」：如是，请在名单中写单位全称后重新汇总。`,
  consolidate_likely_file: (p) =>
    `应报未报的「${p.expected}」可能报送了「${p.file}」，但${p.why === 'unreadable' ? '该文件无法读取（原因见上）' : '表中未填写单位名称'}：如是，请该单位${p.why === 'unreadable' ? '' : '填写单位名称后'}重新报送。`,
  consolidate_other_pack: (p) => `属于其他方案「${p.pack}」`,
  consolidate_summary: (p) =>
    `共 ${p.files} 个文件：${p.units} 个单位，${p.counted} 份计入总计；应报未报 ${p.missing} 个，重复报送 ${p.duplicates} 个单位` +
    (p.other ? `，属于其他方案 ${p.other} 份` : '') +
    (p.noUnit ? `，未填写单位名称 ${p.noUnit} 份` : '') +
    `，无法读取 ${p.unreadable} 个文件。`,
  consolidate_programme: (p) => `方案：${p.pack}`,
  consolidate_programme_found: (p) => `方案：${p.pack}（按多数工作簿判断；如不对，请用 --pack 指定）`,
  consolidate_inbox: (p) => `收件文件夹：${p.inbox}（以下文件名均相对于此文件夹）`,
  consolidate_list: (p) => `${p.what}：${p.items}`,
  consolidate_duplicate_line: (p) => `${p.what}：${p.unit}（${p.files}；${p.newest}：${p.file}）`,
  consolidate_file_time: (p) => (p.time ? `${p.file}，${p.time}` : `${p.file}`),
  consolidate_section: (p) => `${p.title}（${p.n}）`,
  consolidate_other_list: () => '属于其他方案的文件',
  consolidate_unreadable: (p) => `无法读取「${p.file}」：${p.reason}`,
  consolidate_no_unit: (p) => `「${p.file}」中没有填写单位名称`,
  consolidate_no_output: () => '请用 -o 指定输出的汇总 .xlsx 文件，或加 --json 只输出 JSON。',
  consolidate_no_inputs: () => '没有找到任何 .xlsx 文件。',
  consolidate_expect_unreadable: (p) => `无法读取应报单位名单「${p.file}」：${p.reason}`,
};
