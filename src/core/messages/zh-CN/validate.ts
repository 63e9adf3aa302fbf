import type { Params } from '../../errors';

const at = (p: Params) => `工作表「${p.sheet}」${p.cell} 单元格`;

/** Validation: every issue code with the sentence a clerk reads; each names the sheet, cell and value. */
export const validate: Record<string, (p: Params) => string> = {
  required_missing: (p) => `${at(p)}（${p.label}）未填写，此项必填。`,
  column_missing: (p) =>
    p.near
      ? `工作表「${p.sheet}」的表头缺少「${p.label}」列；${p.near} 的列标题「${p.value}」像是此列，如是，请改为「${p.label}」。`
      : `工作表「${p.sheet}」的表头缺少「${p.label}」列，请按方案表格补上此列。`,
  field_missing_text: (p) => `工作表「${p.sheet}」的${p.title}中没有「${p.label}：」一栏，请补上并填写。`,
  column_missing_derived: (p) =>
    p.near
      ? `工作表「${p.sheet}」的表头没有「${p.label}」列（方案正文要求登记此项）；${p.near} 的列标题「${p.value}」像是此列，如是，请改为「${p.label}」。`
      : `工作表「${p.sheet}」的表头没有「${p.label}」列。方案正文要求登记此项（方案表格未印出此列），建议补上。`,
  header_missing: (p) => `工作表「${p.sheet}」表格上方缺少「${p.label}」一栏，请补填（如「${p.label}：……」）。`,
  header_blank: (p) => `${at(p)}「${p.label}」未填写。`,
  heading_unrecognised: (p) =>
    `${at(p)}的列标题「${p.value}」不是「${p.form}」的列，此列未校验，生成报送工作簿时也不会抄入。本表的列：${p.known}。如是同一列的其他叫法，请改用方案的列名。`,
  unit_differs: (p) =>
    `${at(p)}的单位「${p.value}」与工作表「${p.firstSheet}」的「${p.first}」不同。一个工作簿只报一个单位：汇总、统计和报送都按「${p.first}」计，请把其他单位的表格另存为该单位的工作簿。`,
  table_below_unread: (p) =>
    `工作表「${p.sheet}」从 ${p.cell} 起还有一张「${p.form}」，没有读入（本表读到第 ${p.end} 行）。一张工作表只放一张表：请把下面这张表移到单独的工作表。`,
  factor_not_in_scheme: (p) =>
    `${at(p)}的「${p.value}」是定级因素（${p.factor}），但本方案的定级规则只看 ${p.used}，此列未参与定级。`,
  enum_invalid: (p) => `${at(p)}（${p.label}）填写的「${p.value}」不是可选值。可选：${p.options}。`,
  value_normalised: (p) =>
    `${at(p)}（${p.label}）「${p.value}」已按「${p.canonical}」识别，建议改为规范写法「${p.canonical}」。`,
  number_as_text: (p) =>
    `${at(p)}（${p.label}）的数字「${p.value}」以文本形式保存，已按 ${p.canonical} 识别，建议改为数字。`,
  number_invalid: (p) => `${at(p)}（${p.label}）应填数字，现为「${p.value}」。`,
  number_out_of_range: (p) =>
    p.max === ''
      ? `${at(p)}（${p.label}）应为不小于 ${p.min} 的${p.whole}，现为「${p.value}」。`
      : `${at(p)}（${p.label}）应为 ${p.min}–${p.max} 之间的${p.whole}，现为「${p.value}」。`,
  date_normalised: (p) => `${at(p)}（${p.label}）「${p.value}」已按日期 ${p.canonical} 识别，建议改为日期格式。`,
  date_invalid: (p) => `${at(p)}（${p.label}）「${p.value}」不是有效日期，请写成如 2024年5月25日 或 2024-05-25。`,
  time_limit_normalised: (p) => `${at(p)}（${p.label}）「${p.value}」已按「${p.canonical}」识别，建议改为规范写法。`,
  time_limit_invalid: (p) =>
    `${at(p)}（${p.label}）「${p.value}」不是有效时限。办理、回告时限请写成「即办」「5个工作日」「20日」；完成时限请写成日期或月份（如「2014年12月31日」「2014年12月底」）或「长期」。`,
  plan_needs_field: (p) => `${at(p)}：已填「${p.when}」的措施须同时填写「${p.label}」。`,
  low_score_needs_talk: (p) =>
    `${at(p)}：测评得分 ${p.score} 低于 ${p.threshold} 分，按方案须进行廉政谈话，「是否廉政谈话」应为「是」。`,
  level_computed: (p) =>
    `${at(p)}（${p.label}）未填写；按评分应为「${p.computed}」（${p.explain}），「计算等级」会自动填入。`,
  level_needs_reason: (p) =>
    `${at(p)}（${p.label}）填的是「${p.value}」，按评分应为「${p.computed}」（${p.explain}）。如维持所填等级，请在「调整理由」中说明。`,
  seq_missing: (p) => `${at(p)}序号未填写，此处应为 ${p.expected}。`,
  seq_invalid: (p) => `${at(p)}序号「${p.value}」不是数字，此处应为 ${p.expected}。`,
  seq_break: (p) => `${at(p)}序号为 ${p.value}，按顺序应为 ${p.expected}（序号不连续或重复）。`,
  duplicate_row: (p) =>
    `工作表「${p.sheet}」第 ${String(p.cell).replace(/^[A-Z]+/, '')} 行与第 ${p.first} 行内容完全相同，可能重复登记。`,
  top_share_off: (p) =>
    `工作表「${p.sheet}」中「${p.level}」风险 ${p.top} 条，占已定级的 ${p.total} 条的 ${p.share}；方案要求一般控制在 ${p.target} 左右，请复核定级。`,
  total_rows_mismatch: (p) => `${at(p)}合计写的是「${p.value}」，而表中这部分共有 ${p.rows} 行，请核对。`,
  total_mismatch: (p) => `${at(p)}（${p.label}）合计填的是「${p.value}」，按上方各行合计应为 ${p.expected}。`,
  sheet_hidden_form: (p) =>
    `工作表「${p.sheet}」已隐藏，其中的「${p.form}」未校验，也不会进入汇总和报送。如是应报的表格，请取消隐藏后再校验。`,
  sheet_titled_unread: (p) =>
    `工作表「${p.sheet}」有「${p.form}」的标题，但找不到它的列标题，表中内容未读取、未校验，也不会进入汇总和报送。请核对列标题是否为方案的列名：${p.known}。`,
  rollup_mismatch: (p) =>
    `${at(p)}（${p.dept}${p.post ? ` ${p.post}` : ''} ${p.label}）汇总为「${p.value}」，按明细表（${p.sources}）统计应为 ${p.expected}。`,
  rollup_dept_missing: (p) =>
    `工作表「${p.sheet}」汇总表没有「${p.dept}」一行，而明细表（${p.sources}）中该科室有 ${p.count} 个风险点，请补上。`,
  rollup_total_mismatch: (p) =>
    `工作表「${p.sheet}」汇总表按风险等级共计 ${p.counted} 个风险点，而明细表（${p.sources}）共有 ${p.held} 个${Number(p.counted) < Number(p.held) ? '，有风险点未汇总' : ''}，请核对。`,
  post_not_in_catalogue: (p) => `${at(p)}岗位「${p.value}」未列入岗位职责目录（${p.catalogue}），请核对岗位名称。`,
  no_forms_found: (p) =>
    p.candidates
      ? `工作簿中的表格可能属于多个方案（${p.candidates}），请指明方案（网页和任务窗格在「选择方案」中选定；命令行用 --pack）。`
      : '工作簿中没有找到任何方案表格。请确认表头与方案表格一致，或指明方案（网页和任务窗格在「选择方案」中选定；命令行用 --pack）。',
  validation_cancelled: () => '校验已取消。',
  file_unreadable: (p) => `无法读取文件「${p.file}」：它不是有效的 .xlsx 工作簿（${p.reason}）。`,
  skipped_hidden: (p) => `工作表「${p.sheet}」已隐藏，未校验。`,
  skipped_empty: (p) => `工作表「${p.sheet}」为空，未校验。`,
  skipped_unrecognised: (p) => `工作表「${p.sheet}」不像方案中的任何表格，未校验。`,
  skipped_titled: (p) => `工作表「${p.sheet}」有方案表格的标题，但列标题未能识别，未校验（见下方提醒）。`,
  skipped_lianfang: (p) => `工作表「${p.sheet}」是 lianfang 自身使用的表，未校验。`,
  skipped_notes: (p) => `工作表「${p.sheet}」是说明/备注，未校验。`,
  skipped_otherPack: (p) => `工作表「${p.sheet}」是另一方案的表格（${p.candidates}），未按本工作簿的方案校验。`,
  sheet_other_pack: (p) =>
    `工作表「${p.sheet}」是方案「${p.other}」的 ${p.form}，本工作簿按方案「${p.pack}」校验，此表未校验。一个工作簿只能报送一个方案的表格：请分开报送，或指明方案（网页和任务窗格在「选择方案」中选定；命令行用 --pack）。`,
  meta_disagrees: (p) =>
    `工作表「${p.sheet}」在 lianfang 的隐藏标识中记为 ${p.claimed}，但标题和表头是 ${p.found}，已按内容（${p.found}）校验。隐藏标识可能已过时或被改动。`,
  meta_copy_disagrees: (p) =>
    `工作表「${p.sheet}」被标记为 lianfang 生成的汇总副本，但其内容与明细表不一致，已作为 ${p.found} 校验。`,
  meta_pack_disagrees: (p) =>
    `工作簿的隐藏标识写的是方案「${p.claimed}」，但其中的表格属于方案「${p.found}」，已按「${p.found}」校验。隐藏标识可能已过时或被改动。`,
  validate_better_pack: (p) =>
    `提示：工作簿中的表格更像方案「${p.better}」（${p.forms} 张表${p.titles ? `，其中 ${p.titles} 张标题相符` : ''}），现按你指定的方案「${p.pack}」校验。如选错了方案，请改用 --pack ${p.id}。`,
  skipped_ambiguous: (p) =>
    `工作表「${p.sheet}」可能是以下表格之一：${p.candidates}。请用 --form "${p.sheet}=表格编号" 指明。`,
  bad_form_override: (p) => `「${p.value}」格式不对，应写成 --form "工作表名=表格编号"，如 --form "Sheet1=A3"。`,
  bad_talk_threshold: (p) => `--talk-threshold 应为数字，现为「${p.value}」。`,
  severity_error: () => '错误',
  severity_warning: () => '提醒',
  severity_notice: () => '提示',
  validate_report_title: () => '校验报告',
  validate_report_summary: (p) =>
    `方案：${p.pack}；共 ${p.rows} 行；错误 ${p.errors} 个，提醒 ${p.warnings} 个，提示 ${p.notices} 个。重新校验时本表会被替换。`,
  validate_report_headings: () => '序号|工作表|单元格|级别|问题|当前值|代码',
  validate_recognised: (p) =>
    `工作表「${p.sheet}」识别为 ${p.form} ${p.title}${p.instance ? `(${p.instance})` : ''}，${p.rows} 行`,
  validate_ok: (p) => `校验通过：没有错误（提醒 ${p.warnings} 个，提示 ${p.notices} 个）。`,
  validate_failed: (p) => `发现 ${p.errors} 个错误、${p.warnings} 个提醒、${p.notices} 个提示。`,
};
