import { field, longtext, step, text, yesno, seq } from '../../forms/columns';
import type { FormInput } from '../../forms/schema';

/** 十有 (seed 001 §三(四)), in the plan's order. */
export const SHI_YOU = [
  '有领导小组和办事机构',
  '有实施方案',
  '有单位岗位职责管理网络图',
  '有内设机构业务工作程序流程图',
  '有单位廉政风险信息库',
  '有个人警示桌牌',
  '有制度汇编',
  '有一套完整资料',
  '有廉政风险监督制约管理办法',
  '有廉政风险管理工作实施细则',
] as const;

/** 十看 (seed 001 §三(四)), in the plan's order. */
export const SHI_KAN = [
  '看领导班子成员和党员干部对廉政风险防控的认识是否到位',
  '看岗位廉政风险教育长效机制是否建立',
  '看岗位风险排查是否准确全面',
  '看晒权晾责是否公开到位',
  '看风险防范措施是否具体有效',
  '看重点岗位、重点部位、重点环节廉政风险是否得到重点防控',
  '看岗位风险预警告知和纠错处理是否及时规范',
  '看岗位风险廉政谈话制度是否经常化',
  '看廉政风险处置责任追究机制是否到位',
  '看是否建立起比较完备的廉政风险防控制度体系',
] as const;

export const B5: FormInput = {
  id: 'B5',
  title: '检查验收表',
  kind: 'checklist',
  // 对所属单位和内设职能部门 … 进行检查验收: who was checked, when, and the checker's opinion.
  header: [
    field('unit', '被检查单位', { derived: true, aliases: ['单位', '单位名称', '单位名称(盖章)'] }),
    field('checkedOn', '检查日期', { derived: true, required: false, inline: true, aliases: ['验收日期'] }),
  ],
  columns: [
    // Widths sum to 91: an upright A4 page at full size in Excel.
    text('group', '类别', { group: true, width: 7, derived: true }),
    seq({ derived: true }),
    longtext('item', '检查项目', { required: true, width: 38, derived: true, aliases: ['项目', '检查内容'] }),
    yesno('reached', '是否达到', { derived: true }),
    longtext('evidence', '佐证材料', { derived: true, width: 20 }),
    text('remark', '备注', { derived: true, width: 10 }),
  ],
  groups: ['十有', '十看'],
  presetRows: [
    ...SHI_YOU.map((item, i) => ({ group: '十有', seq: i + 1, item })),
    ...SHI_KAN.map((item, i) => ({ group: '十看', seq: i + 1, item })),
  ],
  signoff: [step('inspector', '检查人', '检查人意见')],
  blankRows: 0,
  // A checklist reads best upright: 20 items on one sheet of paper.
  orientation: 'portrait',
  definitions: [
    {
      term: '检查验收',
      text: '按照“十有”和“十看”要求,对所属单位和内设职能部门的排查防控工作进行检查验收,查缺补漏,总结工作成效和存在问题,形成书面材料,于12月10日前报送县纪委党风廉政建设室。',
    },
  ],
};
