import { definePack } from '../../forms/pack';
import { LEVEL_FILLS, defaultThresholdRule } from '../../grade/defaults';
import { A1 } from './A1';
import { A2 } from './A2';
import { A3 } from './A3';
import { RISK_CATEGORIES } from './common';
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
      { name: '一级', colour: '红', fill: LEVEL_FILLS.红 },
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
    { what: '职权目录和职权运行流程图报领导小组办公室', by: '5月25日' },
    { what: '岗位职责目录、职权运行目录、流程图公开公示并报市纪委备案', by: '6月28日' },
    { what: '定级、签字、盖章后的岗位廉政风险点登记表报领导小组办公室', by: '8月26日' },
  ],
  forms: [A1, A2, A3],
  sample,
});
