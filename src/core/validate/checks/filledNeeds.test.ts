import { filledNeeds } from './filledNeeds';
import { runCheck, sheet, where } from './testing';

it('a measure with a 制度建设计划 needs 完成时限', () => {
  const s = sheet('分布', [
    ['许可审批事项廉政风险分布表'],
    [
      '序号',
      '许可事项',
      '流程环节',
      '廉政风险点',
      '风险类型',
      '风险等级',
      '防控措施',
      '制度建设计划',
      '完成时限',
      '责任人',
    ],
    [1, '甲', '受理', '点', '权力行使', '高', '措施', '制定办法', '2014年6月底', '张'],
    [2, '乙', '审查', '点', '权力行使', '中', '措施', '修订细则', null, null],
    [3, '丙', '决定', '点', '权力行使', '低', '措施', null, null, null],
  ]);
  expect(where(runCheck(filledNeeds, 'railway-2014', [s]))).toEqual(['plan_needs_field@I4']);
});
