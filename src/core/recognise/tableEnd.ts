import { compact } from '../normalise/text';

/** Words that open the notes under a table: the body ends there. */
const NOTE_START = ['备注', '注:', '注意', '说明', '填表说明', '附注', '本表', '此表', '以上', '表格留白'];
/** Words that open a sign-off, signature, seal, date or contact line. */
const SIGN_START = [
  '填表人',
  '填报人',
  '审核人',
  '审批人',
  '制表',
  '联系电话',
  '联系人',
  '负责人签字',
  '负责人(签字)',
  '填表日期',
  '填报日期',
  '报送日期',
  '制表日期',
  '单位盖章',
  '单位(盖章)',
  '(盖章)',
  '(公章)',
  '(签字)',
  '本人签字',
  '本人签名',
  '签字',
  '签名',
  '盖章',
];
/** What a signature line says is given there: 签字, 签名, 盖章, 签章. */
const SIGNED = '签字|签名|盖章|签章';
/** Who signs under a table, as offices name them: both kinds of sign-off line below open with one. */
const SIGNERS = '负责人|领导|纪检组|纪委|班子|本人|组长|局长|主任|校长|书记';
/**
 * 本单位纪检组审核意见: / 分管领导审核: / 科室负责人（签字）: — a short label ending in 意见, 审核, 签字 … (or with 签字
 * in brackets, as the plans print it) and a colon.
 */
const ROLE_COLON = new RegExp(`^[^,,。;;、:]{1,20}?(?:意见|审核|审批|${SIGNED}|\\((?:${SIGNED})\\))(?:\\([^)]*\\))?:`);
/**
 * 分管领导: / 主要领导:王明 / 自查人:李建军 / 检查人员: — who signs, then a colon: a risk, a duty or a measure is never
 * typed as a role and a colon at the head of a row.
 */
const WHO_COLON = new RegExp(`^[^,,。;;、:]{0,12}(?:${SIGNERS}|人员|[查报填审核批签承诺]人)(?:\\([^)]*\\))?:`);
/**
 * 部门负责人意见 / 领导班子审核确认意见 / 单位盖章 as a bare label: a role (负责人, 领导, 纪检组 …) right before 意见,
 * 签字 … — never a risk described in words (不听取群众意见, 违规审批).
 */
const ROLE_LABEL = new RegExp(
  `^[^,,。;;、]{0,12}(?:${SIGNERS}|纪检监察机关|单位|科室|部门|处室|股室|小组)(?:审核|审批|审查|确认)*(?:意见|${SIGNED})$`,
);
/** 年 月 日 as printed for a date to be written in, possibly after a name or a year: 2024年 月 日. */
const DATE_LINE = /年月日$/;

/** Text that ends a table: notes, sign-off, signature, seal, date and contact lines (compared compact). */
export function endsTable(text: string, extraStops: readonly string[] = []): boolean {
  const t = compact(text);
  if (!t) return false;
  return (
    NOTE_START.some((s) => t.startsWith(s)) ||
    SIGN_START.some((s) => t.startsWith(s)) ||
    extraStops.some((s) => s && t.startsWith(s)) ||
    ROLE_COLON.test(t) ||
    WHO_COLON.test(t) ||
    ROLE_LABEL.test(t) ||
    DATE_LINE.test(t)
  );
}
