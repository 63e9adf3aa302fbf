import type { Params } from '../../errors';

/**
 * Sign-off (签章) messages. Stamps are an integrity check: they show whether approved content was changed
 * afterwards. They are not a legally recognised electronic seal (that needs a CA certificate under
 * 电子签名法 / GB/T 38540), and sheet protection is only a guard against slips.
 */
export const approve: Record<string, (p: Params) => string> = {
  // What stamps are, said plainly wherever lianfang signs.
  stamp_disclaimer: () =>
    'lianfang 的签章是完整性核验:它能证明签章后表格内容是否被改动、由哪把密钥签署,但不是具有法律效力的电子签章/电子印章(依据《电子签名法》及 GB/T 38540,须使用依法设立的电子认证服务机构(CA)颁发的证书)。',
  protect_disclaimer: () =>
    '签章后工作表已设置保护,仅用于防止误改,并非安全措施:任何人都可以取消保护。内容是否被改动,以“验证”结果为准。',
  // Step states.
  step_pending: () => '待签',
  step_signed: () => '已签',
  step_returned: () => '已退回',
  step_invalid: () => '已失效',
  // Refusals when signing.
  unknown_role: (p) => `表格「${p.form}」没有签章环节「${p.role}」。可用的环节:${p.known}。`,
  out_of_order: (p) => `工作表「${p.sheet}」须按顺序签章:现在应由「${p.next}」签署,「${p.role}」还不能签。`,
  chain_complete: (p) => `工作表「${p.sheet}」的签章已全部完成,无需再签。`,
  chain_invalid_cannot_approve: (p) =>
    `工作表「${p.sheet}」已有签章失效(内容在签章后被改动或签章记录有误),不能再签“同意”。请选择“退回修改”,修改后从第一步重新签章。`,
  stamps_unreadable: (p) =>
    `隐藏的签章记录表第 ${p.row} 行无法读取,可能被改动过。为保留证据,lianfang 不会在此工作簿上继续签章。`,
  signer_key_mismatch: (p) =>
    `「${p.name}」在此工作簿中曾用另一把密钥签章。同一人应始终使用同一把密钥;如确已更换,请联系管理员核实。`,
  form_has_errors: (p) =>
    `工作表「${p.sheet}」还有 ${p.count} 处校验错误,改正后才能签章${p.first ? `(如:${p.first})` : ''}。`,
  form_has_warnings: (p) =>
    `工作表「${p.sheet}」有 ${p.count} 处校验提醒${p.first ? `(如:${p.first})` : ''}。请确认无误后再签章。`,
  form_not_found: (p) => `找不到表格「${p.form}」。此工作簿中可签章的表格:${p.known}。`,
  form_ambiguous: (p) => `「${p.form}」对应多张工作表(${p.known}),请用工作表名称指定。`,
  crypto_unavailable: () => '此环境不支持 WebCrypto,无法签章或验证。网页须通过 https 或 localhost 打开。',
  key_invalid: () => '密钥格式不正确(须为 ECDSA P-256 密钥)。',
  key_file_invalid: () => '密钥文件无法读取或已损坏(公钥、私钥或指纹不一致)。请用 lianfang keygen 重新生成。',
  signer_name_invalid: (p) => `签章人姓名「${p.name}」无效(不能为空,最多 50 个字符)。`,
  opinion_invalid: (p) => `意见只能是“同意”或“退回修改”,不能是「${p.opinion}」。`,
  trust_file_invalid: (p) => `受信任密钥文件「${p.file}」无法读取,应为 [{"name":"姓名","fingerprint":"…"}] 格式。`,
  // Verification findings (per stamp).
  signature_invalid: (p) => `「${p.who}」(${p.signer})的签章签名无效:签章记录被改动过。`,
  fingerprint_mismatch: (p) => `「${p.who}」(${p.signer})的签章中公钥与指纹不符:签章记录被改动过。`,
  chain_broken: (p) => `「${p.who}」(${p.signer})的签章与前一签章的链接断开:签章记录被删除、插入或调换过。`,
  content_changed: (p) => `「${p.who}」(${p.signer})签章后,表格内容被改动:${p.cells}。`,
  content_changed_unknown: (p) =>
    `「${p.who}」(${p.signer})签章后,表格内容被改动(签章时的内容副本缺失或被改动,无法指出具体单元格)。`,
  after_broken: (p) => `「${p.who}」(${p.signer})的签章因前面的签章失效而失效。`,
  order_violation: (p) => `「${p.who}」(${p.signer})的签章不在应有的顺序上(此处应为「${p.expected}」)。`,
  form_mismatch: (p) => `「${p.who}」(${p.signer})的签章属于另一张表格。`,
  signer_key_changed: (p) =>
    `「${p.signer}」的这次签章所用密钥(指纹 ${p.fp})与此人此前签章所用密钥(指纹 ${p.other})不同:可能是他人冒名签章。`,
  key_shared: (p) => `签章人「${p.signer}」所用密钥与「${p.other}」的相同:同一把密钥不应用于两个人。`,
  key_untrusted: (p) => `「${p.signer}」的签章密钥(指纹 ${p.fp})不在受信任密钥名单中此人的密钥之列。`,
  signer_unknown: (p) => `签章人「${p.signer}」不在受信任密钥名单中。`,
  // Verification findings (per form / workbook).
  visible_without_stamp: (p) => `「${p.sheet}」!${p.cell} 显示有签字,但没有对应的签章记录:记录可能被删除。`,
  visible_mismatch: (p) => `「${p.sheet}」!${p.cell} 显示的签字与签章记录不一致。`,
  stamp_orphan: (p) => `有一条「${p.signer}」对表格 ${p.form}(原工作表「${p.sheet}」)的签章,但该工作表已找不到。`,
  stamps_sheet_unreadable: () => '隐藏的签章记录表无法识别,可能被改动过。',
  stamp_record_invalid: (p) => `隐藏的签章记录表第 ${p.row} 行无法读取,可能被改动过。`,
  // Summaries.
  verify_ok: (p) => `全部 ${p.count} 个签章有效。`,
  verify_none: () => '此工作簿中没有签章。',
  verify_failed: (p) => `${p.bad} 个签章失效或有问题(共 ${p.count} 个)。`,
  cell_change: (p) => `${p.cell} 签章时为「${p.approved}」,现为「${p.now}」`,
  sign_done: (p) => `「${p.who}」${p.signer} 已对「${p.sheet}」签章(${p.opinion}),密钥指纹 ${p.fp}。`,
  sign_returned: (p) => `已退回修改:此前 ${p.count} 个签章已转入历史记录,修改后须从第一步重新签章。`,
  keygen_trust_entry: (p) => `可把下面这一行交给验证人,加入受信任密钥名单(verify --trust):${p.entry}`,
  key_in_git_worktree: (p) =>
    `密钥文件「${p.file}」位于 git 仓库「${p.repo}」之中:一次提交就可能把私钥公开。请把它移到仓库以外(或至少加入 .gitignore)。`,
  key_file_readable: (p) =>
    `密钥文件「${p.file}」的权限为 ${p.mode},本机其他用户也能读取。请执行 chmod 600 「${p.file}」。`,
  keystore_unavailable: () => '此浏览器不能保存签章密钥(IndexedDB 不可用,可能处于隐私模式)。',
  // The 签章 panel.
  sign_panel_title: () => '签章',
  sign_panel_chain: (p) => `「${p.sheet}」的签章顺序`,
  sign_panel_no_form: () => '请先选择一张可签章的表格。',
  sign_panel_opinion: () => '意见',
  sign_panel_text: () => '意见说明(可不填)',
  sign_panel_sign: (p) => `以「${p.who}」身份签章(${p.name})`,
  sign_panel_sign_anyway: () => '已核对提醒,仍然签章',
  sign_panel_signed: (p) => `「${p.who}」已签章。`,
  sign_panel_key: (p) => `本机签章密钥指纹:${p.fp}`,
  sign_panel_name: () => '签章人姓名',
  sign_panel_create_key: () => '在本机生成签章密钥',
  sign_panel_verify: () => '验证',
  sign_panel_valid: () => '全部签章有效。',
  sign_panel_invalid: () => '有签章失效或缺失,详见下方。',
  sign_panel_result: () => '验证结果',
  keygen_done: (p) =>
    `已为「${p.name}」生成签章密钥,写入 ${p.file}。公钥指纹:${p.fp}。此文件含私钥,持有者可以您的名义签章,请妥善保管。`,
};
