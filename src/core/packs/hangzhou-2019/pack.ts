import { definePack } from '../../forms/pack';
import { LEVEL_FILLS, defaultThresholdRule } from '../../grade/defaults';
import { C1 } from './C1';
import { C2 } from './C2';
import { C3 } from './C3';
import { CHECK_CATEGORIES, CHECK_CATEGORY_DEFINITIONS, FACTORS } from './common';
import { sample } from './sample';

export const hangzhou2019 = definePack({
  id: 'hangzhou-2019',
  name: '杭州市生态环境局 2019 廉政风险排查防控',
  plan: '杭州市生态环境局深入开展廉政风险排查防控工作实施方案',
  issuer: '中共杭州市生态环境局党组',
  year: 2019,
  seed: '002',
  levelLabel: '风险类别',
  reportTo: '局机关纪委;经局党组研究后报市纪委,抄送驻局纪检监察组',
  grading: {
    name: '三类',
    basis:
      '根据权力重要程度、自由裁量权的大小、腐败现象发生的概率和危害程度等因素,按照高、中、低三个类别评定廉政风险类别。一般高风险类别控制在20%左右。',
    levels: [
      { name: '高', colour: '红', fill: LEVEL_FILLS.红, aliases: ['高风险'] },
      { name: '中', colour: '黄', fill: LEVEL_FILLS.黄, aliases: ['中风险'] },
      { name: '低', colour: '蓝', fill: LEVEL_FILLS.蓝, aliases: ['低风险'] },
    ],
    factors: FACTORS.map(([key, label]) => ({ key, label })),
    // 权力重要程度 and 自由裁量权的大小 each raise the level one band at 5 (default, configurable).
    rule: defaultThresholdRule(['importance', 'discretion']),
  },
  categories: { label: '排查类别', values: [...CHECK_CATEGORIES], definitions: { ...CHECK_CATEGORY_DEFINITIONS } },
  deadlines: [
    {
      id: 'plan',
      stage: '动员部署、深入排查分析阶段',
      what: '局廉政风险排查防控工作方案',
      by: '6月底前',
      to: '市纪委',
    },
    {
      id: 'deptLists',
      stage: '动员部署、深入排查分析阶段',
      // 上述两张清单(书面稿和电子稿各一份)分别于8月10日前报局机关纪委: 局本级's (附件1) and each department's (附件2).
      what: '局本级、城区分局和直属单位“两张风险清单”(附件1、附件2,书面稿和电子稿各一份)',
      by: '8月10日前',
      to: '局机关纪委',
      forms: ['C1', 'C2'],
      sealed: true,
    },
    {
      id: 'bureauList',
      stage: '动员部署、深入排查分析阶段',
      what: '经局党组研究后的“两张风险清单”(附件1、附件2),抄送驻局纪检监察组',
      by: '9月底前',
      to: '市纪委',
      forms: ['C1', 'C2'],
      sealed: true,
    },
    {
      id: 'measures',
      stage: '动态防控、完善制度机制阶段',
      what: '完善风险防控措施(附件3 第11项)',
      by: '2020年12月底',
      to: '机关纪委',
    },
  ],
  forms: [C1, C2, C3],
  rules: {
    topShare: {
      forms: ['C1', 'C2'],
      target: 0.2,
      text: '一般高风险类别控制在20%左右',
      near: [0.15, 0.25],
      far: [0.1, 0.3],
      minRows: 5,
    },
  },
  sample,
});
