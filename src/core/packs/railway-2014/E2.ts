import { assessment, choice, field, level, longtext, seq, step, text, timeLimit } from '../../forms/columns';
import type { FormInput } from '../../forms/schema';
import { FACTORS, RISK_TYPES } from './common';

export const E2: FormInput = {
  id: 'E2',
  title: '许可审批事项廉政风险分布表',
  kind: 'list',
  header: [field('unit', '单位', { derived: true, aliases: ['司局', '填报单位', '单位名称'] })],
  columns: [
    seq(),
    text('item', '许可事项', { required: true, width: 14 }),
    text('step', '流程环节', { required: true, width: 10 }),
    longtext('riskPoint', '廉政风险点', { required: true, width: 22, aliases: ['风险点'] }),
    longtext('manifestation', '表现形式', { width: 20 }),
    choice('riskType', '风险类型', RISK_TYPES, { required: true, width: 10, aliases: ['风险类别'] }),
    level('level', '风险等级', { required: true, width: 9 }),
    longtext('measures', '防控措施', { required: true, width: 22 }),
    longtext('rulePlan', '制度建设计划', {
      width: 16,
      required: false,
      requiredWhy: '只有需要建立健全制度的措施才填写',
    }),
    timeLimit('deadline', '完成时限', { width: 10, required: false, requiredWhy: '填写了制度建设计划时必填' }),
    // 谁的风险谁防,谁是领导谁控: the post that guards the risk, and beside it the leader who controls it.
    text('owner', '责任人', { derived: true, width: 9 }),
    text('controller', '管控领导', { derived: true, width: 10, required: false, aliases: ['主管领导', '责任领导'] }),
    ...assessment(FACTORS),
  ],
  // 驻局纪检组监察局组织有关专家 … 按照“高”、“中”、“低”三个等级对廉政风险进行评定,并经单位领导班子集体审定.
  signoff: [
    step('experts', '评估专家', '专家评定意见'),
    step('leadership', '单位领导班子', '单位领导班子集体审定意见'),
  ],
  blankRows: 12,
  definitions: [
    { term: '完成时限', text: '需要建立健全制度的,要列出计划,明确完成时限。' },
    { term: '谁的风险谁防,谁是领导谁控', text: '由存在风险的岗位个人负责排查和防范,由主管领导负责风险管控。' },
  ],
};
