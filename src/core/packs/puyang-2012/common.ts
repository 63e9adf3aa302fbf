import { step } from '../../forms/columns';

export const RISK_CATEGORIES = ['思想道德', '岗位职责', '业务流程', '制度机制'] as const;
export const LEVELS = ['一级', '二级', '三级'] as const;

/** 明确提出、受理、审核、办理、反馈等职权运行和各个环节: the stages of every 职权运行流程图. */
export const POWER_STAGES = ['提出', '受理', '审核', '办理', '反馈'] as const;

export const FOOTER_LISTS =
  '备注:本表一式三份,各单位根据岗位实际设置情况及具体职责内容填写,一份本单位留存,一份用于公布,一份报市纪委监察局审核备案。表格留白不够,可另续表。';

/** The lists are sealed where the plan prints 单位名称:(盖章), in their header line: no box of their own. */
export const UNIT_SEAL = [step('unit', '单位', '单位(盖章)', true, 'unit')];
