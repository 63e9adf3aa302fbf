import type { Params } from '../../errors';

/** General and file-level messages. Each message is keyed by its stable English code. */
export const common: Record<string, (p: Params) => string> = {
  internal_error: () => '发生了内部错误。请加 --debug 重新运行，并把输出发给维护人员。',
  unknown_pack: (p) => `没有名为「${p.pack}」的方案。可用的方案：${p.known}。`,
  unknown_form: (p) => `方案「${p.pack}」中没有表格「${p.form}」。可用的表格：${p.known}。`,
  output_exists: (p) => `输出文件「${p.file}」已存在。为免覆盖您的文件，请换一个文件名，或加 --force 明确覆盖。`,
  output_is_input: (p) =>
    `输出文件「${p.file}」就是输入文件。lianfang 不会覆盖您的原文件；如确需原地修改，请加 --in-place（会先备份）。`,
  file_not_found: (p) => `找不到文件「${p.file}」。`,
  write_failed: (p) => `无法写入「${p.file}」：${p.reason}。`,
  sheet_name_clash: (p) =>
    `工作簿中已有名为「${p.wanted}」的工作表，新表已命名为「${p.given}」，原有工作表未作任何改动。`,
  other_pack: (p) => `此工作簿已按方案「${p.existing}」建立，不能再插入方案「${p.pack}」的表格。请新建工作簿。`,
};
