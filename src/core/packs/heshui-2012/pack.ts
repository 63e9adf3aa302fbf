import { definePack } from '../../forms/pack';
import { LEVEL_FILLS, defaultThresholdRule } from '../../grade/defaults';
import { B1 } from './B1';
import { B2 } from './B2';
import { B3 } from './B3';
import { B4 } from './B4';
import { B5 } from './B5';
import { FACTORS, LEVEL_DEFINITIONS, LEVEL_MONITORS, RISK_TYPES, RISK_TYPE_DEFINITIONS } from './common';
import { sample } from './sample';

export const heshui2012 = definePack({
  id: 'heshui-2012',
  name: '合水县 2012 廉政风险防控',
  plan: '合水县廉政风险防控机制建设工作实施方案',
  issuer: '合水县纪委',
  year: 2012,
  seed: '001',
  levelLabel: '风险等级',
  reportTo: '县纪委党风廉政建设室',
  grading: {
    name: '三级',
    basis:
      '依据风险发生可能性和危害性的大小,干部职工在行使行政权力时自由裁量权的大小,以及行政权力与资金关联程度的高低来确定,岗位风险评估标准暂定为三级。',
    levels: [
      {
        name: '一级',
        colour: '红',
        fill: LEVEL_FILLS.红,
        monitor: LEVEL_MONITORS.一级,
        definition: LEVEL_DEFINITIONS.一级,
      },
      {
        name: '二级',
        colour: '黄',
        fill: LEVEL_FILLS.黄,
        monitor: LEVEL_MONITORS.二级,
        definition: LEVEL_DEFINITIONS.二级,
      },
      {
        name: '三级',
        colour: '蓝',
        fill: LEVEL_FILLS.蓝,
        monitor: LEVEL_MONITORS.三级,
        definition: LEVEL_DEFINITIONS.三级,
      },
    ],
    factors: FACTORS.map(([key, label]) => ({ key, label })),
    rule: defaultThresholdRule(['discretion', 'funds']),
  },
  categories: { label: '风险类型', values: [...RISK_TYPES], definitions: { ...RISK_TYPE_DEFINITIONS } },
  deadlines: [
    {
      id: 'plan',
      stage: '组织动员阶段',
      what: '本单位实施方案、成立领导小组文件及分管领导、工作人员联系电话',
      by: '8月20日前',
      to: '县纪委党风廉政建设室',
    },
    {
      id: 'tables',
      stage: '排查岗位风险阶段',
      what: '《个人岗位风险点自查表》、《单位内设机构岗位风险点自查表》、《重点岗位风险点专项清查表》、《岗位风险点清查汇总表》(公示的同时报送)',
      by: '9月25日前',
      to: '县纪委党风廉政建设室',
      forms: ['B1', 'B2', 'B3', 'B4'],
      sealed: true,
    },
    {
      id: 'review',
      stage: '考核评估阶段',
      what: '按“十有”“十看”检查验收,形成书面材料',
      by: '12月10日前',
      to: '县纪委党风廉政建设室',
      forms: ['B5'],
    },
  ],
  forms: [B1, B2, B3, B4, B5],
  sample,
});
