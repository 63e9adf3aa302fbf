import type { Params } from '../../errors';

/** Messages of the unit settings (单位名称, 公章) and the task pane's report. */
export const unit: Record<string, (p: Params) => string> = {
  unit_seal_not_png: () => '公章图片须为 PNG 格式的图片文件，请换一个 .png 文件。',
  unit_seal_too_large: (p) =>
    `公章图片有 ${p.kb} KB，超过可保存在工作簿中的上限 ${p.maxKb} KB。请用画图等工具把图片缩小（例如 400×400 像素）后再上传。`,
  unit_name_too_long: (p) => `单位名称过长，最多 ${p.max} 个字。`,
  unit_settings_malformed: (p) =>
    `工作簿中保存的单位设置（隐藏表「${p.sheet}」）已损坏：${p.reason}。请在「单位设置」中重新填写并保存。`,
  unit_settings_version: (p) =>
    `工作簿中的单位设置是较新版本（第 ${p.version} 版）写入的，本程序只认识第 ${p.supported} 版。请升级 lianfang 后再打开。`,
  ui_unit_title: () => '单位设置',
  ui_unit_name: () => '单位名称',
  ui_unit_seal: () => '公章图片（PNG）',
  ui_unit_seal_hint: () => '盖章环节和报送工作簿默认使用此图片。',
  ui_choose_seal: () => '选择图片',
  ui_unit_seal_preview: () => '公章图片预览',
  ui_unit_seal_remove: () => '移除公章图片',
  ui_unit_save: () => '保存单位设置',
  ui_unit_saved: (p) =>
    `已把单位设置保存在工作簿中（单位名称：${p.name || '未填'}；公章图片：${p.seal ? '有' : '无'}）。`,
  ui_unit_seal_default: () => '未选择图片时使用单位设置中的公章图片。',
  officejs_create_workbook_missing: () =>
    '当前 Excel 版本不能直接打开新工作簿（需要 Excel 2019、Microsoft 365 或网页版 Excel）。请改用网页版 lianfang 或命令行 `npx lianfang report` 生成报送工作簿。',
  ui_pane_report_done: (p) => `已在新的 Excel 窗口中打开报送工作簿（共 ${p.sheets} 张表），请在那里保存。`,
};
