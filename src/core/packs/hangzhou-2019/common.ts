import { assessment, choice, level, longtext, seq, text } from '../../forms/columns';
import type { ColumnInput, FactorKey } from '../../forms/schema';

/** 排查类别, in the fixed order of 附件1/附件2. */
export const CHECK_CATEGORIES = [
  '议事决策类',
  '权力运行类',
  '制度机制类',
  '工作流程类',
  '岗位履职类',
  '纪律作风类',
] as const;

/** The 备注 of 附件1: what each 排查类别 covers. */
export const CHECK_CATEGORY_DEFINITIONS: Record<(typeof CHECK_CATEGORIES)[number], string> = {
  议事决策类: '党委(党组)议事规则、“三重一大”事项决策、主要负责人“五不直接分管”和“末位表态”等方面存在的风险点',
  权力运行类: '人、财、物管理等重点岗位和行政审批、行政处罚、一线执法司法等关键环节方面存在的风险点',
  制度机制类: '制度设计、制度执行、内部管理、机制建设方面存在的风险点',
  工作流程类: '工作程序、业务流程等方面存在的风险点',
  岗位履职类: '行使岗位权力、履行工作职责过程中存在的风险点',
  纪律作风类: '党员干部贯彻上级重大决策部署、执行中央八项规定精神、作风效能、与管理服务对象交往等方面存在的风险点',
};

/** 根据权力重要程度、自由裁量权的大小、腐败现象发生的概率和危害程度等因素 … 评定廉政风险类别. */
export const FACTORS: ReadonlyArray<[FactorKey, string]> = [
  ['importance', '权力重要程度'],
  ['discretion', '自由裁量权的大小'],
  ['probability', '腐败现象发生的概率'],
  ['impact', '危害程度'],
];

export const DEFINITIONS = CHECK_CATEGORIES.map((term) => ({ term, text: CHECK_CATEGORY_DEFINITIONS[term] }));

/** 附件1 备注 as printed (its items 1–6). */
export const FOOTER_C1 = `备注:${CHECK_CATEGORIES.map((c, i) => `${i + 1}.${c}:${CHECK_CATEGORY_DEFINITIONS[c]}`).join(';')}。`;

/**
 * The columns 附件1 and 附件2 print, and no more: the plan numbers its risks 1、2、… inside 主要廉政风险 under each
 * 排查类别 (the forms' `numberIn`), not in a 序号 column.
 */
export const RISK_LIST_COLUMNS: ColumnInput[] = [
  choice('checkCategory', '排查类别', CHECK_CATEGORIES, { group: true, required: true, width: 12 }),
  // Not printed by the plan; a 序号 column a clerk types is read and checked all the same.
  seq({ derived: true, width: 5, printed: false }),
  // Printed columns sum to 91: the plan's upright A4 page at full size in Excel.
  longtext('risk', '主要廉政风险', { required: true, width: 44, aliases: ['廉政风险', '风险点'] }),
  level('level', '风险类别', { required: true, aliases: ['风险等级'], term: 'level' }),
  text('dept', '责任部门', { width: 13 }),
  text('leader', '责任领导', { width: 12 }),
  ...assessment(FACTORS),
];
