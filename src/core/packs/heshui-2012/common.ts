import { step } from '../../forms/columns';
import type { FactorKey } from '../../forms/schema';

/** 五类风险点 (seed 001 §三(二)). */
export const RISK_TYPES = ['岗位职责', '制度机制', '思想道德', '工作流程', '外部环境'] as const;

/** The plan's own definitions of the five kinds of risk point, §三(二). */
export const RISK_TYPE_DEFINITIONS: Record<(typeof RISK_TYPES)[number], string> = {
  岗位职责: '即在具体工作岗位上履行职责、行使权力过程中容易出现廉政风险的节点。',
  制度机制: '即由于制度的针对性不强、覆盖面不广、执行力不够和机制不合理等问题而容易使潜在风险变为现实风险的节点。',
  思想道德: '即由于个人思想道德水准不高或自律不严而容易出现的风险节点。',
  工作流程:
    '即因工作流程设计不完善、工作环节缺乏相互制约,可能造成在岗人员不履行或者不正确履行职责,不作为、慢作为、乱作为,导致失职渎职、以权谋私等严重后果的风险点。',
  外部环境:
    '即因行政管理对象在业务往来中对相关领导干部及工作人员进行利益诱惑或施加其他非正常影响,可能造成权力失控、行政人员行为失范,构成失职渎职或“权钱交易”等严重后果的廉政风险点。',
};

/** 人权、财权、物权、执法权、审批许可权: the powers B3 清查 looks at. */
export const POWER_TYPES = ['人权', '财权', '物权', '执法权', '审批许可权'] as const;

/** 岗位风险评估标准可暂定为三级 (seed 001 §三(二)4), in the plan's words. */
export const LEVEL_DEFINITIONS = {
  一级: '掌握较多执纪执法、行政许可、行政处罚、项目审批及人事管理、资金管理、物资采购供应等重要权力的单位和人员(岗位),有违纪违法隐患的风险点或已出现风险的',
  二级: '掌握较少重要权力的单位和人员(岗位),有违纪隐患的风险点或出现苗头的',
  三级: '没有行政许可、行政处罚及项目审批权,较少或基本不掌握人、财、物管理权的,以内部管理为主的单位和人员(岗位),有其他一般风险点或可能转变为苗头的',
} as const;

export const LEVEL_MONITORS = {
  一级: '所在单位及纪检监察机关重点监控',
  二级: '县纪委派驻(出)该单位纪检组(纪委)监控',
  三级: '所在单位内设机构负责人监控',
} as const;

/** 依据风险发生可能性和危害性的大小、自由裁量权的大小、行政权力与资金关联程度的高低. */
export const FACTORS: ReadonlyArray<[FactorKey, string]> = [
  ['probability', '发生可能性'],
  ['impact', '危害性'],
  ['discretion', '自由裁量权大小'],
  ['funds', '行政权力与资金关联程度'],
];

/** Sealed beside 单位名称(盖章) in the header line, as the plans print it: no box of its own. */
export const UNIT_SEAL = [step('unit', '单位', '单位(盖章)', true, 'unit')];

export const RISK_TYPE_HELP = RISK_TYPES.map((t) => ({ term: `${t}风险点`, text: RISK_TYPE_DEFINITIONS[t] }));
