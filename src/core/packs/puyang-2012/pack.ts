import { definePack } from '../../forms/pack';
import { LEVEL_FILLS, defaultThresholdRule } from '../../grade/defaults';
import { A1 } from './A1';
import { A2 } from './A2';
import { A3 } from './A3';
import { RISK_CATEGORIES } from './common';
import { POWER_FLOWCHART } from './flowchart';
import { sample } from './sample';

export const puyang2012 = definePack({
  id: 'puyang-2012',
  name: '濮阳市科技局 2012 廉政风险防控规范权力运行',
  plan: '濮阳市科学技术局关于加强廉政风险防控规范权力运行工作的实施方案',
  issuer: '濮阳市科学技术局',
  year: 2012,
  seed: '000',
  levelLabel: '风险等级',
  reportTo: '局机关廉政风险防控领导小组办公室,汇总上报市纪委审核备案',
  grading: {
    name: '三级',
    basis:
      '廉政风险等级根据发生概率和危害程度确定为“一、二、三”三个等级,分别用红、黄、蓝颜色进行标识,一级为危险最高等级。',
    levels: [
      { name: '一级', colour: '红', fill: LEVEL_FILLS.红, definition: '一级为危险最高等级' },
      { name: '二级', colour: '黄', fill: LEVEL_FILLS.黄 },
      { name: '三级', colour: '蓝', fill: LEVEL_FILLS.蓝 },
    ],
    factors: [
      { key: 'probability', label: '发生概率' },
      { key: 'impact', label: '危害程度' },
    ],
    rule: defaultThresholdRule(),
  },
  categories: { label: '风险类别', values: [...RISK_CATEGORIES] },
  deadlines: [
    {
      id: 'powers',
      stage: '第二阶段:确定工作岗位及职责,规范工作流程',
      what: '局机关各科室、知识产权局的职权目录(附件2)和职权运行流程图',
      by: '5月25日前',
      to: '局廉政风险防控规范权力运行工作领导小组办公室',
      forms: ['A2'],
    },
    {
      id: 'publish',
      stage: '第二阶段:确定工作岗位及职责,规范工作流程',
      what: '《岗位职责目录》、《职权运行目录》、《职权运行流程图》公开公示,并报市纪委备案',
      by: '6月28日前',
      to: '市纪委',
      forms: ['A1', 'A2'],
    },
    {
      id: 'register',
      stage: '第三阶段:排查廉政风险,评估风险等级',
      what: '定级后逐项登记汇总、主管领导和本人签字、加盖公章的《岗位廉政风险点登记表》(附件3)',
      by: '8月26日前',
      to: '局机关廉政风险防控领导小组办公室',
      forms: ['A3'],
      sealed: true,
    },
  ],
  forms: [A1, A2, A3],
  flowcharts: [POWER_FLOWCHART],
  sample,
});
