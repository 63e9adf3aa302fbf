import { planRequired } from './planRequired';
import { runCheck, sheet, where } from './testing';

it('D4 回告时限 must be entered, and its column present', () => {
  const heading = ['序号', '预警对象', '反映问题', '预警级别', '处置方式', '回告时限'];
  const s = sheet('预警', [
    heading,
    [1, '甲', '问题', '一级', '批评教育', '5个工作日'],
    [2, '乙', '问题', '二级', '谈心疏导', null],
  ]);
  expect(where(runCheck(planRequired, 'school-2010', [s]))).toEqual(['plan_required_missing@F3']);
  const t = sheet('预警', [heading.slice(0, 5), [1, '甲', '问题', '一级', '批评教育']]);
  expect(where(runCheck(planRequired, 'school-2010', [t]))).toEqual(['plan_column_missing@A1']);
});
