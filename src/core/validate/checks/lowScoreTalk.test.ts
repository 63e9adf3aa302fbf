import { lowScoreTalk } from './lowScoreTalk';
import { runCheck, sheet, where } from './testing';

const s = sheet('测评', [
  ['序号', '姓名', '职务', '测评得分', '是否廉政谈话'],
  [1, '甲', '教师', 55, '是'],
  [2, '乙', '教师', 58, '否'],
  [3, '丙', '教师', 65, null],
]);

it('a score below the threshold needs 是否廉政谈话 = 是; the threshold is configurable', () => {
  expect(where(runCheck(lowScoreTalk, 'school-2010', [s]))).toEqual(['low_score_needs_talk@E3']);
  expect(where(runCheck(lowScoreTalk, 'school-2010', [s], { talkThreshold: 70 }))).toEqual([
    'low_score_needs_talk@E3',
    'low_score_needs_talk@E4',
  ]);
});
