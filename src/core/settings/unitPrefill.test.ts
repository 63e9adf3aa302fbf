import { planInsert } from '../build/template';
import { PACKS } from '../packs';
import { unitHeaderInstances } from './unitPrefill';

describe('new tables start with 单位名称 from the unit settings', () => {
  test.each(PACKS.map((p) => [p.id, p] as const))(
    '%s: every unit field filled, the same sheets as blank',
    (_, pack) => {
      const instances = unitHeaderInstances(pack, ' 清丰县纪委 ');
      const withUnit = planInsert({ pack, instances });
      const blank = planInsert({ pack });
      expect(withUnit.added).toEqual(blank.added);
      const written = withUnit.ops.flatMap((o) => (o.kind === 'setValues' ? o.values.flat() : []));
      const forms = pack.forms.filter((f) => f.header.some((h) => h.seal || /^(填报)?单位/.test(h.label)));
      expect(forms.length).toBeGreaterThan(0);
      expect(written.filter((v) => v === '清丰县纪委').length).toBeGreaterThanOrEqual(forms.length);
    },
  );

  test('no name, no prefill', () => {
    expect(unitHeaderInstances(PACKS[0], '  ')).toEqual([]);
  });
});
