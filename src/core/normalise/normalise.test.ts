import fc from 'fast-check';
import { normaliseChoice, normaliseYesNo } from './choice';
import { excelSerialToDate, parseDateText, parseMonthText } from './date';
import { normaliseLevel } from './level';
import { parseNumberText, parseSeq } from './number';
import { compact, labelKey } from './text';
import { normaliseTimeLimit } from './timeLimit';

const THREE = ['一级', '二级', '三级'];
const HML = ['高', '中', '低'];
const CATS = ['思想道德', '岗位职责', '业务流程', '制度机制'];

/** What people do to a value: spaces anywhere, full-width characters, line breaks. */
const FULL = (s: string) => s.replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const mangled = (canonical: string) =>
  fc
    .tuple(
      fc.array(fc.constantFrom(' ', '\u3000', '\n', '\t'), { maxLength: 3 }),
      fc.array(fc.constantFrom(' ', '\u3000', '\n', '\t'), { maxLength: 3 }),
      fc.boolean(),
      fc.nat({ max: canonical.length }),
      fc.constantFrom('', ' ', '\u3000'),
    )
    .map(([pre, post, full, at, inner]) => {
      const body = full ? FULL(canonical) : canonical;
      return pre.join('') + body.slice(0, at) + inner + body.slice(at) + post.join('');
    });

describe('levels', () => {
  it.each([
    ['Ⅰ级', '一级'],
    ['1级', '一级'],
    ['一级风险', '一级'],
    ['一 级', '一级'],
    ['①', '一级'],
    ['Ⅱ', '二级'],
    ['３级', '三级'],
    ['二级风险', '二级'],
    ['一級', '一级'],
    ['貳級', '二级'],
    ['叁级', '三级'],
  ])('%s → %s', (raw, want) => expect(normaliseLevel(raw, THREE)).toBe(want));

  it.each([
    ['高风险', '高'],
    [' 中 ', '中'],
    ['低风险等级', '低'],
  ])('%s → %s', (raw, want) => expect(normaliseLevel(raw, HML)).toBe(want));

  it('refuses what is no level', () => {
    expect(normaliseLevel('四级', THREE)).toBeNull();
    expect(normaliseLevel('很高', HML)).toBeNull();
    expect(normaliseLevel('高', THREE)).toBeNull();
  });

  it('is idempotent and undoes whitespace/full-width variants', () => {
    for (const levels of [THREE, HML])
      fc.assert(
        fc.property(fc.constantFrom(...levels), (l) => normaliseLevel(l, levels) === l),
        { numRuns: 20 },
      );
    for (const levels of [THREE, HML])
      fc.assert(
        fc.property(
          fc.constantFrom(...levels).chain((l) => mangled(l).map((m) => [l, m] as const)),
          ([l, m]) => normaliseLevel(m, levels) === l,
        ),
      );
  });
});

describe('choices', () => {
  it('maps close spellings and refuses others', () => {
    expect(normaliseChoice('思想道德风险', CATS)).toBe('思想道德');
    expect(normaliseChoice('思想道德', ['思想道德风险', '岗位职责风险'])).toBe('思想道德风险');
    expect(normaliseChoice('议事决策', ['议事决策类', '权力运行类'])).toBe('议事决策类');
    expect(normaliseChoice('Ⅱ级', ['一级', '二级', '三级'])).toBe('二级');
    expect(normaliseChoice('外部风险', CATS)).toBeNull();
  });
  it('is idempotent and undoes whitespace/full-width variants', () => {
    fc.assert(fc.property(fc.constantFrom(...CATS), (c) => normaliseChoice(c, CATS) === c));
    fc.assert(
      fc.property(
        fc.constantFrom(...CATS).chain((c) => mangled(c).map((m) => [c, m] as const)),
        ([c, m]) => normaliseChoice(m, CATS) === c,
      ),
    );
  });
  it('reads 是/否 as people type it', () => {
    expect(normaliseYesNo(' 是 ')).toBe('是');
    expect(normaliseYesNo('Ｙ')).toBe('是');
    expect(normaliseYesNo(false)).toBe('否');
    expect(normaliseYesNo('也许')).toBeNull();
    // B5's 十有 items are answered 有 / 无 as often as 是 / 否.
    expect([normaliseYesNo('有'), normaliseYesNo('无')]).toEqual(['是', '否']);
    // A 是否… question answered the way clerks answer it; 基本达到 is the clerk's own call, never a guess.
    expect(['已达到', '达到', '已谈话', '未达到', '没有达到', '未谈话'].map((t) => normaliseYesNo(t))).toEqual([
      '是',
      '是',
      '是',
      '否',
      '否',
      '否',
    ]);
    expect(normaliseYesNo('基本达到')).toBeNull();
    fc.assert(fc.property(mangled('否'), (m) => normaliseYesNo(m) === '否'));
  });
});

