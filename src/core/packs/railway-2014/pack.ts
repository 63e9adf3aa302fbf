import { definePack } from '../../forms/pack';
import { LEVEL_FILLS, defaultThresholdRule } from '../../grade/defaults';
import { E1 } from './E1';
import { E2 } from './E2';
import { FACTORS, RISK_TYPES } from './common';
import { ITEM_FLOWCHART } from './flowchart';
import { sample } from './sample';

export const railway2014 = definePack({
  id: 'railway-2014',
  name: '国家铁路局 2014 行政许可廉政风险防控',
  plan: '国家铁路局行政许可廉政风险防控工作方案',
  issuer: '国家铁路局',
  year: 2014,
  seed: '004',
  levelLabel: '风险等级',
  reportTo: '驻局纪检组监察局',
  // 汇编成册,形成《廉政风险防控手册》: the report is the handbook the plan names.
  reportTitle: '《廉政风险防控手册》',
  grading: {
    name: '三类',
    basis: '驻局纪检组监察局组织有关专家按照“高”、“中”、“低”三个等级对廉政风险进行评定,并经单位领导班子集体审定。',
    levels: [
      { name: '高', colour: '红', fill: LEVEL_FILLS.红, aliases: ['高风险'] },
      { name: '中', colour: '黄', fill: LEVEL_FILLS.黄, aliases: ['中风险'] },
      { name: '低', colour: '蓝', fill: LEVEL_FILLS.蓝, aliases: ['低风险'] },
    ],
    factors: FACTORS.map(([key, label]) => ({ key, label })),
    rule: defaultThresholdRule(),
  },
  categories: { label: '风险类型', values: [...RISK_TYPES] },
  deadlines: [
    {
      id: 'selfCheck',
      stage: '自排自查阶段',
      what: '行政许可职权目录、许可审批事项廉政风险分布表(附件内容)',
      by: '2014年7月中旬',
      to: '驻局纪检组监察局',
      forms: ['E1', 'E2'],
    },
    {
      id: 'assessed',
      stage: '考核评估阶段',
      what: '按专家意见修改完善、经单位领导班子集体审定后的风险分布表',
      by: '2014年9月底',
      to: '驻局纪检组监察局',
      forms: ['E2'],
      sealed: true,
    },
    {
      id: 'improve',
      stage: '完善提高阶段',
      what: '落实《廉政风险防控手册》的防控措施,按计划完善有关制度',
      by: '2014年12月底',
      to: '驻局纪检组监察局',
    },
  ],
  forms: [E1, E2],
  // 需要建立健全制度的,要列出计划,明确完成时限 (责任人 is required on every row by the policy: 谁的风险谁防).
  rules: { filledNeeds: [{ form: 'E2', when: 'rulePlan', need: ['deadline'] }] },
  flowcharts: [ITEM_FLOWCHART],
  sample,
});
