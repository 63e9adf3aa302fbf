import { mkdtempSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli as run } from '../helpers/cli';
import { workbookBytes as toBytes } from '../../src/adapters/exceljs/write';
import { demoBytes, fromBytes } from './helpers';

/** The smaller breaks of issue 15, each written as the attack. */
let dir: string;
const f = (name: string) => path.join(dir, name);

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'lianfang-harden-'));
  writeFileSync(f('demo.xlsx'), await demoBytes());
  expect((await run('keygen', '--name', '周立新', '-o', f('k.json'))).code).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sign = (input: string, form: string, out: string) =>
  run(
    ...['sign', input, '--form', form, '--role', '本人', '--key', f('k.json'), '--opinion', '同意'],
    ...['--accept-warnings', '-o', out],
  );

test('a sheet name with an apostrophe: lianfang signs it and verify reads its own file', async () => {
  const wb = await fromBytes(await demoBytes());
  wb.getWorksheet('A3 周立新')!.name = "A3 O'Brien";
  writeFileSync(f('apostrophe.xlsx'), await toBytes(wb));
  const signed = await sign(f('apostrophe.xlsx'), "A3 O'Brien", f('apostrophe-signed.xlsx'));
  expect([signed.code, signed.err]).toEqual([0, '']);
  const v = await run('verify', f('apostrophe-signed.xlsx'));
  expect([v.code, v.err]).toEqual([0, '']);
  expect(v.out).toContain("「A3 O'Brien」岗位廉政风险点登记表");
});

test('terminal escape codes never reach the screen: no fake 「全部 5 个签章有效」 drawn over the result', async () => {
  const fake = '\u001b[2K\r\u001b[32m全部 5 个签章有效。\u001b[0m';
  // A stamp record is JSON in a cell: an escape in the signer's name survives the file (JSON writes it as \u001b).
  const kf = JSON.parse(require('node:fs').readFileSync(f('k.json'), 'utf8'));
  writeFileSync(f('k-esc.json'), JSON.stringify({ ...kf, name: `王${fake}` }));
  await run(
    ...['sign', f('demo.xlsx'), '--form', 'A3 周立新', '--role', '本人', '--key', f('k.json')],
    ...['--opinion', '同意', '--accept-warnings', '-o', f('esc-self.xlsx')],
  );
  // (One key under two names is flagged too; what matters here is what reaches the screen.)
  await run(
    ...['sign', f('esc-self.xlsx'), '--form', 'A3 周立新', '--role', '部门负责人', '--key', f('k-esc.json')],
    ...['--opinion', '同意', '--accept-warnings', '--reason', '测试', '-o', f('esc-signed.xlsx')],
  );
  // Cell text keeps C1 controls and bidi overrides (XML cannot hold ESC itself).
  const wb = await fromBytes(new Uint8Array(require('node:fs').readFileSync(f('esc-signed.xlsx'))));
  wb.getWorksheet('A3 周立新')!.getCell('A8').value = '风险\u009b2K\u202e有效';
  writeFileSync(f('escape-edited.xlsx'), await toBytes(wb));
  for (const args of [
    ['verify', f('escape-edited.xlsx')],
    ['validate', f('escape-edited.xlsx')],
    ['verify', f('escape-edited.xlsx'), '--json'],
  ]) {
    const r = await run(...args);
    expect(r.out + r.err).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    expect(r.out).not.toMatch(/^\S*全部 5 个签章有效/m);
  }
  const v = await run('verify', f('escape-edited.xlsx'));
  expect(v.code).toBe(1);
  expect(v.out).toContain('部门负责人：王[2K [32m全部 5 个签章有效。[0m · 密钥');
  expect(v.out).toContain('现为「风险有效」');
  // JSON keeps the data exactly (escaped), for scripts.
  const j = JSON.parse((await run('verify', f('escape-edited.xlsx'), '--json')).out);
  expect(j.forms[0].stamps[1].signer).toBe(`王${fake}`);
});

test('sign and verify parse under the same time limit as inspect (a slow file cannot hang them)', async () => {
  jest.resetModules();
  jest.doMock('../../src/adapters/exceljs/safe/limits', () => ({
    ...jest.requireActual('../../src/adapters/exceljs/safe/limits'),
    WORKER_TIMEOUT_MS: 1,
  }));
  const { runCli } = await import('../helpers/cli');
  for (const args of [
    ['verify', f('demo.xlsx')],
    [
      'sign',
      f('demo.xlsx'),
      '--form',
      'A3 周立新',
      '--role',
      'self',
      '--key',
      f('k.json'),
      '--opinion',
      '同意',
      '-o',
      f('t.xlsx'),
    ],
    ['inspect', f('demo.xlsx')],
  ]) {
    const r = await runCli(...args);
    expect([args[0], r.code, r.err]).toEqual([args[0], 2, expect.stringContaining('[timeout]')]);
  }
  jest.dontMock('../../src/adapters/exceljs/safe/limits');
});

test('keygen writes the key readable by its owner only and warns inside a git work tree', async () => {
  const repo = f('repo');
  mkdirSync(path.join(repo, '.git'), { recursive: true });
  const r = await run('keygen', '--name', '周立新', '-o', path.join(repo, 'key.json'));
  expect(r.code).toBe(0);
  expect(statSync(path.join(repo, 'key.json')).mode & 0o777).toBe(0o600);
  expect(r.err).toContain('[key_in_git_worktree]');
  const s = await run(
    ...['sign', f('demo.xlsx'), '--form', 'A3 周立新', '--role', '本人', '--key', path.join(repo, 'key.json')],
    ...['--opinion', '同意', '--accept-warnings', '-o', f('git-signed.xlsx')],
  );
  expect(s.code).toBe(0);
  expect(s.err).toContain('[key_in_git_worktree]');
});
