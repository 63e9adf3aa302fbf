import { assessment, choice, field, level, longtext, seq, step, text } from '../../forms/columns';
import type { FormInput } from '../../forms/schema';
import { EXTRA_RISK_TYPES, FACTORS, RISK_TYPES, RISK_TYPE_DEFINITIONS } from './common';

export const D1: FormInput = {
  id: 'D1',
  title: '腐败风险点及防控措施自查表',
  kind: 'list',
  header: [field('unit', '单位名称(盖章)', { seal: true, derived: true, aliases: ['单位', '单位名称'] })],
  columns: [
    seq(),
    text('dept', '科室', { required: true, width: 10, aliases: ['处室', '处室(科室)'] }),
    // 按…职级…顺序登记: senior first, whichever words a school or a bureau uses.
    text('rank', '职级', {
      width: 8,
      order: ['厅级', '处级', '县级', '局级', '校级', '科级', '中层', '股级', '一般', '普通'],
    }),
    text('post', '岗位', { required: true, width: 10 }),
    text('name', '姓名', { width: 8 }),
    choice('riskType', '风险类型', [...RISK_TYPES, ...EXTRA_RISK_TYPES], {
      required: true,
      width: 12,
      aliases: ['风险类别'],
    }),
    longtext('riskPoint', '风险点', { required: true, width: 28, aliases: ['腐败风险点', '风险点表现形式'] }),
    level('level', '风险等级', { required: true, width: 9 }),
    longtext('earlyMeasure', '前期防控措施', { width: 20, aliases: ['前期预防措施'] }),
    longtext('midMeasure', '中期控制措施', { width: 20, aliases: ['中期监控措施'] }),
    longtext('lateMeasure', '后期处置措施', { width: 20, derived: true }),
    ...assessment(FACTORS, true),
  ],
  // 按风险等级、科室、职级、岗位顺序登记,建立岗位腐败风险点目录.
  sortBy: ['level', 'dept', 'rank', 'post'],
  signoff: [step('leadGroup', '领导小组', '领导小组审核意见'), step('unit', '单位', '单位(盖章)', true, 'unit')],
  blankRows: 12,
  definitions: Object.entries(RISK_TYPE_DEFINITIONS).map(([term, text]) => ({ term, text })),
  note: '按风险等级、科室、职级、岗位顺序登记,建立岗位腐败风险点目录,公示时间不少于一周。',
};
