import { planInsert } from '../build/template';
import { findPack } from '../packs';
import { opsSnapshot } from '../report/opsSnapshot';
import { programmeOf, standing } from './programme';

const demo = (id: string) => {
  const pack = findPack(id)!;
  return opsSnapshot(planInsert({ pack, instances: pack.sample.instances }).ops);
};

describe('the programme a workbook belongs to, whatever was chosen', () => {
  it('a lianfang workbook is its identification’s; under another programme it stands as that other one’s', () => {
    const wb = demo('heshui-2012');
    expect(programmeOf(wb)).toEqual({ pack: 'heshui-2012', how: 'identified' });
    expect(standing(wb, 'heshui-2012')).toEqual({ belonging: 'same' });
    expect(standing(wb, 'puyang-2012')).toEqual({ belonging: 'other', other: 'heshui-2012' });
  });

  it('an empty workbook is of no programme, and stands as none to any', () => {
    const empty = { sheets: [{ name: 'Sheet1', visibility: 'visible' as const, rows: [], merges: [] }], names: [] };
    expect(programmeOf(empty)).toEqual({ how: 'none' });
    expect(standing(empty, 'puyang-2012')).toEqual({ belonging: 'none' });
  });
});
