import { field, seq, text, longtext } from '../../forms/columns';
import type { FormInput } from '../../forms/schema';
import { FOOTER_LISTS, UNIT_SEAL } from './common';

export const A1: FormInput = {
  id: 'A1',
  title: '岗位职责目录',
  attachment: '附件1',
  kind: 'list',
  header: [field('unit', '单位名称(盖章)', { seal: true, aliases: ['单位名称'] })],
  columns: [
    seq(),
    // Widths sum to 90: the plan's upright A4 page at full size in Excel.
    text('post', '岗位名称', { required: true, width: 13 }),
    longtext('duties', '职责内容', { required: true, width: 26 }),
    // The printed plan says 办理主题 here: a typo for 办理主体 (附件2 spells it right).
    text('handler', '办理主体', { aliases: ['办理主题'], width: 13 }),
    longtext('basis', '设定依据', { width: 20 }),
    text('remark', '备注', { width: 12 }),
  ],
  signoff: UNIT_SEAL,
  footer: FOOTER_LISTS,
  blankRows: 12,
};
