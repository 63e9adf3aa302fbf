import type { Params } from '../../errors';

/** Messages of the Excel task pane's office-js adapter (src/adapters/officejs). */
const undone = (p: Params) =>
  p.sheets
    ? p.rolledBack
      ? `已撤回本次新建的工作表（${p.sheets}），工作簿保持原样。`
      : `本次新建的工作表（${p.sheets}）未能自动删除，请先手动删除它们再重试。`
    : '工作簿未被改动。';

export const officejs: Record<string, (p: Params) => string> = {
  officejs_cell_edit_mode: (p) =>
    `Excel 正处于单元格编辑状态，无法写入。请按 Enter 或 Esc 退出编辑（或单击其他单元格），然后再点一次按钮。${undone(p)}`,
  officejs_conflict: (p) =>
    `其他人正在同时编辑此工作簿，本次写入与他们的修改冲突。请稍候几秒，待同步完成后再点一次按钮。${undone(p)}`,
  officejs_busy: (p) => `Excel 正忙，暂时无法处理本次操作。请稍候片刻再试。${undone(p)}`,
  officejs_sheet_exists: (p) =>
    `工作簿中已有名为「${p.sheet ?? p.sheets}」的工作表。为免覆盖您的内容，本次未写入任何表格；请重命名原有工作表，或重新插入（系统会另起名称）。`,
  officejs_name_exists: (p) =>
    `工作簿中已有名为「${p.name}」的名称（公式 › 名称管理器）。本次未写入任何内容；请删除或重命名该名称后重试。`,
  officejs_too_large: (p) => `本次要写入或读取的内容过多，超出了 Excel 单次请求的上限。请分批处理后重试。${undone(p)}`,
  officejs_access_denied: (p) =>
    `Excel 拒绝了本次操作：工作表或工作簿可能受保护，或文件为只读。请在「审阅」中撤销保护、或另存一份后重试。${undone(p)}`,
  officejs_api_missing: () =>
    '当前 Excel 版本不支持廉防所需的功能。请使用 Microsoft 365 版 Excel、Excel 2021 或更高版本，或使用网页版 Excel。',
  officejs_item_missing: (p) => `找不到需要的工作表或名称，可能刚被删除或改名。请重新读取工作簿后再试。${undone(p)}`,
  officejs_aborted: (p) => `操作已取消。${undone(p)}`,
  officejs_general: (p) =>
    `Excel 未能完成本次操作（${p.officeCode ?? '未知错误'}）。请保存工作簿后再点一次按钮；若仍失败，请关闭并重新打开此工作簿。${undone(p)}`,
  officejs_validation_title: () => '填写有误',
  officejs_validation_error: () => '填写的内容不符合要求，请从下拉列表中选择或按提示填写。',
};
