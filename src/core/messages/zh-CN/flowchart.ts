import type { Params } from '../../errors';

/** The plans' diagrams (职权运行流程图, 廉政风险分布图): what could not be drawn as typed. */
export const flowchart: Record<string, (p: Params) => string> = {
  flowchart_no_columns: (p) =>
    `「${p.sheet}」没有「${p.subject}」「${p.stage}」两列，其中 ${p.count} 个风险点未画入${p.title}。在表格右侧的绿色列中填写风险点所涉职权和流程环节后重新汇总，即可画入。`,
  flowchart_risk_no_subject: (p) => `「${p.sheet}」${p.cell} 没有填写${p.label}，风险点「${p.text}」未画入${p.title}。`,
  flowchart_subject_column_missing: (p) =>
    `「${p.sheet}」的表头没有找到「${p.label}」列，其中 ${p.count} 行不画流程图：请把该列的列标题改为「${p.label}」。`,
  flowchart_subject_blank: (p) => `「${p.sheet}」第 ${p.row} 行没有填写${p.label}名称，这一行不画流程图。`,
  flowchart_subject_unlisted: (p) =>
    `「${p.sheet}」${p.cell} 的${p.label}「${p.value}」不在《${p.list}》中，已按风险点所填名称单独画出；请核对名称是否与目录一致。`,
  flowchart_no_list: (p) => `工作簿中没有《${p.list}》，流程图按风险点所填的${p.label}画出。`,
  flowchart_stage_unknown: (p) =>
    `「${p.sheet}」${p.cell} 的流程环节「${p.value}」不是${p.title}的环节（${p.stages}），该风险点列在流程图下方的“未画入流程的风险点”中。`,
  flowchart_stage_blank: (p) =>
    `「${p.sheet}」${p.cell} 没有填写流程环节，风险点「${p.text}」列在流程图下方的“未画入流程的风险点”中。`,
  flowchart_written: (p) => `已生成 ${p.count} 张${p.title}：${p.sheets}。`,
};
