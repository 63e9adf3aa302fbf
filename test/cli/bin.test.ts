import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * What ships: bin/lianfang.js running the compiled CLI in dist-cli/ (npm test builds it first, as npm install
 * does). No TypeScript compiler at run time, and each verb loads only what it needs.
 */
const ROOT = path.resolve(__dirname, '../..');
const BIN = path.join(ROOT, 'bin/lianfang.js');
let dir: string;
beforeAll(() => (dir = mkdtempSync(path.join(tmpdir(), 'lianfang-bin-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (...args: string[]) =>
  spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', timeout: 60_000 });

/** The modules a verb loaded, read from inside the compiled CLI's own process. */
function modulesLoadedBy(...args: string[]): string[] {
  const script = `
    const { main } = require(${JSON.stringify(path.join(ROOT, 'dist-cli/lianfang.js'))});
    const io = { out: () => {}, err: () => {}, debug: false };
    main(['node', 'lianfang', ...${JSON.stringify(args)}], io).then((code) => {
      process.stdout.write(JSON.stringify({ code, modules: Object.keys(require.cache) }));
      process.exit(0);
    });`;
  const r = spawnSync(process.execPath, ['-e', script], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
  const { modules } = JSON.parse(r.stdout) as { modules: string[] };
  return modules;
}

test('packs --json from the installed binary lists every pack, with no TypeScript loader in the process', () => {
  const r = run('packs', '--json');
  expect(r.status).toBe(0);
  const packs = JSON.parse(r.stdout) as Array<{ id: string; forms: unknown[] }>;
  expect(packs.map((p) => p.id)).toEqual([
    'puyang-2012',
    'heshui-2012',
    'hangzhou-2019',
    'school-2010',
    'railway-2014',
  ]);
  const loaded = modulesLoadedBy('packs', '--json');
  expect(loaded.filter((m) => /[\\/](tsx|typescript|esbuild)[\\/]/.test(m))).toEqual([]);
});

test('a verb that only lists packs loads neither ExcelJS nor React; writing a workbook loads ExcelJS', () => {
  const heavy = (mods: string[]) => mods.filter((m) => /node_modules[\\/](exceljs|react|react-dom)[\\/]/.test(m));
  expect(heavy(modulesLoadedBy('packs', '--json'))).toEqual([]);
  expect(heavy(modulesLoadedBy('--help'))).toEqual([]);
  const wrote = heavy(modulesLoadedBy('template', 'school-2010', '-o', path.join(dir, 'loaded.xlsx')));
  expect(wrote.some((m) => /exceljs/.test(m))).toBe(true);
  expect(wrote.filter((m) => /react/.test(m))).toEqual([]);
});

test('the binary writes a workbook with the ExcelJS the build bundled (one file from its code cache), none of node_modules', () => {
  // Every module file Node loaded, listed as the process ends (a bundle run from its code cache is not among them).
  const hook = path.join(dir, 'modules-hook.js');
  writeFileSync(
    hook,
    `process.on('exit', () => require('node:fs').writeFileSync(process.env.MODULES_OUT, JSON.stringify(Object.keys(require.cache))));`,
  );
  const out = path.join(dir, 'modules.json');
  const withHook = (...args: string[]) =>
    spawnSync(process.execPath, ['-r', hook, BIN, ...args], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, MODULES_OUT: out },
    });
  const fromNodeModules = () =>
    (JSON.parse(readFileSync(out, 'utf8')) as string[]).filter((m) => m.includes('node_modules'));
  const bundled = path.join(dir, 'bundled.xlsx');
  const r = withHook('demo', 'school-2010', '-o', bundled);
  expect([r.status, r.stderr]).toEqual([0, '']);
  expect(fromNodeModules()).toEqual([]);
  expect(existsSync(path.join(ROOT, 'dist-cli/exceljs.js.cache'))).toBe(true);
  // A verb that opens the workbook with ExcelJS, changes it and writes it back (grade fills in the levels).
  const graded = path.join(dir, 'bundled-graded.xlsx');
  const g = withHook('grade', bundled, '-o', graded);
  expect([g.status, g.stderr]).toEqual([0, '']);
  expect(fromNodeModules()).toEqual([]);
  const v = run('validate', graded, '--json');
  expect(v.status).toBe(0);
  expect((JSON.parse(v.stdout) as { pack: string }).pack).toBe('school-2010');
});

test('template, validate and inspect through the binary: files written, read back in its worker, exit codes', () => {
  const file = path.join(dir, '示例.xlsx');
  const t = run('demo', 'heshui-2012', '-o', file);
  expect([t.status, t.stderr]).toEqual([0, '']);
  expect(t.stdout).toContain(`已写入 ${file}`);
  const v = run('validate', file, '--json');
  expect(v.status).toBe(0);
  const report = JSON.parse(v.stdout) as { pack: string; forms: Array<{ form: string }> };
  expect(report.pack).toBe('heshui-2012');
  expect(report.forms.length).toBeGreaterThan(0);
  const i = run('inspect', file, path.join(dir, '没有.xlsx'));
  expect(i.status).toBe(2);
  expect(i.stdout).toContain(file);
  expect(i.stderr).toContain('没有.xlsx');
  expect(i.stderr).not.toMatch(/\n\s+at /);
});

test('without a build, the binary says how to build it instead of a stack trace', () => {
  const bare = path.join(dir, 'bare');
  mkdirSync(path.join(bare, 'bin'), { recursive: true });
  for (const f of ['lianfang.js', 'cachedScript.js'])
    copyFileSync(path.join(ROOT, 'bin', f), path.join(bare, 'bin', f));
  const r = spawnSync(process.execPath, [path.join(bare, 'bin/lianfang.js'), 'packs'], { encoding: 'utf8' });
  expect(r.status).toBe(2);
  expect(r.stderr).toContain('[cli_not_built]');
  expect(r.stderr).toContain('npm install');
  expect(r.stderr).not.toMatch(/\n\s+at /);
});

test('the build leaves V8 a code cache for the binary, its read worker and ExcelJS; a cache that does not fit (damaged, another build) is set aside', () => {
  const demo = path.join(dir, '缓存.xlsx');
  expect(run('demo', 'heshui-2012', '-o', demo).status).toBe(0);
  const copy = path.join(dir, 'copy');
  mkdirSync(path.join(copy, 'bin'), { recursive: true });
  mkdirSync(path.join(copy, 'dist-cli'));
  for (const f of ['lianfang.js', 'cachedScript.js', 'worker.js'])
    copyFileSync(path.join(ROOT, 'bin', f), path.join(copy, 'bin', f));
  for (const bundle of ['lianfang.js', 'read-worker.js', 'snapshot-worker.js', 'exceljs.js']) {
    copyFileSync(path.join(ROOT, 'dist-cli', bundle), path.join(copy, 'dist-cli', bundle));
    if (bundle !== 'snapshot-worker.js') {
      expect(existsSync(path.join(ROOT, `dist-cli/${bundle}.cache`))).toBe(true);
      writeFileSync(path.join(copy, `dist-cli/${bundle}.cache`), 'not a code cache');
    }
  }
  for (const args of [
    ['packs', '--json'],
    ['validate', demo, '--json'],
  ]) {
    const r = spawnSync(process.execPath, [path.join(copy, 'bin/lianfang.js'), ...args], { encoding: 'utf8' });
    expect([r.status, r.stderr]).toEqual([run(...args).status, '']);
    expect(r.stdout).toBe(run(...args).stdout);
  }
  // Writing a workbook (ExcelJS compiled afresh beside its damaged cache): it reads back as the shipped build's does.
  const sheets = (file: string) => run('validate', file, '--json').stdout;
  const written = path.join(dir, '缓存-副本.xlsx');
  const w = spawnSync(process.execPath, [path.join(copy, 'bin/lianfang.js'), 'demo', 'heshui-2012', '-o', written], {
    encoding: 'utf8',
  });
  expect([w.status, w.stderr]).toEqual([0, '']);
  expect(sheets(written).replaceAll(written, demo)).toBe(sheets(demo));
});

test('a committee batch through the binary (reading and reporting threads) reports each unit as one file alone does', () => {
  const one = path.join(dir, '单位.xlsx');
  expect(run('demo', 'heshui-2012', '-o', one).status).toBe(0);
  const inbox = path.join(dir, 'inbox');
  mkdirSync(inbox);
  // 48 files: enough for two threads on a machine of two cores or more (threadsFor), as the committee's batches are.
  for (let i = 0; i < 48; i++) copyFileSync(one, path.join(inbox, `${String(i).padStart(2, '0')}.xlsx`));
  const alone = run('consolidate', one, '--json');
  const batch = run('consolidate', inbox, '--json');
  expect([alone.stderr, batch.stderr]).toEqual(['', '']);
  type Unit = { file: string; counts: unknown; total: number; validation: unknown; forms: unknown };
  const units = (out: string) => (JSON.parse(out) as { units: Unit[] }).units;
  const [single] = units(alone.stdout);
  const many = units(batch.stdout);
  expect(many).toHaveLength(48);
  expect(single.total).toBeGreaterThan(0);
  // The same unit 48 times: each copy is marked a duplicate, and each file has its own time; the rest is the unit's.
  const own = ({ file: _f, fileTime: _t, duplicate: _d, ...rest }: Unit & { fileTime?: string; duplicate?: unknown }) =>
    rest;
  for (const u of many) expect(own(u)).toEqual(own(single));
});
