import type { Params } from '../../errors';

/**
 * Sign-off (签章) messages. Stamps are an integrity check: they show whether approved content was changed
 * afterwards. They are not a legally recognised electronic seal (that needs a CA certificate under
 * 电子签名法 / GB/T 38540), and sheet protection is only a guard against slips.
 */
export const approve: Record<string, (p: Params) => string> = {
  // What stamps are, said plainly wherever lianfang signs.
  stamp_disclaimer: () =>
    'lianfang 的签章是完整性核验：它能证明签章后表格内容是否被改动、由哪把密钥签署，但不是具有法律效力的电子签章/电子印章（依据《电子签名法》及 GB/T 38540，须使用依法设立的电子认证服务机构（CA）颁发的证书）。',
  protect_disclaimer: () =>
    '签章后工作表已设置保护，仅用于防止误改，并非安全措施：任何人都可以取消保护。内容是否被改动，以“验证”结果为准。',
  // Step states.
  step_pending: () => '待签',
  step_signed: () => '已签',
  step_returned: () => '已退回',
  step_invalid: () => '已失效',
  // Refusals when signing.
  unknown_role: (p) => `表格「${p.form}」没有签章环节「${p.role}」。可用的环节：${p.known}。`,
  form_has_no_signoff: (p) => `表格「${p.form}」没有签字盖章环节：方案没有要求此表签字，无需签章。`,
  signer_repeats_in_chain: (p) =>
    `「${p.name}」已在「${p.sheet}」的本轮签章中签过「${p.other}」，不能再签「${p.who}」：同一人（或同一把密钥）签署两个环节，签章链就失去了意义。确需如此（如一人兼任两职），请写明理由（网页和任务窗格中填「兼签理由」，命令行用 --reason）；理由记入签章，验证时始终列出。`,
  formula_in_signed_content: (p) =>
    `工作表「${p.sheet}」要签章的内容中有公式（${p.cells}）：公式的显示值可能在重新计算后改变，签章无法保证打印出来的就是签过的。请把这些单元格改为数值（复制后“选择性粘贴 → 数值”）再签章。`,
  signoff_block_not_found: (p) =>
    `工作表「${p.sheet}」中找不到「${p.label}」签字栏：签章须打印在签字栏中。请在表格下方加上该栏（或用 lianfang 插入的表格）后再签章。`,
  signoff_tampered_cannot_approve: (p) =>
    `工作表「${p.sheet}」的签字栏（${p.cell}）与签章记录不符（可能被改写，或有人在未签的环节写了签字）。不能再签“同意”，请选择“退回修改”并核实。`,
  out_of_order: (p) => `工作表「${p.sheet}」须按顺序签章：现在应由「${p.next}」签署，「${p.role}」还不能签。`,
  sign_report_workbook: (p) =>
    `「${p.sheet}」在报送工作簿中：报送工作簿里的签章是随附的记录，供上级核验，不能在上面签章。请在单位的工作簿上签章，签完后重新生成报送工作簿。`,
  chain_complete: (p) => `工作表「${p.sheet}」的签章已全部完成，无需再签。`,
  chain_invalid_cannot_approve: (p) =>
    `工作表「${p.sheet}」已有签章失效（内容在签章后被改动或签章记录有误），不能再签“同意”。请选择“退回修改”，修改后从第一步重新签章。`,
  stamps_unreadable: (p) =>
    `隐藏的签章记录表第 ${p.row} 行无法读取，可能被改动过。为保留证据，lianfang 不会在此工作簿上继续签章。`,
  signer_key_mismatch: (p) =>
    `「${p.name}」在此工作簿中曾用另一把密钥签章。同一人应始终使用同一把密钥；如确已更换，请联系管理员核实。`,
  form_has_errors: (p) =>
    `工作表「${p.sheet}」还有 ${p.count} 处校验错误，改正后才能签章${p.first ? `（如：${p.first}）` : ''}。`,
  form_has_warnings: (p) =>
    `工作表「${p.sheet}」有 ${p.count} 处校验提醒${p.first ? `（如：${p.first}）` : ''}。请确认无误后再签章。`,
  form_not_found: (p) => `找不到表格「${p.form}」。此工作簿中可签章的表格：${p.known}。`,
  form_ambiguous: (p) => `「${p.form}」对应多张工作表（${p.known}），请用工作表名称指定。`,
  crypto_unavailable: () => '此环境不支持 WebCrypto，无法签章或验证。网页须通过 https 或 localhost 打开。',
  key_invalid: () => '密钥格式不正确（须为 ECDSA P-256 密钥）。',
  key_file_invalid: () => '密钥文件无法读取或已损坏（公钥、私钥或指纹不一致）。请用 lianfang keygen 重新生成。',
  signer_name_invalid: (p) => `签章人姓名「${p.name}」无效（不能为空，最多 50 个字符）。`,
  opinion_invalid: (p) => `意见只能是“同意”或“退回修改”，不能是「${p.opinion}」。`,
  trust_replaced_by_roster: () =>
    '--trust（受信任密钥列表）已由签章人名单取代：名单还规定每人可签的环节和单位，并由上级签发。请用 lianfang roster 生成名单，验证时用 --roster 名单.json。',
  roster_written: (p) =>
    `已签发签章人名单 ${p.file}：${p.issuer}（签发人密钥指纹 ${p.fp}），共 ${p.count} 人。请把名单发给各单位，并通过正式渠道告知签发人密钥指纹，供其核对。`,
  roster_header: (p) =>
    `签章人名单：${p.issuer} 签发于 ${p.issued}，签名有效。签发人密钥指纹 ${p.fp}（完整：${p.full}）。共 ${p.count} 人：`,
  roster_kept: (p) => `已把 ${p.issuer}（指纹 ${p.fp}）签发的名单保存到 ${p.file} 的设置中。`,
  roster_no_output: () => '请用 -o 指定输出文件，或用 --in-place 直接修改（会先备份）。',
  roster_other_issuer: (p) =>
    `这份名单由 ${p.issuer}（指纹 ${p.fp}）签发，只能用签发人的密钥修改；您提供的是另一把密钥。`,
  roster_entry_not_found: (p) => `名单中没有「${p.name}」。`,
  roster_role_unknown: (p) => `名单中「${p.name}」的环节「${p.role}」不是任何表格的签章环节。可用的环节：${p.known}。`,
  roster_row_invalid: (p) => `名单表「${p.file}」工作表「${p.sheet}」第 ${p.row} 行有误：${p.reason}。`,
  roster_table_not_found: (p) =>
    `「${p.file}」中找不到名单表：需要一行列标题「姓名」「单位」「环节」「公钥指纹」（可另加「备注」），其下每行一人。`,
  fingerprint_invalid: (p) => `「${p.value}」不是公钥指纹：应为 lianfang keygen 输出的 64 位十六进制数。`,
  report_identity_not_checked: (p) =>
    `报送工作簿中的 ${p.count} 个签章内容完整，签章人身份未核验（未提供签章人名单 --roster），签字栏标为“内容完整，签章人身份未核验”。`,
  report_stamps_broken: (p) =>
    `注意：${p.count} 个签章签后内容已改动或签章无效（${p.forms}），签字栏已标明“签后内容已改动”；请退回重新签章。`,
  consolidate_identity_not_checked: (p) =>
    `${p.units} 个单位的签章人身份未核验：未提供签章人名单（--roster），任何人都可以用自制密钥冒名签章。`,
  roster_invalid: (p) => `签章人名单「${p.file}」无法读取：${p.reason}。请向签发名单的上级索取完好的文件。`,
  roster_signature_invalid: (p) =>
    `签章人名单「${p.file}」（签发：${p.issuer}）的签名无效：名单在签发后被改动过，不能使用。请向签发名单的上级索取原件。`,
  // Verification findings (per stamp).
  signature_invalid: (p) => `「${p.who}」（${p.signer}）的签章签名无效：签章记录被改动过。`,
  fingerprint_mismatch: (p) => `「${p.who}」（${p.signer}）的签章中公钥与指纹不符：签章记录被改动过。`,
  chain_broken: (p) => `「${p.who}」（${p.signer}）的签章与前一签章的链接断开：签章记录被删除、插入或调换过。`,
  content_changed: (p) => `「${p.who}」（${p.signer}）签章后，表格内容被改动：${p.cells}。`,
  content_changed_unknown: (p) =>
    `「${p.who}」（${p.signer}）签章后，表格内容被改动（签章时的内容副本缺失或被改动，无法指出具体单元格）。`,
  after_broken: (p) => `「${p.who}」（${p.signer}）的签章因前面的签章失效而失效。`,
  order_violation: (p) => `「${p.who}」（${p.signer}）的签章不在应有的顺序上（此处应为「${p.expected}」）。`,
  form_mismatch: (p) => `「${p.who}」（${p.signer}）的签章属于另一张表格。`,
  signer_key_changed: (p) =>
    `「${p.signer}」的这次签章所用密钥（指纹 ${p.fp}）与此人此前签章所用密钥（指纹 ${p.other}）不同：可能是他人冒名签章。`,
  key_shared: (p) => `签章人「${p.signer}」所用密钥与「${p.other}」的相同：同一把密钥不应用于两个人。`,
  self_not_form_person: (p) =>
    p.sheet
      ? `「${p.sheet}」是「${p.person}」的表格，「${p.who}」一栏须由${p.person}本人签章，不能由「${p.name}」签。`
      : `「${p.who}」由 ${p.signer} 签署，但这张表是「${p.other}」的：本人签字须由表上的本人签。`,
  signer_repeated: (p) =>
    `「${p.who}」由 ${p.signer} 签署，而此人（或同一把密钥）在本轮已签过「${p.other}」，且未写明理由：一人签两个环节，签章链失去意义。`,
  signer_repeated_reason: (p) =>
    `注意：${p.signer} 在本轮既签了「${p.other}」又签了「${p.who}」，签章时写明的理由：${p.reason}。`,
  // Identity by the roster (名单).
  signer_not_in_roster: (p) => `签章人「${p.signer}」不在签章人名单中（密钥指纹 ${p.fp}）。`,
  key_not_in_roster: (p) =>
    `「${p.signer}」在名单中登记的是另一把密钥；这次签章所用密钥（指纹 ${p.fp}）不在名单中：可能是他人冒名签章。`,
  roster_name_mismatch: (p) => `这把密钥（指纹 ${p.fp}）在名单中属于「${p.other}」，签章上却写着「${p.signer}」。`,
  role_not_in_roster: (p) => `名单中 ${p.signer} 可签的环节是「${p.other}」，不包括「${p.who}」。`,
  unit_not_in_roster: (p) => `名单中 ${p.signer} 可签的单位是「${p.other}」，不包括本表的单位「${p.unit}」。`,
  identity_trusted: () => '身份已核验（在名单中）',
  identity_untrusted: () => '身份不符合名单',
  identity_unchecked: () => '签章人身份未核验',
  identity_not_checked: () =>
    '签章人身份未核验：没有提供签章人名单（--roster）。以上签章只能证明内容签后未被改动、由哪把密钥签署，不能证明签章人是谁——任何人都可以用自己生成的密钥冒用他人姓名签章。',
  roster_used_file: (p) =>
    `签章人身份依据名单核验：${p.issuer} 签发（签发人密钥指纹 ${p.fp}，${p.issued}）。请确认该指纹与上级正式下发的一致。`,
  roster_used_workbook: (p) =>
    `签章人身份依据工作簿中保存的名单核验：${p.issuer} 签发（签发人密钥指纹 ${p.fp}，${p.issued}）。此名单随工作簿而来，请确认该指纹与上级正式下发的一致。`,
  stamp_line: (p) =>
    `${p.history}${p.who}：${p.signer} · 密钥 ${p.fp} · ${p.date} · ${p.opinion} · ${p.state} · ${p.identity}`,
  stamp_history: () => '（历史）',
  stamp_intact: () => '内容完整',
  stamp_broken: () => '已失效',
  // Verification findings (per form / workbook).
  signoff_without_stamp: (p) =>
    `「${p.sheet}」!${p.cell}「${p.who}」一栏尚无签章，却写着「${p.now}」：签章记录可能被删除，或有人手写了签字。`,
  signoff_mismatch: (p) =>
    `「${p.sheet}」!${p.cell}「${p.who}」一栏与签章记录不符：记录为「${p.expected}」，表上为「${p.now}」。`,
  signoff_missing: (p) => `「${p.sheet}」中找不到「${p.who}」的签字栏：已签的签章没有打印出来。`,
  formula_in_content: (p) =>
    `「${p.sheet}」签章覆盖的单元格中有公式（${p.cells}）：重新计算后打印的值可能与签章时不同，签章不能担保这些单元格。`,
  report_stamps_not_carried: (p) =>
    `报送工作簿中的「${p.sheet}」印有签章情况，但没有附带签章记录（旧版 lianfang 生成）：无法重新核验，印着的“核验有效”不能作为依据。请下级用新版重新生成报送工作簿。`,
  report_data_differs: (p) => `报送工作簿中「${p.sheet}」的数据与签章所覆盖的内容不一致：报送工作簿在生成后被改动过。`,
  report_sheet_missing: (p) => `报送工作簿中找不到已签章的表格「${p.sheet}」的工作表。`,
  report_printed_differs: (p) =>
    `报送工作簿「${p.sheet}」${p.cell ?? ''} 印的是「${p.now}」${p.expected !== undefined ? `，签章内容为「${p.expected}」` : '，签章内容中没有这一行'}。`,
  report_printed_missing: (p) => `报送工作簿「${p.sheet}」少了签章内容中的一行：「${p.expected}」。`,
  report_claims_valid: (p) =>
    `报送工作簿「${p.sheet}」!${p.cell}「${p.who}」一栏印着“核验有效”，但重新核验不通过（签章失效，或签章人不在您的名单中）：印着的字不能作为依据。`,
  verify_report_intro: () => '这是报送工作簿：以下按其中附带的原始签章记录重新核验，不采信工作簿上印着的核验结果。',
  stamps_removed: (p) =>
    `签章被删除：${p.signer} 于 ${p.date} 签章时，「${p.sheet}」（${p.form}）已有 ${p.expected} 个签章，现在只有 ${p.now} 个。`,
  stamp_orphan: (p) => `有一条「${p.signer}」对表格 ${p.form}（原工作表「${p.sheet}」）的签章，但该工作表已找不到。`,
  stamps_sheet_unreadable: () => '隐藏的签章记录表无法识别，可能被改动过。',
  stamp_record_invalid: (p) => `隐藏的签章记录表第 ${p.row} 行无法读取，可能被改动过。`,
  // Summaries.
  verify_ok: (p) => `核验有效：全部 ${p.count} 个签章内容完整，签章人均在「${p.issuer}」签发的名单中。`,
  verify_ok_kept: (p) =>
    `依据工作簿中保存的名单核验有效：全部 ${p.count} 个签章内容完整，签章人均在「${p.issuer}」签发的名单中。这份名单随工作簿而来，只有签发人密钥指纹 ${p.fp} 与上级正式下发的一致时，这一结论才成立。`,
  verify_intact_unverified: (p) => `全部 ${p.count} 个签章内容完整（签后未被改动）；签章人身份未核验。`,
  verify_untrusted: (p) => `全部签章内容完整，但 ${p.bad} 个签章的签章人与名单不符（共 ${p.count} 个）。`,
  verify_none: () => '此工作簿中没有签章。',
  verify_failed: (p) =>
    `核验未通过：${p.bad} 个签章失效或有问题${Number(p.other) ? `，另有 ${p.other} 处签字栏或签章记录的问题` : ''}${Number(p.untrusted) ? `，${p.untrusted} 个签章的签章人与名单不符` : ''}（共 ${p.count} 个签章）。`,
  cell_change: (p) => `${p.cell} 签章时为「${p.approved}」，现为「${p.now}」`,
  cell_change_stored: (p) =>
    `${p.cell} 仍显示「${p.approved}」，但存储方式在签章后被改过（如数字改成了文本，或改成了公式）`,
  cell_change_formula: (p) =>
    p.approved === p.now
      ? `${p.cell} 仍显示「${p.approved}」，但签章后被改成了公式「${p.formula}」`
      : `${p.cell} 签章时为「${p.approved}」，现为公式「${p.formula}」，保存的结果为「${p.now}」`,
  cell_change_formula_blank: (p) =>
    `${p.cell} 签章时为「${p.approved}」，现为公式「${p.formula}」（文件保存时未计算出结果）`,
  row_removed: (p) => `签章时表中第 ${p.n} 行（「${p.text}」）已被删除`,
  row_added: (p) => `签章后表中新增了一行（「${p.text}」）`,
  cell_change_shown: (p) => `${p.cell} 签章时显示为「${p.approved}」，现显示为「${p.now}」（数字格式被改动）`,
  cell_change_hidden: (p) => `${p.what} 签章时${p.approved}，现${p.now}`,
  text_change: (p) => `${p.part}文字签章时为「${p.approved}」，现为「${p.now}」`,
  part_top: () => '表格上方',
  part_notes: () => '表格下方（备注等）',
  part_row: () => '表格行',
  part_total: () => '合计行',
  part_header: () => '表头',
  part_column: () => '列',
  c14n_v1_note: (p) =>
    `「${p.sheet}」有 ${p.count} 个签章按旧版规范（lianfang-c14n-1）做出：只覆盖表头字段和表格数值，不覆盖数字格式、隐藏行列、标题和备注。重新签章可得到完整的保护。`,
  sign_done: (p) => `「${p.who}」${p.signer} 已对「${p.sheet}」签章（${p.opinion}），密钥指纹 ${p.fp}。`,
  sign_returned: (p) => `已退回修改：此前 ${p.count} 个签章已转入历史记录，修改后须从第一步重新签章。`,
  keygen_trust_entry: (p) =>
    `请把您的姓名和下面的公钥指纹报给签发签章人名单的上级（lianfang roster add --fingerprint …）：${p.entry}`,
  key_in_git_worktree: (p) =>
    `密钥文件「${p.file}」位于 git 仓库「${p.repo}」之中：一次提交就可能把私钥公开。请把它移到仓库以外（或至少加入 .gitignore）。`,
  key_file_readable: (p) =>
    `密钥文件「${p.file}」的权限为 ${p.mode}，本机其他用户也能读取。请执行 chmod 600 「${p.file}」。`,
  keystore_unavailable: () => '此浏览器不能保存签章密钥（IndexedDB 不可用，可能处于隐私模式）。',
  // The 签章 panel.
  sign_panel_title: () => '签章',
  sign_panel_chain: (p) => `「${p.sheet}」的签章顺序`,
  sign_panel_no_form: () => '请先选择一张可签章的表格。',
  sign_panel_opinion: () => '意见',
  sign_panel_text: () => '意见说明（可不填）',
  sign_panel_sign: (p) => `以「${p.who}」身份签章（${p.name}）`,
  sign_panel_sign_anyway: () => '已核对提醒，仍然签章',
  sign_panel_signed: (p) => `「${p.who}」已签章。`,
  sign_panel_key: (p) => `本机签章密钥指纹：${p.fp}`,
  sign_panel_name: () => '签章人姓名',
  sign_panel_create_key: () => '在本机生成签章密钥',
  sign_panel_verify: () => '验证',
  sign_panel_valid: () => '全部签章有效。',
  sign_panel_invalid: () => '有签章失效或缺失，详见下方。',
  sign_panel_result: () => '验证结果',
  keygen_done: (p) =>
    `已为「${p.name}」生成签章密钥，写入 ${p.file}。公钥指纹：${p.fp}。此文件含私钥，持有者可以您的名义签章，请妥善保管。`,
};
