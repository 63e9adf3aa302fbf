import { field, step } from '../../forms/columns';
import type { FormInput } from '../../forms/schema';
import { CHECK_CATEGORIES, DEFINITIONS, FOOTER_C1, RISK_LIST_COLUMNS } from './common';

export const C1: FormInput = {
  id: 'C1',
  title: '市生态环境局廉政风险清单',
  attachment: '附件1',
  kind: 'list',
  header: [
    field('unit', '填报单位', { seal: true, aliases: ['单位', '单位名称'] }),
    field('head', '单位主要负责人(签字)', { required: false, aliases: ['单位主要负责人'], inline: true }),
  ],
  columns: RISK_LIST_COLUMNS,
  groups: [...CHECK_CATEGORIES],
  numberIn: 'risk',
  signoff: [step('head', '单位主要负责人', '单位主要负责人(签字)', false, 'head')],
  footer: FOOTER_C1,
  blankRows: 12,
  definitions: DEFINITIONS,
  note: '一般高风险类别控制在20%左右。',
};
