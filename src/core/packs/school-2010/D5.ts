import { field, percent, seq, step, text, yesno } from '../../forms/columns';
import type { FormInput } from '../../forms/schema';
import { TALK_BELOW } from './common';

/** 廉政评议机制: 领导干部廉洁指数, 百分制, 每年测评一次 (seed 003, 咸丰县林业局). */
export const D5: FormInput = {
  id: 'D5',
  title: '廉洁指数测评表',
  kind: 'list',
  header: [
    field('unit', '单位名称(盖章)', { seal: true, derived: true, aliases: ['单位', '单位名称'] }),
    // 每年测评一次: which year's test this is.
    field('year', '测评年度', { derived: true, required: false, inline: true, aliases: ['年度'] }),
  ],
  columns: [
    seq({ derived: true }),
    text('name', '姓名', { required: true, derived: true, width: 12 }),
    text('title', '职务', { derived: true, width: 20 }),
    percent('score', '测评得分', { required: true, derived: true, aliases: ['得分', '廉洁指数'] }),
    yesno('talk', '是否廉政谈话', {
      derived: true,
      width: 14,
      required: false,
      requiredWhy: '测评得分低于谈话分数线时必须为「是」(方案规则)',
    }),
  ],
  // 测评结果报纪检监察部门备案.
  signoff: [step('filing', '纪检监察部门', '报纪检监察部门备案')],
  blankRows: 12,
  definitions: [
    {
      term: '廉洁指数',
      text: `结合公务员考核和领导干部述职述廉,采用百分制办法,每年测评一次。测评结果报纪检监察部门备案,对分值低于一定分值(默认 ${TALK_BELOW} 分,可调整)的,及时进行廉政谈话,提醒告诫。`,
    },
  ],
};
