import { field, seq, text, longtext, choice, timeLimit } from '../../forms/columns';
import type { FormInput } from '../../forms/schema';
import { FOOTER_LISTS, UNIT_SEAL } from './common';

export const A2: FormInput = {
  id: 'A2',
  title: '职权运行目录',
  attachment: '附件2',
  kind: 'list',
  header: [field('unit', '单位名称(盖章)', { seal: true, aliases: ['单位名称'] })],
  columns: [
    seq(),
    text('power', '职权名称', { required: true }),
    longtext('content', '职权内容', { required: true }),
    longtext('basis', '设置依据', { width: 22 }),
    // The plan names its channels (科技网站, 濮阳日报科技之光专版, 宣传栏) but gives no closed list: suggestions only.
    choice('publicity', '公开形式', ['濮阳市科技网站', '濮阳日报科技之光专版', '局机关宣传栏', '依申请公开'], {
      width: 12,
      open: true,
    }),
    timeLimit('timeLimit', '办结时限'),
    text('handler', '办理主体'),
    text('remark', '备注', { width: 10 }),
  ],
  signoff: UNIT_SEAL,
  footer: FOOTER_LISTS,
  blankRows: 12,
  definitions: [
    { term: '职权运行流程图', text: '每一项职权绘制流程图,明确提出、受理、审核、办理、反馈等环节,并标出风险点。' },
  ],
};
