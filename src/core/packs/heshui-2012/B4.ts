import { count, field, longtext, step, text } from '../../forms/columns';
import type { FormInput } from '../../forms/schema';
import { LEVEL_MONITORS, RISK_TYPES } from './common';

const TYPE_KEYS = ['typeDuty', 'typeSystem', 'typeMoral', 'typeProcess', 'typeExternal'] as const;

/** 岗位风险点清查汇总表: per 科室 and 岗位, how many risk points of each level and type (derived columns). */
export const B4: FormInput = {
  id: 'B4',
  title: '岗位风险点清查汇总表',
  attachment: '附表4',
  kind: 'rollup',
  rollupOf: ['B1', 'B2', 'B3'],
  header: [field('unit', '单位名称(盖章)', { seal: true, derived: true, aliases: ['单位', '单位名称'] })],
  columns: [
    text('dept', '科室', { required: true, derived: true, aliases: ['内设机构'] }),
    text('post', '岗位', { derived: true, required: false, requiredWhy: '按科室汇总的行可不填岗位' }),
    count('level1', '一级', { derived: true }),
    count('level2', '二级', { derived: true }),
    count('level3', '三级', { derived: true }),
    ...RISK_TYPES.map((t, i) => count(TYPE_KEYS[i], t, { derived: true, width: 9 })),
    text('monitor', '监控责任', { derived: true, width: 20 }),
    longtext('measures', '防控措施', { derived: true, width: 28 }),
  ],
  // 由本单位领导小组对各个岗位风险点进行审核、辨识和汇总.
  signoff: [step('leadGroup', '领导小组', '领导小组审核意见'), step('unit', '单位', '单位(盖章)', true, 'unit')],
  blankRows: 10,
  definitions: Object.entries(LEVEL_MONITORS).map(([term, text]) => ({ term, text: `由${text}。` })),
  note: '按科室、岗位汇总附表1—3的风险点:各风险等级、各风险类型的个数,监控责任和防控措施。',
};
