import type { Params } from '../../errors';

/** Report workbook (报送工作簿) messages. */
export const report: Record<string, (p: Params) => string> = {
  report_data_missing: (p) =>
    `此工作簿不是 lianfang 生成的报送工作簿：找不到隐藏的数据表「${p.sheet}」。请选择由「生成报送工作簿」得到的文件。`,
  report_data_malformed: (p) =>
    `报送工作簿的隐藏数据表「${p.sheet}」已损坏或被改动，无法读取（${p.reason}）。请向报送单位索取原始文件。`,
  report_data_version: (p) =>
    `报送工作簿的数据格式版本为 ${p.version}，本版本 lianfang 无法读取。请升级 lianfang 后再试。`,
  report_no_forms: (p) => `在「${p.file}」中没有找到方案「${p.pack}」的任何表格，无法生成报送工作簿。`,
  report_mixed_packs: (p) => `输入文件属于不同的方案（${p.packs}），一份报送工作簿只能包含同一方案的表格。`,
  report_pack_unsure: (p) => `输入文件的表格同样符合几个方案：${p.packs}。请用 --pack 指定方案。`,
  report_other_programme: (p) =>
    `以下文件的表格属于另一个方案，不能按「${p.pack}」编入报送工作簿：${p.files}。请去掉这些文件，或改用相应的 --pack。`,
  report_unit_unnamed: () => '（未填写单位名称）',
  report_no_pack: (p) => `无法判断「${p.file}」属于哪个方案。请用 --pack 指定方案。`,
  report_pdf_no_soffice: () =>
    '未找到 LibreOffice（soffice），无法生成 PDF。Excel 报送工作簿已写好；如需 PDF，请安装 LibreOffice 后重试，或在 Excel 中“另存为 PDF”。',
  report_pdf_failed: (p) => `LibreOffice 未能把「${p.file}」转换为 PDF:${p.reason}`,
  report_seal_not_png: (p) => `公章图片「${p.file}」不是 PNG 图片（或大于 1 MB），请提供 PNG 格式的公章图片。`,
  report_written: (p) =>
    `已写入报送工作簿 ${p.file}（方案「${p.pack}」）：${p.units} 个单位，${p.forms} 张表，${p.risks} 个风险点${Number(p.graded) !== Number(p.risks) ? `（已定级 ${p.graded} 个）` : ''}；校验记录 ${p.errors} 个错误、${p.warnings} 个提醒${p.notices ? `、${p.notices} 条提示` : ''}。`,
  report_pdf_written: (p) => `已写入 PDF ${p.file}。`,
};
