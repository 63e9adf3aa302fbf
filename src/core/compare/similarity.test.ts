import { PACKS } from '../packs';
import { REWORD_THRESHOLD, dice, normaliseText } from './similarity';
import { matchRisks } from './compare';
import type { RiskPoint } from './extract';

/** Every risk-like text the plans' own sample registers hold, per pack: different risks of one office. */
const sampleTexts = (keys = /risk|issue|point|duties|content/i) =>
  PACKS.map((p) => [
    ...new Set(
      p.sample.instances.flatMap((i) =>
        i.rows.flatMap((r) =>
          Object.entries(r)
            .filter(([k, v]) => keys.test(k) && typeof v === 'string' && v.length >= 6)
            .map(([, v]) => v as string),
        ),
      ),
    ),
  ]);

// How clerks re-word a risk point from one year to the next.
const REWORDINGS: Array<[string, string]> = [
  ['大额财务支出未经“民主理财小组”审核', '大额财务支出未经过“民主理财小组”审核把关'], // words added
  ['办公用品采购不比价、不公示', '办公用品采购不比价,也不公示'], // punctuation and a word
  ['食堂食品采购中收受供货商回扣、以次充好', '食堂采购食品时收受供货商回扣或以次充好'], // word order
  ['在科技项目立项中利用审批权为特定单位谋取利益', '利用科技项目立项审批权为特定单位谋利'], // shortened
  ['征订教辅资料收取回扣', '征订教辅资料时收受回扣'], // a short one, two words changed
  ['“三重一大”事项不经校委会集体研究,个人说了算', '"三重一大"事项不经校委会集体研究，个人说了算。'], // full/half width
];

describe('re-worded risk points are told from different ones (the threshold)', () => {
  it('different risks in every plan’s sample stay well below the threshold', () => {
    let worst = 0;
    for (const texts of sampleTexts())
      for (let a = 0; a < texts.length; a++)
        for (let b = a + 1; b < texts.length; b++) worst = Math.max(worst, dice(texts[a], texts[b]));
    expect(worst).toBeGreaterThan(0.2); // the check compares real neighbours, not strangers
    expect(worst).toBeLessThan(0.4);
    expect(worst).toBeLessThan(REWORD_THRESHOLD);
  });

  it.each(REWORDINGS)('「%s」 re-worded as 「%s」 stays above it', (a, b) => {
    expect(dice(a, b)).toBeGreaterThanOrEqual(0.6);
  });

  it('normalises width, spaces and punctuation; identical texts score 1, disjoint 0', () => {
    expect(normaliseText(' 征订 教辅资料，收取回扣。')).toBe('征订教辅资料收取回扣');
    expect(dice('ABC 回扣', 'abc回扣')).toBe(1);
    expect(dice('征订教辅资料', '专利行政执法')).toBe(0);
  });

  it('matches exact text first, then the most alike, each point once', () => {
    const p = (text: string): RiskPoint => ({ text, level: '', category: '', measures: [], at: "'x'!1" });
    const before = [p('办公用品采购不比价、不公示'), p('征订教辅资料收取回扣'), p('校舍维修工程未按规定验收即付款')];
    const after = [p('征订教辅资料收取回扣'), p('办公用品采购不比价,也不公示'), p('学生营养餐食材供应商选定不公开')];
    const m = matchRisks(before, after);
    expect(m.pairs.map((x) => [x.b, x.a])).toEqual([
      [1, 0],
      [0, 1],
    ]);
    expect(m.removed.map((r) => r.text)).toEqual(['校舍维修工程未按规定验收即付款']);
    expect(m.added.map((r) => r.text)).toEqual(['学生营养餐食材供应商选定不公开']);
  });
});
