import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Consolidation } from '../../src/core/consolidate';
import { puyang2012 } from '../../src/core/packs/puyang-2012/pack';
import { artifacts } from '../grade/workbooks';
import { unitWorkbook } from './units';
import { runCli } from '../helpers/cli';

const dir = path.join(artifacts('consolidate'), 'signoff');
const f = (n: string) => path.join(dir, n);

const run = runCli;

it('shows each unit’s sign-off status: sealed forms counted, unsigned units said so', async () => {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'in'), { recursive: true });
  writeFileSync(f('a.xlsx'), await unitWorkbook(puyang2012, '甲单位', 0, new Date(Date.UTC(2012, 7, 1))));
  writeFileSync(f('in/b.xlsx'), await unitWorkbook(puyang2012, '乙单位', 0, new Date(Date.UTC(2012, 7, 1))));
  expect((await run('keygen', '--name', '甲单位', '-o', f('key.json'))).code).toBe(0);
  const signed = await run(
    'sign',
    f('a.xlsx'),
    '--form',
    'A1',
    '--role',
    'unit',
    '--key',
    f('key.json'),
    '--opinion',
    '同意',
    '-o',
    f('in/a.xlsx'),
  );
  expect(signed.err).toBe('');
  const r = await run('consolidate', f('in'), '--json');
  const c = JSON.parse(r.out) as Consolidation;
  const a = c.units.find((u) => u.unit === '甲单位')!;
  const b = c.units.find((u) => u.unit === '乙单位')!;
  expect(a.signoff).toEqual(expect.objectContaining({ stamps: 1, complete: 1, ok: true }));
  expect(a.signoff!.forms).toBeGreaterThanOrEqual(3);
  expect(b.signoff).toBeUndefined();
});
