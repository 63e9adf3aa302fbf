import { assessment, choice, field, level, longtext, seq, text } from '../../forms/columns';
import type { FormInput } from '../../forms/schema';
import { FACTORS, POWER_TYPES, UNIT_SEAL } from './common';

export const B3: FormInput = {
  id: 'B3',
  title: '重点岗位风险点专项清查表',
  attachment: '附表3',
  kind: 'list',
  header: [field('unit', '单位名称(盖章)', { seal: true, derived: true, aliases: ['单位', '单位名称'] })],
  columns: [
    seq(),
    text('dept', '科室', { required: true, aliases: ['内设机构'] }),
    text('post', '重点岗位', { required: true, aliases: ['岗位'] }),
    choice('powerType', '权力类型', POWER_TYPES, { required: true }),
    longtext('riskPoint', '风险点描述', { required: true, width: 34, aliases: ['风险点'] }),
    level('level', '风险等级', { required: true }),
    longtext('measures', '防控措施', { width: 30 }),
    text('owner', '责任人', { derived: true, width: 10 }),
    ...assessment(FACTORS, true),
  ],
  signoff: UNIT_SEAL,
  blankRows: 12,
  definitions: [
    {
      term: '专项清查',
      text: '依据本单位核心职能,围绕涉及人权、财权、物权、执法权、审批许可权等重点环节,进行专项清查,掌握个人和本单位内设机构重点岗位风险点分布情况,提出防控措施。',
    },
  ],
};
