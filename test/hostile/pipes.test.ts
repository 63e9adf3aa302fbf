import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync, copyFileSync, existsSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { COMMANDS } from '../../src/doors/cli/commands';
import { runCli } from '../helpers/cli';
import { demoBytes } from '../approve/helpers';

/**
 * `lianfang … | head -1`: the reader closes the pipe before lianfang has finished writing. Every command must
 * then stop quietly: no "Error: write EPIPE" stack trace, no crash exit.
 */
let dir: string;
const f = (name: string) => path.join(dir, name);

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'lianfang-pipes-'));
  writeFileSync(f('demo.xlsx'), await demoBytes());
  expect((await runCli('keygen', '--name', '周立新', '-o', f('k.json'))).code).toBe(0);
  const signed = await runCli(
    ...['sign', f('demo.xlsx'), '--form', 'A3 周立新', '--role', 'self', '--key', f('k.json')],
    ...['--opinion', '同意', '--accept-warnings', '-o', f('signed.xlsx')],
  );
  expect(signed.code).toBe(0);
  mkdirSync(f('inbox'));
  copyFileSync(f('demo.xlsx'), f('inbox/单位一.xlsx'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** One invocation per command, each one that prints something on stdout. */
const INVOCATIONS: Record<string, () => string[]> = {
  packs: () => ['packs', '--json'],
  template: () => ['template', 'puyang-2012', '-o', f('t.xlsx')],
  demo: () => ['demo', 'heshui-2012', '-o', f('d.xlsx')],
  keygen: () => ['keygen', '--name', '李四', '-o', f('k2.json')],
  sign: () => [
    ...['sign', f('signed.xlsx'), '--form', 'A3 周立新', '--role', '部门负责人', '--key', f('k2.json')],
    ...['--opinion', '同意', '--accept-warnings', '--reason', '测试', '-o', f('s2.xlsx')],
  ],
  verify: () => ['verify', f('signed.xlsx')],
  inspect: () => ['inspect', f('demo.xlsx'), f('signed.xlsx')],
  report: () => ['report', f('demo.xlsx'), '-o', f('r.xlsx')],
  validate: () => ['validate', f('demo.xlsx')],
  grade: () => ['grade', f('demo.xlsx'), '-o', f('g.xlsx')],
  rollup: () => ['rollup', f('demo.xlsx'), '-o', f('ro.xlsx')],
  consolidate: () => ['consolidate', f('inbox'), '--json'],
  compare: () => ['compare', f('inbox'), f('inbox'), '--json'],
  roster: () => ['roster', 'show', f('missing.json')],
  help: () => ['--help'],
};

function runWithClosedStdout(args: string[]): Promise<{ code: number | null; signal: string | null; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['bin/lianfang.js', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy(); // like `| head -0`: nobody reads what follows
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code, signal) => resolve({ code, signal, err }));
  });
}

test('every command is in the list below (a new command needs its pipe test)', () => {
  const program = new Command();
  for (const register of COMMANDS)
    register(program, { io: { out: () => {}, err: () => {}, debug: false }, exit: () => {} });
  const names = program.commands.map((c) => c.name()).filter((n) => n !== 'help');
  expect(names.filter((n) => !(n in INVOCATIONS))).toEqual([]);
});

test('piping any command into a reader that stops early ends quietly, without an EPIPE stack trace', async () => {
  const names = Object.keys(INVOCATIONS);
  const results: Record<string, Awaited<ReturnType<typeof runWithClosedStdout>>> = {};
  // Two at a time: the machine is shared.
  for (let i = 0; i < names.length; i += 2)
    await Promise.all(
      names.slice(i, i + 2).map(async (n) => (results[n] = await runWithClosedStdout(INVOCATIONS[n]()))),
    );
  for (const [name, r] of Object.entries(results)) {
    expect({ name, err: r.err }).toEqual({ name, err: expect.not.stringMatching(/EPIPE|\n\s+at |Unhandled/) });
    expect({ name, signal: r.signal }).toEqual({ name, signal: null });
    // A closed stdout is the reader's choice, not a failure of lianfang: the command's own code stands.
    expect({ name, ok: [0, 1, 2].includes(r.code ?? -1) }).toEqual({ name, ok: true });
  }
}, 120_000);

/** Every verb and sub-verb the CLI has, as a person would type it before --help. */
function verbs(): string[][] {
  const program = new Command();
  for (const register of COMMANDS)
    register(program, { io: { out: () => {}, err: () => {}, debug: false }, exit: () => {} });
  return program.commands.flatMap((c) => [[c.name()], ...c.commands.map((sub) => [c.name(), sub.name()])]);
}

test('help of every verb piped into `head -1` (a real shell pipe) prints its usage line and no EPIPE trace', () => {
  const all = [[], ...verbs()];
  expect(all.length).toBeGreaterThan(15);
  for (const verb of all) {
    const cmd = ['node bin/lianfang.js', ...verb, '--help'].join(' ');
    // pipefail: the exit code is lianfang's, not head's.
    const r = spawnSync('bash', ['-o', 'pipefail', '-c', `${cmd} | head -1`], { encoding: 'utf8' });
    const usage = `Usage: lianfang ${[...verb, ''].join(' ')}`;
    expect({ cmd, err: r.stderr, code: r.status }).toEqual({ cmd, err: '', code: 0 });
    expect({ cmd, out: r.stdout }).toEqual({ cmd, out: expect.stringMatching(/^Usage: lianfang .*\n$/) });
    expect(r.stdout.startsWith(usage)).toBe(true);
  }
}, 240_000);

test('`lianfang help <verb>` and `<verb> --help` into a reader that closed at once: quiet, exit 0', async () => {
  const all = verbs().filter((v) => v.length === 1);
  const runs = [...all.map((v) => ['help', ...v]), ...all.map((v) => [...v, '--help'])];
  for (let i = 0; i < runs.length; i += 2) {
    const results = await Promise.all(runs.slice(i, i + 2).map((args) => runWithClosedStdout(args)));
    results.forEach((r, j) => {
      const args = runs[i + j].join(' ');
      expect({ args, err: r.err, code: r.code, signal: r.signal }).toEqual({ args, err: '', code: 0, signal: null });
    });
  }
}, 240_000);

test('a reader that leaves early never turns a finding into exit 0, and files are still written whole', async () => {
  // 「A3 周立新」 signed, then a level rewritten: verify must say 1 even when nobody reads its verdict.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(f('signed.xlsx'));
  const ws = wb.getWorksheet('A3 周立新')!;
  ws.getCell('C9').value = ws.getCell('C9').value === '三级' ? '一级' : '三级';
  await wb.xlsx.writeFile(f('tampered.xlsx'));
  const runs = {
    verify: ['verify', f('tampered.xlsx')],
    // Two files: the reader has gone while the second, unreadable one is still being read.
    inspect: ['inspect', f('demo.xlsx'), f('empty.xlsx')],
    report: ['report', f('signed.xlsx'), '-o', f('report-closed.xlsx')],
  };
  writeFileSync(f('empty.xlsx'), '');
  const codes: Record<string, number | null> = {};
  for (const [name, args] of Object.entries(runs)) codes[name] = (await runWithClosedStdout(args)).code;
  // The same commands with someone reading: the codes are the same.
  expect([(await runCli(...runs.verify)).code, (await runCli(...runs.inspect)).code]).toEqual([1, 2]);
  expect(codes).toEqual({ verify: 1, inspect: 2, report: 0 });
  expect(existsSync(f('report-closed.xlsx'))).toBe(true);
}, 120_000);
