import { assessment, choice, field, level, longtext, seq, step } from '../../forms/columns';
import type { FormInput } from '../../forms/schema';
import { FACTORS, RISK_TYPES, RISK_TYPE_HELP } from './common';

export const B1: FormInput = {
  id: 'B1',
  title: '个人岗位风险点自查表',
  attachment: '附表1',
  kind: 'perPerson',
  header: [
    field('unit', '单位', { seal: true, aliases: ['单位名称', '单位名称(盖章)'] }),
    field('dept', '科室', { aliases: ['内设机构', '股室'] }),
    field('name', '姓名'),
    field('post', '岗位', { aliases: ['职务', '职务(岗位)'] }),
    // Derived: the self-check starts from the post's duties (结合自身岗位权责).
    field('duties', '岗位职责', { long: true, required: false, derived: true }),
  ],
  columns: [
    seq(),
    // Over two columns, so the labels of the person's fields and the opinion boxes stay narrow above it.
    longtext('riskPoint', '风险点描述', { required: true, widths: [12, 24], aliases: ['风险点', '风险点表现形式'] }),
    choice('riskType', '风险类型', RISK_TYPES, { required: true, aliases: ['风险类别'] }),
    level('level', '风险等级', { required: true }),
    // Printed columns sum to 92: an upright A4 page at full size in Excel.
    longtext('measures', '防控措施', { derived: true, width: 28 }),
    ...assessment(FACTORS, true),
  ],
  // 经科室负责人牵头组织互查和初步审核后,报分管领导审核.
  signoff: [
    step('self', '本人', '本人签字'),
    step('deptHead', '科室负责人', '科室负责人意见'),
    step('leader', '分管领导', '分管领导意见'),
  ],
  // 领导班子成员岗位风险点 … 由主要领导审核确认: their path skips 科室负责人 and 分管领导, so it is signed on paper.
  handSigned: [{ label: '主要领导审核确认(领导班子成员)' }],
  blankRows: 8,
  definitions: RISK_TYPE_HELP,
  note: '领导班子成员岗位风险点通过召开民主生活会的形式进行自查与互查,由主要领导审核确认。',
};
