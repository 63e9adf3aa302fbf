import type { FlowchartSpecInput } from '../../flowchart/spec';
import { POWER_STAGES } from './common';

/**
 * 对每一项职权绘制《职权运行流程图》,明确提出、受理、审核、办理、反馈等职权运行和各个环节 … 根据《职权运行流程图》,
 * 逐项逐环节地分析查找廉政风险点: one diagram per power of 附件2, each 附件3 risk at the stage it names.
 */
export const POWER_FLOWCHART: FlowchartSpecInput = {
  id: 'POWERS',
  title: '职权运行流程图',
  sheetPrefix: '流程图',
  subjectLabel: '职权',
  subjects: {
    form: 'A2',
    key: 'power',
    details: [
      { label: '职权内容', key: 'content' },
      { label: '办理主体', key: 'handler' },
      { label: '办结时限', key: 'timeLimit' },
      { label: '设置依据', key: 'basis' },
      { label: '公开形式', key: 'publicity' },
    ],
  },
  risks: {
    form: 'A3',
    subject: 'power',
    stage: 'stage',
    text: 'riskPoint',
    level: 'level',
    columns: [{ label: '风险类别', key: 'category', width: 9 }],
    who: { label: '岗位（姓名）', keys: ['post', 'name'], width: 14 },
  },
  stages: [...POWER_STAGES],
  // What clerks call the same stages in everyday words.
  stageAliases: {
    申请: '提出',
    申报: '提出',
    报送: '提出',
    接收: '受理',
    登记: '受理',
    收件: '受理',
    受案: '受理',
    审查: '审核',
    初审: '审核',
    复核: '审核',
    审批: '审核',
    评审: '审核',
    会审: '审核',
    审定: '审核',
    决定: '办理',
    实施: '办理',
    执行: '办理',
    办结: '办理',
    答复: '反馈',
    送达: '反馈',
    告知: '反馈',
    公开: '反馈',
    公示: '反馈',
    回访: '反馈',
  },
  source: '附件2 职权运行目录、附件3 岗位廉政风险点登记表',
};
