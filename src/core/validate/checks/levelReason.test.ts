import { levelReason } from './levelReason';
import { requiredCells } from './requiredCells';
import { runCheck, sheet, where } from './testing';

it('an entered level that disagrees with the factor scores needs 调整理由', () => {
  const s = sheet('张三', [
    ['风险点表现形式', '风险等级', '风险类别', '发生概率', '危害程度', '调整理由'],
    ['甲', '一级', '思想道德', 4, 5, null],
    ['乙', '三级', '思想道德', 4, 5, null],
    ['丙', '三级', '思想道德', 4, 5, '已整改'],
    ['丁', '二级', '思想道德', null, 5, null],
  ]);
  const issues = runCheck(levelReason, 'puyang-2012', [s]);
  expect(where(issues)).toEqual(['level_needs_reason@B3']);
  expect(issues[0].message).toContain('一级');
});

it('a blank level whose scores give one is not missing: a notice names it, with the fix', () => {
  const s = sheet('张三', [
    ['风险点表现形式', '风险等级', '风险类别', '发生概率', '危害程度'],
    ['甲', null, '思想道德', 4, 5],
    ['乙', null, '思想道德', null, 5],
  ]);
  const issues = runCheck(levelReason, 'puyang-2012', [s]);
  expect(where(issues)).toEqual(['level_computed@B2']);
  expect(issues[0]).toMatchObject({ severity: 'notice', fix: { at: 'B2', values: [['一级']] } });
  expect(where(runCheck(requiredCells, 'puyang-2012', [s]))).toEqual(['required_missing@B3']);
});
