import { assessment, choice, field, level, longtext, seq, step, text } from '../../forms/columns';
import type { FormInput } from '../../forms/schema';
import { FACTORS, RISK_TYPES, RISK_TYPE_HELP } from './common';

export const B2: FormInput = {
  id: 'B2',
  title: '单位内设机构岗位风险点自查表',
  attachment: '附表2',
  kind: 'perUnit',
  header: [
    field('unit', '单位', { seal: true, aliases: ['单位名称', '单位名称(盖章)'] }),
    field('dept', '内设机构', { aliases: ['科室', '股室'] }),
    // Derived: 围绕与单位内设机构核心职能直接关联的重点事项.
    field('coreFunction', '核心职能', { long: true, required: false, derived: true }),
  ],
  columns: [
    seq(),
    text('keyMatter', '重点事项', { required: true, width: 18 }),
    longtext('riskPoint', '风险点描述', { required: true, width: 36, aliases: ['风险点'] }),
    choice('riskType', '风险类型', RISK_TYPES, { required: true, aliases: ['风险类别'] }),
    level('level', '风险等级', { required: true }),
    longtext('measures', '防控措施', { derived: true, width: 30 }),
    ...assessment(FACTORS, true),
  ],
  // 报本单位纪检组和领导班子审核确认.
  signoff: [
    step('disciplineGroup', '本单位纪检组', '本单位纪检组意见'),
    step('leadership', '领导班子', '领导班子审核确认意见'),
  ],
  blankRows: 8,
  definitions: RISK_TYPE_HELP,
};
