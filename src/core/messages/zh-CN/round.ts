import type { Params } from '../../errors';

/** The committee's round: deadlines, who is late (催报), this year against last, the 预警 ledger, the picture. */
export const round: Record<string, (p: Params) => string> = {
  round_deadline: (p) =>
    `${p.by}${p.date ? `(${p.date})` : ''}${p.sealed ? '，须签字盖章' : ''}：${p.what} → 报${p.to}`,
  round_deadline_forms: (p) => `涉及表格：${p.forms}`,
  round_bad_round: (p) => `无法识别轮次「${p.value}」：请写年份，例如 --round 2025 或 --period 2025年度。`,
  round_bad_as_of: (p) => `无法识别日期「${p.value}」：请写成 2025-09-30 或 2025年9月30日。`,
  round_needs_pack: () => '按轮次统计报送进度需要知道方案：请用 --pack 指定，或确保至少有一个单位的工作簿可以识别。',
  round_short_missing: (p) => `缺${p.name}`,
  round_short_unsealed: (p) => `${p.name}签章未完成${p.next ? `（待${p.next}签）` : ''}`,
  round_short_broken: (p) => `${p.name}签章失效，须重新签章`,
  round_progress_sheet: () => '报送进度',
  round_chase_sheet: () => '催报名单',
  round_progress_title: (p) => `${p.pack} ${p.year}年度报送进度（截至${p.asOf}）`,
  round_chase_title: (p) => `催报名单（${p.year}年度，截至${p.asOf}）`,
  round_chase_cols: () => '序号|单位名称|缺报内容|截止时间|报送对象|逾期天数',
  round_chase_none: () => '截至该日没有逾期未报的单位。',
  round_unit_col: () => '单位名称',
  round_done: () => '已报齐',
  // Saved after the date: handed in, but late (the file's own save date, not when it reached the committee).
  round_done_late: (p) => `已报齐（晚${p.days}天，按工作簿保存日期）`,
  round_overdue: (p) => `逾期${p.days}天`,
  round_pending: (p) => `未到期（还有${p.days}天）`,
  round_unchecked: () => '非表格材料，不在此统计',
  round_summary: (p) =>
    `${p.year}年度报送进度（截至${p.asOf}）：${p.units} 个单位，已到期事项全部报齐 ${p.ok} 个，逾期未报 ${p.late} 个。`,
  round_late_list: (p) => `报齐但晚于规定日期的（按工作簿保存日期）：${p.items}`,
  round_chase_line: (p) => `催报：${p.unit}|${p.missing}|${p.by}（${p.date}）报${p.to}|逾期${p.days}天`,
  round_due_header: (p) => `${p.by}（${p.date}）`,
  compare_overview_sheet: () => '对比总览',
  compare_detail_sheet: () => '变化明细',
  compare_title: (p) => `${p.pack}各单位风险清单对比（${p.last} → ${p.now}）`,
  compare_detail_title: (p) => `各单位风险点变化明细（${p.last} → ${p.now}）`,
  compare_note: (p) =>
    `按变化多少排名。改写：两年文字不同、相似度（字符二元组 Dice 系数）不低于 ${p.threshold} 的同一风险点；计数为公式，统计「变化明细」表。`,
  compare_overview_cols: (p) =>
    `排名|单位名称|报送情况|去年风险点|今年风险点|新增|删除|改写|等级上调|等级下调|变化合计|去年${p.top}占比|今年${p.top}占比|新增措施`,
  compare_last_year: () => '（去年）',
  round_as_of_alone: (p) => `--as-of ${p.asOf} 只在统计一轮报送进度时使用：请同时给出 --round（例如 --round 2025）。`,
  ui_compare_unlevelled: (p) => `（按已定级的计；未能读出等级 ${p.before} → ${p.after} 条）`,
  compare_duplicate: (p) => `${p.year}「${p.unit}」报送了不止一个文件：按最新的「${p.used}」对比，未用：${p.others}。`,
  compare_detail_cols: () => '单位名称|变化|去年内容|今年内容|去年等级|今年等级|相似度|今年位置',
  compare_kind_added: () => '新增',
  compare_kind_removed: () => '删除',
  compare_kind_reworded: () => '改写',
  compare_kind_raised: () => '等级上调',
  compare_kind_lowered: () => '等级下调',
  compare_kind_measure: () => '新增措施',
  compare_status_both: () => '两年均报',
  compare_status_onlyLast: () => '今年未报',
  compare_status_onlyNow: () => '今年新报',
  compare_unread_title: () => '未能比较的文件',
  compare_no_inputs: (p) => `「${p.side}」中没有找到任何 .xlsx 文件。`,
  compare_no_output: () => '请用 -o 指定输出的对比 .xlsx 文件，或加 --json 只输出 JSON。',
  compare_summary: (p) =>
    `对比 ${p.last} → ${p.now}：${p.units} 个单位，新增 ${p.added}、删除 ${p.removed}、改写 ${p.reworded}、等级上调 ${p.raised}、下调 ${p.lowered} 个风险点，新增措施 ${p.measures} 条。`,
  compare_unit_line: (p) =>
    `${p.rank}. ${p.unit}（${p.status}）：新增 ${p.added}，删除 ${p.removed}，改写 ${p.reworded}，上调 ${p.raised}，下调 ${p.lowered}；${p.top}占比 ${p.before} → ${p.after}${Number(p.unlevelledBefore) || Number(p.unlevelledAfter) ? `（按已定级的计；未能读出等级的 ${p.unlevelledBefore} → ${p.unlevelledAfter} 条，不计入占比和等级升降）` : ''}`,
  ledger_warnings_sheet: () => '预警处置台账',
  ledger_warnings_title: (p) => `${p.unit ? `${p.unit} ` : ''}预警处置台账`,
  ledger_warnings_cols: () =>
    '序号|预警日期|预警对象|反映问题|预警级别|处置方式|回告时限|回告日期|整改情况|处理结果|回告截止日|状态|逾期天数',
  ledger_warnings_note: () =>
    '回告截止日 = 预警日期 + 回告时限（“个工作日”不计周六、周日，法定节假日和调休请自行核对）。状态和逾期天数是公式，打开时按当天日期重算。',
  ledger_status_open: () => '待回告',
  ledger_status_overdue: () => '逾期未回告',
  ledger_status_answered: () => '已回告',
  ledger_status_answeredLate: () => '逾期回告',
  // No due date to go by: the 预警日期 or the 回告时限 left blank, or typed so that no day can be read from it.
  ledger_status_undated: () => '截止日不明',
  ledger_none: () => '没有预警记录。',
  ledger_cards_note: (p) =>
    `由各人的${p.form}汇总（个人填报 → 领导审核 → 集中评议 → 领导小组审批）。审批情况按签章记录统计，签章是否有效以「验证」为准。`,
  ledger_card_approved: () => '已审批',
  ledger_card_pending: (p) => `审批中（已签 ${p.done}/${p.all}）`,
  ledger_summary: (p) =>
    `预警 ${p.total} 条：待回告 ${p.open}，逾期未回告 ${p.overdue}，已回告 ${p.answered}（其中逾期回告 ${p.late}）${p.undated ? `，截止日不明 ${p.undated}（预警日期或回告时限未填或无法识别）` : ''}。`,
  ui_ledger_title: (p) => `预警处置台账 ${p.total} 条：`,
  picture_sheet: () => '各单位风险分布图',
  picture_title: (p) => `各单位风险等级分布与${p.top}占比`,
  picture_note: (p) =>
    `各等级一列，颜色越深该单位此等级的风险点越多（条件格式色阶，数据改动后自动变色）；占比高于参考线的标红。${p.line}`,
  picture_share: (p) => `${p.top}占比`,
  picture_line: () => '参考线',
  picture_chart_title: (p) => `各单位${p.top}风险占比与参考线`,
  ui_picture_desc: (p) =>
    `${p.units} 个单位的风险点按等级分布，以及最高等级占比与参考线 ${p.line} 的比较；高于参考线的单位：${p.above}。`,
  ui_picture_line: (p) => `参考线 ${p.value}`,
  ui_compare_title: () => '今年与去年对比',
  ui_compare_intro: () =>
    '把去年和今年各单位报送的工作簿（或整个文件夹）分别拖到下面两处：页面列出每个单位新增、删除、改写的风险点，等级升降和最高等级占比的变化，并画出今年各单位的分布图。文件只在本机浏览器中处理。',
  ui_compare_last_year: () => '去年',
  ui_compare_this_year: () => '今年',
  ui_compare_drop_hint: () => '把工作簿或文件夹拖到这里',
  ui_compare_choose_folder: () => '选择文件夹',
  ui_compare_chosen: (p) => `已读取 ${p.units} 个工作簿${p.unreadable ? `，${p.unreadable} 个无法读取` : ''}`,
  ui_compare_result: (p) => `共 ${p.units} 个单位，其中 ${p.changed} 个有变化（按变化多少排名）。`,
  ui_compare_cols: (p) => `排名|单位|报送情况|新增|删除|改写|等级上调|等级下调|${p.top}占比（去年 → 今年）|新增措施`,
  ui_compare_download: () => '下载对比工作簿',
};
