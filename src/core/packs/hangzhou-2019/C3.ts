import { seq, text, longtext } from '../../forms/columns';
import type { FormInput } from '../../forms/schema';

const S1 = '动员部署深入排查分析阶段';
const S2 = '动态防控完善制度机制阶段';
const S3 = '巩固成果形成防控体系阶段';
const ALL = '机关处室、城区分局、直属单位';

/** 附件3 as printed: 13 rows in three 阶段 (the 阶段 cell is merged down over its rows). */
const ROWS: Array<[number, string, string, string, string, string]> = [
  [1, S1, '制定下发局廉政风险排查防控工作方案', '机关党委', '机关党委', '6月底前'],
  [2, S1, '局党组召开会议进行动员部署', '机关党委', '机关党委', '7月'],
  [3, S1, '梳理权力清单、职责清单', '组织人事处', ALL, '7月'],
  [4, S1, '查找廉政风险', '机关党委', ALL, '7月'],
  [5, S1, '评定风险类别', '机关纪委', ALL, '7月'],
  [6, S1, '处室、分局、直属单位制定《廉政风险清单》', '机关纪委', ALL, '8月10日前'],
  [7, S1, '局党组研究《廉政风险清单》', '机关纪委', '机关纪委', '8月底前'],
  [8, S1, '公示《廉政风险清单》,上报市纪委市监委', '机关纪委', '机关纪委', '9月底前'],
  [9, S2, '进一步完善领导班子议事规则和“三重一大”决策机制', '组织人事处', '组织人事处', '2020年1月'],
  [10, S2, '制定局系统党风廉政教育、常态化监督管理制度', '机关纪委', '机关纪委', '2020年3月'],
  [11, S2, '完善风险防控措施', '机关纪委', ALL, '2020年12月底'],
  [12, S2, '健全廉政档案', '机关纪委', '机关纪委', '2020年底'],
  [
    13,
    S3,
    '及时总结排查防控工作经验,定期研究分析,组织“回头看”检查,通过“三个看”,全面评估防控工作成效',
    '机关纪委',
    ALL,
    '2021年',
  ],
];

export const C3: FormInput = {
  id: 'C3',
  title: '市生态环境局深入开展廉政风险排查防控工作安排',
  titleAliases: ['深入开展廉政风险排查防控工作安排'],
  attachment: '附件3',
  kind: 'list',
  columns: [
    seq(),
    text('stage', '阶段', { group: true, width: 14 }),
    longtext('task', '主要任务内容', { required: true, width: 40 }),
    text('lead', '牵头单位', { width: 12 }),
    text('owner', '责任单位', { width: 18 }),
    text('due', '完成时间', { width: 12, aliases: ['完成 时间'] }),
  ],
  groups: [S1, S2, S3],
  presetRows: ROWS.map(([seqNo, stage, task, lead, owner, due]) => ({ seq: seqNo, stage, task, lead, owner, due })),
  blankRows: 0,
};
