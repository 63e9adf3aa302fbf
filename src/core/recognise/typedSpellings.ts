import fc from 'fast-check';
import { COLUMN_TERMS, FIELD_TERMS } from '../forms/lexicon';
import { PACKS } from '../packs';

/** Every title, heading and field label the packs and the lexicon spell, as printed (tests only). */
export const SPELLINGS = [
  ...new Set([
    ...PACKS.flatMap((p) =>
      p.forms.flatMap((f) => [
        f.title,
        ...f.columns.flatMap((c) => [c.label, ...c.aliases]),
        ...f.header.flatMap((h) => [h.label, ...h.aliases]),
      ]),
    ),
    ...[...COLUMN_TERMS, ...FIELD_TERMS].flatMap((t) => t.words),
  ]),
];

/** A spelling as clerks type it: spaces and full-width forms anywhere, notes in brackets, stars, colons, scales. */
export const typedSpelling = fc
  .tuple(
    fc.constantFrom(...SPELLINGS),
    fc.nat(),
    fc.constantFrom(
      '',
      ' ',
      '\u3000',
      '\n',
      '（注）',
      '(万元)',
      '[必填]',
      '【】',
      '*',
      '※',
      '的',
      '１',
      'Ａ',
      'Ⅱ',
      '①',
    ),
    fc.constantFrom('', '：', ':', ' :', '(1-5分)', '1～5', '程度', '分值', '性', '（盖章）'),
    fc.constantFrom('', '*', ' ', '\u3000'),
  )
  .map(([word, at, inner, tail, head]) => {
    const i = at % (word.length + 1);
    return head + word.slice(0, i) + inner + word.slice(i) + tail;
  });

/** A cell above or in a table: a typed spelling, a "label：value" line or two, a value, a number, or blank. */
export const typedCell = fc.oneof(
  { weight: 4, arbitrary: typedSpelling },
  {
    weight: 2,
    arbitrary: fc
      .array(
        fc.tuple(
          typedSpelling,
          fc.constantFrom('：', ':', ' ： '),
          fc.constantFrom('', '合水县第1单位', '张三', '(盖章)'),
        ),
        { minLength: 1, maxLength: 3 },
      )
      .chain((pairs) => fc.constantFrom(' ', '\u3000', '  ', '').map((sep) => pairs.map((p) => p.join('')).join(sep))),
  },
  fc.constantFrom('颜色标识：', '红色：一级', '一级', '国库股', '2012年12月5日', '附表1', '   '),
  fc.string({ maxLength: 6 }),
  fc.integer({ min: 0, max: 9 }),
  fc.constant(null),
);
