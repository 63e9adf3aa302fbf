import { sealWords } from './sealWords';
import { PACKS, findPack } from '../packs';
import { roundDeadlines } from '../round/round';
import { definePack, type PackInput } from './pack';
import { dueDate, parseDueText } from './deadlines';

describe('deadlines are read from the plan’s own words', () => {
  it.each([
    ['5月25日前', 2012, '2012-05-25'],
    ['8月26日前', 2012, '2012-08-26'],
    ['6月底前', 2019, '2019-06-30'],
    ['9月底前', 2019, '2019-09-30'],
    ['2月底', 2012, '2012-02-29'], // a leap year
    ['2014年7月中旬', 2014, '2014-07-20'],
    ['2014年9月底', 2014, '2014-09-30'],
    ['2020年12月底', 2019, '2020-12-31'],
    ['7月', 2019, '2019-07-31'],
    ['十二月十日前', 2012, '2012-12-10'],
    ['９月２５日前', 2012, '2012-09-25'],
    ['3月上旬', 2010, '2010-03-10'],
  ])('%s (plan of %i) falls on %s', (words, year, date) => {
    const rule = parseDueText(words, year);
    expect(rule).not.toBeNull();
    expect(dueDate(rule!, year)).toBe(date);
  });

  it.each(['尽快', '13月1日', '2月30日前', '2008年5月', '每年至少一次'])('「%s」names no date', (words) => {
    expect(parseDueText(words, 2012)).toBeNull();
  });

  it('move with the round: puyang’s 8月26日 sealed 登记表 in a 2025 round is due 2025-08-26', () => {
    const puyang = findPack('puyang-2012')!;
    const ds = roundDeadlines({ pack: puyang, year: 2025 });
    expect(ds.map((d) => [d.id, d.date, d.forms, d.sealed])).toEqual([
      ['powers', '2025-05-25', ['A2'], false],
      ['publish', '2025-06-28', ['A1', 'A2'], false],
      ['register', '2025-08-26', ['A3'], true],
    ]);
    const hz = roundDeadlines({ pack: findPack('hangzhou-2019')!, year: 2025 });
    expect(hz.map((d) => d.date)).toEqual(['2025-06-30', '2025-08-10', '2025-09-30', '2026-12-31']);
  });

  it('every plan’s dates, as the seeds print them', () => {
    const dates = Object.fromEntries(
      PACKS.map((p) => [p.id, roundDeadlines({ pack: p, year: p.year }).map((d) => d.date.slice(5))]),
    );
    expect(dates).toEqual({
      'puyang-2012': ['05-25', '06-28', '08-26'],
      'heshui-2012': ['08-20', '09-25', '12-10'],
      'hangzhou-2019': ['06-30', '08-10', '09-30', '12-31'],
      'school-2010': ['03-20', '04-20', '05-10', '05-30'],
      'railway-2014': ['07-20', '09-30', '12-31'],
    });
    // Every deadline says to whom; the sealed ones name forms that have a sign-off chain.
    for (const p of PACKS)
      for (const d of p.deadlines) {
        expect(d.to).not.toBe('');
        if (d.sealed) expect(d.forms.every((f) => p.forms.find((x) => x.id === f)!.signoff.length > 0)).toBe(true);
      }
  });

  it('a pack whose deadline has no date, or names a form it lacks, fails at load', () => {
    const school = findPack('school-2010')! as PackInput;
    const bad = (d: object) => ({ ...school, deadlines: [{ ...school.deadlines![0], ...d }] });
    expect(() => definePack(bad({ by: '尽快' }))).toThrow(/no date in「尽快」/);
    expect(() => definePack(bad({ forms: ['Z9'] }))).toThrow(/unknown form Z9/);
  });
});

describe('what a deadline asks the forms to come with, in the plan’s words', () => {
  const words = (pack: string) =>
    Object.fromEntries(
      findPack(pack)!
        .deadlines.filter((d) => d.sealed)
        .map((d) => [d.by, sealWords(findPack(pack)!, d)]),
    );

  it('濮阳 prints 单位名称(盖章) and asks 主管领导和本人签字、加盖公章: 签字、盖章', () => {
    expect(Object.values(words('puyang-2012'))).toContain('签字、盖章');
  });

  it.each(['heshui-2012', 'hangzhou-2019', 'school-2010', 'railway-2014'])(
    '%s prints no seal: 签字 only, whatever unit line lianfang adds for consolidation',
    (pack) => {
      const w = Object.values(words(pack));
      expect(w.length).toBeGreaterThan(0);
      expect(w.every((x) => x === '签字')).toBe(true);
    },
  );
});
