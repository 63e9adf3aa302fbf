import type { FlowchartSpecInput } from '../../flowchart/spec';

/**
 * 绘制出审批和许可事项运行流程图 … 在流程图上标出廉政风险点、表现形式等,形成许可审批事项廉政风险分布图: one diagram
 * per 许可事项, its stages as the 分布表's 流程环节 name them (each 事项 has its own), each risk on its stage.
 */
export const ITEM_FLOWCHART: FlowchartSpecInput = {
  id: 'ITEMS',
  title: '许可审批事项廉政风险分布图',
  sheetPrefix: '分布图',
  subjectLabel: '许可事项',
  subjects: {
    form: 'E1',
    key: 'power',
    details: [
      { label: '职权内容', key: 'content' },
      { label: '行使主体', key: 'subject' },
      { label: '法律依据', key: 'basis' },
    ],
  },
  risks: {
    form: 'E2',
    subject: 'item',
    stage: 'step',
    text: 'riskPoint',
    level: 'level',
    columns: [{ label: '表现形式', key: 'manifestation', width: 13 }],
    who: { label: '责任人／管控领导', keys: ['owner', 'controller'], width: 14 },
  },
  source: '行政许可职权目录、许可审批事项廉政风险分布表',
};
