import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { artifacts } from '../grade/workbooks';
import { runCli } from '../helpers/cli';

// Clerks type the programme's place name (heshui), not our id with its year (heshui-2012).
const dir = path.join(artifacts('cli'), 'pack-arg');
mkdirSync(dir, { recursive: true });

it('a programme named without its year is that programme', async () => {
  const short = await runCli('template', 'heshui', '-o', path.join(dir, 'short.xlsx'), '--force');
  expect(short.code).toBe(0);
  const full = await runCli('validate', path.join(dir, 'short.xlsx'), '--json');
  expect(JSON.parse(full.out).pack).toBe('heshui-2012');
});

it('a part of a name is refused, listing every id, and nothing is written', async () => {
  const r = await runCli('template', 'he', '-o', path.join(dir, 'part.xlsx'));
  expect(r.code).not.toBe(0);
  expect(r.err).toContain('unknown_pack');
  expect(r.err).toContain('heshui-2012');
  expect(existsSync(path.join(dir, 'part.xlsx'))).toBe(false);
});
