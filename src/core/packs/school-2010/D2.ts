import { field, longtext, step } from '../../forms/columns';
import type { FormInput } from '../../forms/schema';

export const D2: FormInput = {
  id: 'D2',
  title: '党员干部勤廉责任卡',
  kind: 'perPerson',
  header: [field('name', '姓名'), field('title', '职务', { aliases: ['职务(岗位)', '岗位'] })],
  // 责任卡包含岗位职责、任务和行为准则等项目.
  columns: [
    longtext('duties', '岗位职责', { required: true, width: 30 }),
    longtext('tasks', '工作任务', { width: 30 }),
    longtext('conduct', '行为准则', { derived: true, width: 30 }),
  ],
  // 个人填报、领导审核、集中评议、领导小组审批 → 勤廉责任台账.
  signoff: [
    step('self', '本人', '本人签字'),
    step('leader', '领导', '领导审核意见'),
    step('review', '集中评议', '集中评议意见'),
    step('leadGroup', '领导小组', '领导小组审批意见'),
  ],
  blankRows: 5,
  // Often typed as a card of text: 姓名/职务, then 岗位职责: … 工作任务: … 行为准则: ….
  textLayout: true,
};
