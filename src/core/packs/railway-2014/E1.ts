import { field, longtext, seq, text } from '../../forms/columns';
import type { FormInput } from '../../forms/schema';

/** 对保留的审批事项编制行政许可职权目录,明确职权名称、内容、行使主体和法律依据. */
export const E1: FormInput = {
  id: 'E1',
  title: '行政许可职权目录',
  kind: 'list',
  header: [field('unit', '单位', { derived: true, aliases: ['司局', '填报单位', '单位名称'] })],
  columns: [
    seq(),
    // What the list holds are the 许可事项 the ministry keeps: offices head the column by that name.
    text('power', '职权名称', { required: true, width: 22, aliases: ['许可事项名称', '审批事项名称', '事项名称'] }),
    longtext('content', '职权内容', { required: true, width: 40 }),
    text('subject', '行使主体', { width: 16 }),
    longtext('basis', '法律依据', { width: 34 }),
  ],
  blankRows: 12,
};
