import { assessment, choice, field, level, longtext, step, text } from '../../forms/columns';
import type { FormInput } from '../../forms/schema';
import { POWER_STAGES, RISK_CATEGORIES } from './common';

export const A3: FormInput = {
  id: 'A3',
  title: '岗位廉政风险点登记表',
  attachment: '附件3',
  kind: 'perPerson',
  header: [
    field('unit', '单位名称(盖章)', { seal: true, aliases: ['单位名称'] }),
    field('name', '姓名'),
    field('post', '职务(岗位)', { aliases: ['职务', '岗位'], inline: true }),
    field('duties', '岗位职责', { long: true }),
  ],
  columns: [
    // Printed under 姓名 and its value, as the plan's grid draws it: labels stay narrow, values wide.
    longtext('riskPoint', '风险点表现形式', { required: true, widths: [12, 36], aliases: ['风险点', '风险点表现'] }),
    level('level', '风险等级', { required: true, width: 12 }),
    choice('category', '风险类别', RISK_CATEGORIES, { required: true, width: 20, aliases: ['风险类型'] }),
    ...assessment([
      ['probability', '发生概率'],
      ['impact', '危害程度'],
    ]),
    // 根据《职权运行流程图》,逐项逐环节地分析查找廉政风险点: which power of 附件2 and which stage a risk belongs
    // to, so the 职权运行流程图 marks it there. Not printed on 附件3; lianfang's green block.
    text('power', '所涉职权', { extra: true, width: 14, aliases: ['职权名称', '职权'] }),
    choice('stage', '流程环节', POWER_STAGES, { extra: true, width: 10, aliases: ['运行环节', '环节'] }),
  ],
  // 主管领导和本人签字、加盖公章: the person signs first, then the four printed opinion blocks.
  signoff: [
    step('self', '本人', '本人签字'),
    step('deptHead', '部门负责人', '部门负责人意见'),
    step('leader', '主管领导', '主管领导意见'),
    step('unit', '单位', '单位意见', true),
    step('discipline', '上级纪检监察机关', '上级纪检监察机关意见'),
  ],
  footer: '备注:本表一式三份,一份本单位留存,一份用于公示,一份报市纪委监察局审核备案。表格留白不够,可另续表。',
  blankRows: 6,
  definitions: [
    {
      term: '领导干部',
      text: '重点查找“三重一大”,即重大事项决策、重要人事任免、重大项目安排和大额资金使用等方面的廉政风险点。',
    },
    { term: '中层岗位', text: '重点查找行政管理、行政审批、执纪执法、组织人事等环节可能发生或产生的廉政风险点。' },
    {
      term: '其它岗位',
      text: '重点查找履行岗位职责、执行制度、行使自由裁量权、内部管理权等方面存在或潜在的廉政风险点。',
    },
  ],
};
