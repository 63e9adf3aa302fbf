import { definePack } from '../../forms/pack';
import { LEVEL_FILLS, defaultThresholdRule } from '../../grade/defaults';
import { D1 } from './D1';
import { D2 } from './D2';
import { D3 } from './D3';
import { D4 } from './D4';
import { D5 } from './D5';
import { FACTORS, LEVEL_DEFINITIONS, LEVEL_MONITORS, RISK_TYPES, RISK_TYPE_DEFINITIONS } from './common';
import { sample } from './sample';

export const school2010 = definePack({
  id: 'school-2010',
  name: '学校 2010 腐败风险预警防控',
  plan: '高桥小学腐败风险预警防控实施方案(含王场小学、实验二小、咸丰县林业局方案)',
  issuer: '高桥小学腐败风险预警防控工作领导小组',
  year: 2010,
  seed: '003',
  levelLabel: '风险等级',
  reportTo: '上级纪检监察部门(教育局腐败风险预警防控办公室)',
  grading: {
    name: '三级',
    basis:
      '依照党纪条规、行政法规、廉洁自律有关规定、腐败行为发生几率以及可能造成后果的严重程度、紧急程度等,由高到低确定一、二、三级腐败风险,实行分级管理、分级负责。',
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
    // 紧急程度 at 5 raises the level one band (default, configurable).
    rule: defaultThresholdRule(['urgency']),
  },
  categories: { label: '风险类型', values: [...RISK_TYPES], definitions: { ...RISK_TYPE_DEFINITIONS } },
  deadlines: [
    {
      id: 'duties',
      stage: '清权明责阶段',
      what: '认真清理各岗位,填好岗位职责清单;编制各项工作流程图',
      by: '3月20日',
      to: '学校腐败风险预警防控领导小组',
    },
    {
      id: 'risks',
      stage: '查找风险阶段',
      // 高桥小学: (三)查找风险阶段(2010年3月21日——4月20日) 查找学校的腐败风险点并进行公示 … 签订廉政承诺书.
      what: '查找学校的腐败风险点并进行公示;根据查出的风险点,对照党员干部党风廉政制要求,签订廉政承诺书',
      by: '4月20日',
      to: '学校腐败风险预警防控领导小组',
      forms: ['D1', 'D3'],
    },
    {
      id: 'cards',
      stage: '建章立制阶段',
      // The card and its 工作程序 are 林业局's plan, which sets no date; 高桥小学's 建章立制阶段 ends 5月10日 (said so).
      what: '党员干部勤廉责任卡:个人填报、领导审核、集中评议、领导小组审批,汇总为勤廉责任台账(工作程序出自林业局方案,该方案未定时限,按高桥小学方案建章立制阶段截止日计)',
      by: '5月10日',
      to: '学校腐败风险预警防控领导小组',
      forms: ['D2'],
      sealed: true,
    },
    {
      id: 'summary',
      stage: '总结验收阶段',
      what: '腐败风险预警防控工作总结,迎接上级检查',
      by: '5月30日',
      to: '上级纪检监察部门',
    },
  ],
  forms: [D1, D2, D3, D4, D5],
  rules: {
    // 廉洁指数测评 below the threshold → 廉政谈话. (The warned party answers within the 规定时限: D4 回告时限 is
    // a column of the plan's table, so the required-column policy already makes it compulsory.)
    scoreNeedsYes: [{ form: 'D5', score: 'score', yes: 'talk' }],
  },
  sample,
});
