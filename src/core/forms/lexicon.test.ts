import { PACKS } from '../packs';
import { COLUMN_TERMS, FIELD_TERMS, type Term } from './lexicon';
import { termKey } from './termKey';
import { columnTermOf, fieldTermOf, termOfColumn, termOfField } from './terms';

const clashes = (terms: readonly Term[]) => {
  const seen = new Map<string, string>();
  const out: string[] = [];
  for (const t of terms)
    for (const w of t.words) {
      const k = termKey(w);
      const had = seen.get(k);
      if (had && had !== t.id) out.push(`${w} (${k}): ${had} / ${t.id}`);
      seen.set(k, t.id);
    }
  return out;
};

describe('the header lexicon', () => {
  it('gives every spelling one meaning (no word, once reduced, belongs to two terms)', () => {
    expect(clashes(COLUMN_TERMS)).toEqual([]);
    expect(clashes(FIELD_TERMS)).toEqual([]);
  });

  it.each([
    ['发生可能性', 'probability'],
    ['发生 几率', 'probability'],
    ['腐败现象发生概率', 'probability'],
    ['后果的严重程度', 'impact'],
    ['危害性（1-5分）', 'impact'],
    ['危害程度1～5', 'impact'],
    ['自由裁量权大小', 'discretion'],
    ['自由裁量权的大小', 'discretion'],
    ['行政权力与资金关联程度', 'funds'],
    ['资金关联', 'funds'],
    ['权力重要程度', 'importance'],
    ['重要性', 'importance'],
    ['紧急程度', 'urgency'],
    ['紧急性', 'urgency'],
    ['风险　等级', 'level'],
    ['检查验收内容', 'checkItem'],
    ['是否达到', 'reached'],
  ])('reads 「%s」 as %s', (heading, term) => expect(columnTermOf(heading)?.id).toBe(term));

  it.each([
    ['单位', 'unit'],
    ['单位名称（盖章）', 'unit'],
    ['填报单位', 'unit'],
    ['报送单位', 'unit'],
    ['姓  名', 'name'],
    ['职务(岗位)', 'post'],
  ])('reads the header field 「%s」 as %s', (label, term) => expect(fieldTermOf(label)?.id).toBe(term));

  it('knows the term of every factor column of every pack, and no form has two columns of one term', () => {
    for (const p of PACKS)
      for (const f of p.forms) {
        for (const c of f.columns.filter((x) => x.factor)) expect(termOfColumn(c)?.id).toBe(c.factor);
        const terms = f.columns.map((c) => termOfColumn(c)?.id).filter(Boolean);
        expect(new Set(terms).size).toBe(terms.length);
        const fields = f.header.map((h) => termOfField(h)?.id).filter(Boolean);
        expect(new Set(fields).size).toBe(fields.length);
      }
  });

  it('every factor a plan names is a factor term', () => {
    for (const p of PACKS)
      for (const fac of p.grading.factors) expect(columnTermOf(fac.label)).toMatchObject({ id: fac.key, factor: true });
  });
});