describe('numbers, dates and time limits', () => {
  it('reads numbers stored as text', () => {
    expect(parseNumberText('８０')).toBe(80);
    expect(parseNumberText(' 85.5 ')).toBe(85.5);
    expect(parseNumberText('80分')).toBe(80);
    expect(parseNumberText('八十')).toBeNull();
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100000 }).chain((n) => mangled(String(n)).map((m) => [n, m] as const)),
        ([n, m]) => parseNumberText(m) === n,
      ),
    );
  });
  it('reads 序号 as offices type it', () => {
    expect(parseSeq('1、')).toBe(1);
    expect(parseSeq('（２）')).toBe(2);
    expect(parseSeq(3)).toBe(3);
    expect(parseSeq('三')).toBeNull();
  });
  it.each([
    ['2024年5月25日', '2024-05-25'],
    ['2024.5.25', '2024-05-25'],
    ['2024/5/25', '2024-05-25'],
    ['２０２４－０５－２５', '2024-05-25'],
    ['2024 年 5 月 25 日', '2024-05-25'],
    ['二〇一〇年三月二十六日', '2010-03-26'],
    ['二○二四年十二月一日', '2024-12-01'],
  ])('date %s', (raw, iso) => expect(parseDateText(raw)).toBe(iso));
  it('refuses impossible dates and reads Excel serials', () => {
    expect(parseDateText('2024.2.30')).toBeNull();
    expect(parseDateText('二〇一〇年二月三十日')).toBeNull();
    expect(parseDateText('5月25日')).toBeNull();
    expect(excelSerialToDate(45437)).toBe('2024-05-25');
    expect(parseMonthText('2014年6月底')).toBe('2014-06');
    fc.assert(
      fc.property(fc.date({ min: new Date('1990-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        const [y, m, day] = iso.split('-').map(Number);
        return parseDateText(iso) === iso && parseDateText(`${y}年${m}月${day}日`) === iso;
      }),
    );
  });
  it.each([
    ['即办', '即办'],
    ['当场办结', '即办'],
    ['5个工作日', '5个工作日'],
    ['５ 个工作日', '5个工作日'],
    ['三个工作日', '3个工作日'],
    ['20日', '20日'],
    ['20天', '20日'],
    ['十五日内', '15日'],
    ['一周', '7日'],
    ['两周内', '14日'],
  ])('time limit %s', (raw, want) => expect(normaliseTimeLimit(raw)).toBe(want));
  it('time limits: idempotent, whitespace-proof, and refuse other text', () => {
    expect(normaliseTimeLimit('尽快')).toBeNull();
    expect(normaliseTimeLimit(20)).toBeNull();
    const canon = fc.oneof(
      fc.constant('即办'),
      fc.integer({ min: 1, max: 365 }).map((n) => `${n}个工作日`),
      fc.integer({ min: 1, max: 365 }).map((n) => `${n}日`),
    );
    fc.assert(fc.property(canon, (c) => normaliseTimeLimit(c) === c));
    fc.assert(
      fc.property(
        canon.chain((c) => mangled(c).map((m) => [c, m] as const)),
        ([c, m]) => normaliseTimeLimit(m) === c,
      ),
    );
  });
});

describe('labels', () => {
  it('reduces headings to what they say', () => {
    expect(labelKey('风险\n等级')).toBe('风险等级');
    expect(labelKey('岗位 名称')).toBe('岗位名称');
    expect(labelKey('单位名称（盖章）：')).toBe('单位名称');
    expect(labelKey('测评得分(百分制)')).toBe('测评得分');
    expect(compact('Ａ１　')).toBe('A1');
  });
});
