import { field, step } from '../../forms/columns';
import type { FormInput } from '../../forms/schema';
import { CHECK_CATEGORIES, DEFINITIONS, RISK_LIST_COLUMNS } from './common';

export const C2: FormInput = {
  id: 'C2',
  title: '市生态环境局机关处室、城区分局、直属单位廉政风险清单',
  titleAliases: ['机关处室、城区分局、直属单位廉政风险清单'],
  attachment: '附件2',
  kind: 'perUnit',
  header: [
    field('unit', '填报部门(单位)', { seal: true, aliases: ['填报部门', '填报单位', '单位'] }),
    field('inCharge', '分管领导(签字)', { required: false, aliases: ['分管领导'], inline: true }),
  ],
  columns: RISK_LIST_COLUMNS,
  groups: [...CHECK_CATEGORIES],
  numberIn: 'risk',
  signoff: [step('inCharge', '分管领导', '分管领导(签字)', false, 'inCharge')],
  footer:
    '备注:1.内设机构针对六个类别排查风险时应有所侧重,比如议事决策类风险不涉及可不填报。2.下属单位承担权力事项较多,可参考市直单位本级样式制定廉政风险清单。',
  blankRows: 12,
  definitions: DEFINITIONS,
  note: '内设机构针对六个类别排查风险时应有所侧重,不涉及的类别可不填报。',
};
