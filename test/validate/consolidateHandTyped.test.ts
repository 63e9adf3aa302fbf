import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Consolidation } from '../../src/core/consolidate';
import { runCli } from '../helpers/cli';
import { hangzhou } from './corpus/hangzhou';
import { heshui } from './corpus/heshui';
import { puyang } from './corpus/puyang';
import { railway } from './corpus/railway';
import { school } from './corpus/school';
import type { HandTyped } from './corpus/write';

const DIR = path.join(__dirname, '../../artifacts/validate/consolidate-hand-typed');

const PACKS: Array<[string, (dirty: boolean, unit: string) => HandTyped, string[]]> = [
  ['puyang-2012', puyang, ['濮阳市科学技术局', '濮阳市教育局', '濮阳市财政局']],
  ['heshui-2012', heshui, ['合水县财政局', '合水县教育局', '合水县卫生局']],
  ['hangzhou-2019', hangzhou, ['杭州市生态环境局', '杭州市生态环境局上城分局', '杭州市生态环境局西湖分局']],
  ['school-2010', school, ['高桥小学', '王场小学', '实验二小']],
  ['railway-2014', railway, ['科技与法制司', '运输监督管理司', '工程监督管理司']],
];

describe.each(PACKS)('committee consolidation of clean hand-typed %s workbooks', (pack, build, units) => {
  it('lists every unit, by the name its forms give, as valid', async () => {
    const inbox = path.join(DIR, pack, 'in');
    rmSync(path.join(DIR, pack), { recursive: true, force: true });
    mkdirSync(inbox, { recursive: true });
    for (const [i, unit] of units.entries())
      writeFileSync(path.join(inbox, `${i + 1}.xlsx`), Buffer.from(await build(false, unit).wb.xlsx.writeBuffer()));
    const r = await runCli(
      'consolidate',
      inbox,
      '--expect',
      units.join(','),
      '-o',
      path.join(DIR, pack, '汇总.xlsx'),
      '--json',
    );
    const c = JSON.parse(r.out) as Consolidation;
    expect(c.pack).toBe(pack);
    expect(c.missing).toEqual([]);
    expect(c.unreadable).toEqual([]);
    expect(c.units.map((u) => [u.unit, u.validation?.valid, u.validation?.errors]).sort()).toEqual(
      units.map((u) => [u, true, 0]).sort(),
    );
    expect(c.units.every((u) => u.total > 0)).toBe(true);
  });
});
