import { numbers } from './numbers';
import { runCheck, sheet, where } from './testing';

it('checks 测评得分 0–100 and factor scores 1–5, reading numbers stored as text with a notice', () => {
  const s = sheet('测评', [
    ['廉洁指数测评表'],
    ['序号', '姓名', '职务', '测评得分', '是否廉政谈话'],
    [1, '甲', '教师', 85, '否'],
    [2, '乙', '教师', '９０', '否'],
    [3, '丙', '教师', 120, '否'],
    [4, '丁', '教师', '良好', '否'],
  ]);
  const issues = runCheck(numbers, 'school-2010', [s]);
  expect(where(issues)).toEqual(['number_as_text@D4', 'number_out_of_range@D5', 'number_invalid@D6']);
  expect(issues[0].fix).toEqual({ kind: 'setValues', sheet: '测评', at: 'D4', values: [[90]] });
  const f = sheet('张三', [
    ['风险点表现形式', '风险等级', '风险类别', '发生概率', '危害程度'],
    ['甲', '一级', '思想道德', 6, 2.5],
  ]);
  expect(where(runCheck(numbers, 'puyang-2012', [f]))).toEqual(['number_out_of_range@D2', 'number_out_of_range@E2']);
});

it('reads a count typed with its measure word (2个) or as "none" (—, 无, /) with a notice, as the number it is', () => {
  const s = sheet('附表4', [
    ['岗位风险点清查汇总表'],
    ['科室', '岗位', '一级', '二级', '三级', '岗位职责', '制度机制', '思想道德', '工作流程', '外部环境'],
    ['国库股', '资金拨付岗', '2个', '—', '无', '２项', '/', null, 0, '两个'],
  ]);
  const issues = runCheck(numbers, 'heshui-2012', [s]);
  expect(issues.map((i) => [i.code, i.cell, i.params?.canonical])).toEqual([
    ['number_as_text', 'C3', 2],
    ['number_as_text', 'D3', 0],
    ['number_as_text', 'E3', 0],
    ['number_as_text', 'F3', 2],
    ['number_as_text', 'G3', 0],
    ['number_invalid', 'J3', undefined],
  ]);
});
