import { definePack, type PackInput } from './pack';
import { PACKS } from '../packs';

const school = PACKS.find((p) => p.id === 'school-2010')!;

describe('plan rules are pack data', () => {
  it('the plans that state rules carry them (hangzhou 20%, railway 完成时限, school 廉政谈话 and 回告时限)', () => {
    const byPack = Object.fromEntries(PACKS.map((p) => [p.id, p.rules]));
    expect(byPack['hangzhou-2019'].topShare).toMatchObject({ target: 0.2, forms: ['C1', 'C2'] });
    expect(byPack['railway-2014'].filledNeeds?.[0]).toMatchObject({ form: 'E2', need: ['deadline'] });
    expect(byPack['school-2010'].scoreNeedsYes?.[0]).toMatchObject({ form: 'D5' });
    expect(byPack['puyang-2012']).toEqual({});
  });

  it('refuses a rule that names a form or column the pack does not have', () => {
    const input = (rules: PackInput['rules']): PackInput => ({ ...(school as PackInput), rules });
    expect(() => definePack(input({ filledNeeds: [{ form: 'D4', when: 'issue', need: ['nope'] }] }))).toThrow(
      /unknown column D4\.nope/,
    );
    expect(() => definePack(input({ scoreNeedsYes: [{ form: 'Z9', score: 'score', yes: 'talk' }] }))).toThrow(
      /unknown form Z9/,
    );
    expect(() => definePack(input(school.rules))).not.toThrow();
  });
});
