import { choice, date, field, longtext, seq, text, timeLimit } from '../../forms/columns';
import type { FormInput } from '../../forms/schema';
import { DISPOSALS, WARNING_DEFINITIONS, WARNING_LEVELS } from './common';

/** Written once the warning has been handled: blank while it is open. */
const AFTER_HANDLING = { required: false, requiredWhy: '预警处置后才填写,处置期间可空' };

/** Derived from 预警处置 and 预警处置结果回告制度 (seed 003, 王场小学 §3). */
export const D4: FormInput = {
  id: 'D4',
  title: '预警处置登记表',
  kind: 'list',
  header: [field('unit', '单位名称(盖章)', { seal: true, derived: true, aliases: ['单位', '单位名称'] })],
  columns: [
    seq({ derived: true }),
    // The ledger's due date is 预警日期 + 回告时限; 回告日期 says it was answered (回告制度).
    date('warnedOn', '预警日期', { derived: true, width: 12, aliases: ['预警时间', '发出日期'] }),
    text('target', '预警对象', { required: true, derived: true, width: 12 }),
    longtext('issue', '反映问题', { required: true, derived: true, width: 30 }),
    choice('warningLevel', '预警级别', WARNING_LEVELS, { required: true, derived: true, width: 10 }),
    choice('disposal', '处置方式', DISPOSALS, { required: true, derived: true, width: 14 }),
    timeLimit('replyLimit', '回告时限', { derived: true, width: 11, aliases: ['规定时限'] }),
    date('repliedOn', '回告日期', {
      derived: true,
      width: 12,
      aliases: ['回告时间', '书面回告日期'],
      ...AFTER_HANDLING,
    }),
    longtext('rectification', '整改情况', { derived: true, width: 22, ...AFTER_HANDLING }),
    longtext('outcome', '处理结果', { derived: true, width: 18, ...AFTER_HANDLING }),
  ],
  blankRows: 10,
  definitions: [
    ...WARNING_DEFINITIONS,
    {
      term: '回告制度',
      text: '有关处室和个人接到预警后,应在规定时限内对腐败风险成因进行剖析,制定整改措施,形成书面报告,及时回告学校党支部。',
    },
  ],
};
