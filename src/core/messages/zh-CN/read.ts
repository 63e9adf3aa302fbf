import type { Params } from '../../errors';

const NOT_XLSX_WHY: Record<string, string> = {
  empty: '文件是空的（0 字节）',
  text: '文件内容是文本（可能是 CSV、网页或其他文件改了扩展名）',
  unknown: '文件不是 .xlsx 格式（不是 zip 压缩包）',
  ods: '这是 WPS/LibreOffice 的 .ods 文件',
};

const CORRUPT_WHY: Record<string, string> = {
  truncated: '文件不完整（可能下载或复制时被截断）',
  bad_zip: '压缩包结构有误',
  missing_part: '缺少必需的部件',
  bad_xml: 'XML 内容有误',
  invalid_utf8: '文本编码无效（不是有效的 UTF-8 或所声明的编码）',
  unreadable: '内容无法解析',
  out_of_range: '行号超出 Excel 的最大行数 1048576',
};

const TOO_LARGE_WHAT: Record<string, string> = {
  file: '文件大小',
  entries: '压缩包内的部件数',
  entry: '单个部件解压后的大小',
  total: '全部部件解压后的总大小',
  ratio: '压缩比（疑似“压缩炸弹”）',
  depth: 'XML 嵌套层数',
};

const LOST_WHAT: Record<string, string> = {
  charts: '图表',
  pivot_tables: '数据透视表',
  vba: '宏（VBA）',
  threaded_comments: '新式批注（讨论串）',
  slicers: '切片器',
  external_links: '外部链接',
  shapes: '形状、文本框',
  form_controls: '表单控件',
  embedded_objects: '嵌入的对象',
  connections: '数据连接/查询',
  custom_xml: '自定义 XML 数据',
  sparklines: '迷你图',
  timelines: '日程表',
  name_formulas: '公式或常量型名称',
  comment_authors: '批注的作者姓名',
  wps_cell_images: 'WPS 单元格内嵌图片',
  ext_validations: '引用其他工作表的下拉列表（扩展数据验证）',
  images: '图片',
};

const at = (p: Params) => (p.sheet ? `（工作表「${p.sheet}」第 ${p.cell} 行）` : p.part ? `（部件 ${p.part}）` : '');
const list = (codes: unknown) =>
  String(codes ?? '')
    .split(',')
    .filter(Boolean)
    .map((c) => LOST_WHAT[c] ?? c)
    .join('、');

/** Opening files: every way a received workbook can be unreadable, and what was changed to read it safely. */
export const read: Record<string, (p: Params) => string> = {
  not_xlsx: (p) =>
    `「${p.file}」不是有效的 Excel 文件：${NOT_XLSX_WHY[String(p.kind)] ?? NOT_XLSX_WHY.unknown}。请用 Excel 或 WPS 打开后另存为 .xlsx。`,
  legacy_xls: (p) => `「${p.file}」是旧版 .xls 格式，lianfang 只读 .xlsx。请用 Excel 或 WPS 打开后另存为 .xlsx。`,
  encrypted: (p) => `「${p.file}」文件已加密（设置了打开密码）。请在 Excel 中取消密码后另存，再交给 lianfang。`,
  corrupt: (p) =>
    `「${p.file}」文件已损坏：${CORRUPT_WHY[String(p.kind)] ?? CORRUPT_WHY.unreadable}${at(p)}。请向报送单位索取完好的文件。`,
  unsafe_content: (p) =>
    `「${p.file}」含有不允许的 XML 结构（DTD 或实体声明${at(p)}），可能是恶意构造的文件，已拒绝读取。`,
  too_large: (p) =>
    `「${p.file}」文件过大：${TOO_LARGE_WHAT[String(p.what)] ?? String(p.what)}${at(p)}超过上限（${p.actual ?? '?'} > ${p.limit}）。`,
  too_many_sheets: (p) => `「${p.file}」工作表过多：共 ${p.count} 个，上限 ${p.limit} 个。`,
  timeout: (p) => `「${p.file}」解析超时：超过 ${p.seconds} 秒仍未读完，已停止读取。`,
  out_of_memory: (p) => `「${p.file}」内存超限：读取时所需内存超过 ${p.mb} MB，已停止读取。`,
  is_directory: (p) => `「${p.file}」是文件夹，不是 Excel 文件。`,
  aborted: (p) => `已取消读取「${p.file}」。`,
  read_failed: (p) => `无法读取「${p.file}」：${p.reason}。`,
  // Warnings: the file was read, but something in it was changed or will not survive saving.
  defined_name_renamed: (p) =>
    `「${p.file}」中的名称「${p.name}」与程序保留字冲突（可能是恶意构造），读取时已改名为「${p.renamed}」。`,
  sheet_renamed: (p) =>
    `「${p.file}」中的工作表「${p.sheet}」与程序保留字冲突（可能是恶意构造），读取时已改名为「${p.renamed}」。`,
  merge_dropped: (p) =>
    `「${p.file}」工作表「${p.sheet}」中的合并区域 ${p.range} 过大（本表合并单元格合计超过 ${p.limit} 个），读取时已忽略该合并。`,
  validation_clipped: (p) =>
    `「${p.file}」工作表「${p.sheet}」中的数据验证区域 ${p.range} 过大，读取时已缩小为 ${p.clipped}（“—”表示已忽略该验证）。`,
  defined_name_dropped: (p) =>
    `「${p.file}」中的名称「${p.name}」指向的区域 ${p.range} 过大（全部名称合计超过 ${p.limit} 个单元格），读取时已忽略该名称。`,
  lost_on_save: (p) =>
    `「${p.file}」含有 lianfang 保存时无法保留的内容：${list(p.items)}。如由 lianfang 写回此工作簿，这些内容将丢失；请另存为新文件，保留原文件。`,
  read_progress: (p) => `正在读取第 ${p.done}/${p.total} 个文件…`,
};
