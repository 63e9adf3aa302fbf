import { spawn } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readInputFile, writeFileSafely } from '../../src/doors/cli/io';

// The disk "fills up" after a few bytes while this is set (jest only lets mock-prefixed names into the factory).
let mockFailAfter: number | undefined;
jest.mock('node:fs/promises', () => {
  const real = jest.requireActual('node:fs/promises');
  return {
    ...real,
    writeFile: async (p: string, data: Uint8Array, ...rest: unknown[]) => {
      if (mockFailAfter === undefined) return real.writeFile(p, data, ...rest);
      await real.writeFile(p, data.subarray(0, mockFailAfter));
      throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    },
  };
});

/** Output never replaces a file it was not asked to, and a failed or killed write leaves the old file whole. */
let dir: string;
beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), 'lianfang-write-'))));
afterEach(() => {
  mockFailAfter = undefined;
  rmSync(dir, { recursive: true, force: true });
});

const bytes = (s: string) => new TextEncoder().encode(s);

test('refuses to overwrite an existing file or the input without --force / --in-place', async () => {
  const file = path.join(dir, '汇总.xlsx');
  writeFileSync(file, '旧内容');
  await expect(writeFileSafely(file, bytes('新'))).rejects.toMatchObject({ code: 'output_exists' });
  await expect(writeFileSafely(file, bytes('新'), { inputs: [file], force: true })).rejects.toMatchObject({
    code: 'output_is_input',
  });
  expect(readFileSync(file, 'utf8')).toBe('旧内容');
  await writeFileSafely(file, bytes('新'), { force: true });
  expect(readFileSync(file, 'utf8')).toBe('新');
});

test('--in-place keeps a backup of the original next to it', async () => {
  const file = path.join(dir, '报表.xlsx');
  writeFileSync(file, '原件');
  await writeFileSafely(file, bytes('改后'), { inputs: [file], inPlace: true });
  expect(readFileSync(file, 'utf8')).toBe('改后');
  const backups = readdirSync(dir).filter((f) => f.startsWith('报表.bak-'));
  expect(backups).toHaveLength(1);
  expect(readFileSync(path.join(dir, backups[0]), 'utf8')).toBe('原件');
});

test('a write that fails half way leaves the old file intact and no partial file behind', async () => {
  const file = path.join(dir, '台账.xlsx');
  writeFileSync(file, '完整的旧文件');
  mockFailAfter = 3;
  await expect(writeFileSafely(file, bytes('全新的内容很长很长'), { force: true })).rejects.toMatchObject({
    code: 'write_failed',
  });
  expect(readFileSync(file, 'utf8')).toBe('完整的旧文件');
  expect(readdirSync(dir)).toEqual(['台账.xlsx']);
});

test('a process killed while writing never leaves a half-written target', async () => {
  const file = path.join(dir, '大表.xlsx');
  writeFileSync(file, 'OLD');
  const script = `require('tsx/cjs');
    const { writeFileSafely } = require(${JSON.stringify(path.resolve('src/doors/cli/io.ts'))});
    process.stdout.write('go\\n');
    writeFileSafely(${JSON.stringify(file)}, new Uint8Array(400 * 1024 * 1024).fill(65), { force: true });`;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
  await new Promise((r) => setTimeout(r, 150));
  child.kill('SIGKILL');
  await new Promise((r) => child.once('exit', r));
  const now = readFileSync(file);
  expect(now.length === 3 ? now.toString() : now.length).toBe(now.length === 3 ? 'OLD' : 400 * 1024 * 1024);
  expect(existsSync(file)).toBe(true);
});

test('an input over the size limit is refused before it is read; a folder is not a file', async () => {
  const file = path.join(dir, '巨大.xlsx');
  writeFileSync(file, new Uint8Array(2048));
  await expect(readInputFile(file, 1024)).rejects.toMatchObject({
    code: 'too_large',
    params: { what: 'file', limit: 1024 },
  });
  expect((await readInputFile(file, 4096)).length).toBe(2048);
  await expect(readInputFile(dir)).rejects.toMatchObject({ code: 'is_directory' });
});

test('two --in-place runs in the same minute keep two backups: the original is never lost', async () => {
  const file = path.join(dir, '台账.xlsx');
  writeFileSync(file, '原件');
  await writeFileSafely(file, bytes('第一次'), { inputs: [file], inPlace: true });
  await writeFileSafely(file, bytes('第二次'), { inputs: [file], inPlace: true });
  const backups = readdirSync(dir)
    .filter((f) => f.startsWith('台账.bak-'))
    .map((f) => readFileSync(path.join(dir, f), 'utf8'))
    .sort();
  expect(backups).toEqual(['原件', '第一次'].sort());
  expect(readFileSync(file, 'utf8')).toBe('第二次');
});

test('--force does not follow a symbolic link onto an input: output_is_input, the input untouched', async () => {
  const real = path.join(dir, '原表.xlsx');
  const link = path.join(dir, '链接.xlsx');
  writeFileSync(real, '输入');
  symlinkSync(real, link);
  // The input named through the link, the output named directly (and the other way round).
  await expect(writeFileSafely(real, bytes('覆盖'), { inputs: [link], force: true })).rejects.toMatchObject({
    code: 'output_is_input',
  });
  await expect(writeFileSafely(link, bytes('覆盖'), { inputs: [real], force: true })).rejects.toMatchObject({
    code: 'output_is_input',
  });
  expect(readFileSync(real, 'utf8')).toBe('输入');
  // --in-place through the link edits the real file and keeps a backup of it; the link stays a link.
  await writeFileSafely(link, bytes('改后'), { inputs: [link], inPlace: true });
  expect(readFileSync(real, 'utf8')).toBe('改后');
  expect(lstatSync(link).isSymbolicLink()).toBe(true);
  expect(readdirSync(dir).filter((f) => f.startsWith('原表.bak-'))).toHaveLength(1);
});

test('key files are written readable by their owner only', async () => {
  const file = path.join(dir, 'key.json');
  await writeFileSafely(file, bytes('{}'), { mode: 0o600 });
  expect(statSync(file).mode & 0o777).toBe(0o600);
});

/** Starts a write of 400 MB in another process and stops it with `signal` once it has begun. */
async function interruptedWrite(file: string, signal: NodeJS.Signals): Promise<void> {
  const script = `require('tsx/cjs');
    const { writeFileSafely } = require(${JSON.stringify(path.resolve('src/doors/cli/io.ts'))});
    const fs = require('node:fs');
    const dir = ${JSON.stringify(path.dirname(file))};
    const t = setInterval(() => { if (fs.readdirSync(dir).some((f) => f.endsWith('.tmp'))) { clearInterval(t); process.stdout.write('go\\n'); } }, 5);
    writeFileSafely(${JSON.stringify(file)}, new Uint8Array(400 * 1024 * 1024).fill(65), { force: true });`;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
  child.kill(signal);
  await new Promise((r) => child.once('exit', r));
}

test('an interrupted write (Ctrl-C, kill) leaves no hidden .tmp file', async () => {
  const file = path.join(dir, '中断.xlsx');
  writeFileSync(file, 'OLD');
  await interruptedWrite(file, 'SIGTERM');
  expect(readdirSync(dir)).toEqual(['中断.xlsx']);
  await interruptedWrite(file, 'SIGINT');
  expect(readdirSync(dir)).toEqual(['中断.xlsx']);
  expect(readFileSync(file, 'utf8')).toBe('OLD');
});

test('a write killed with SIGKILL (uncatchable) leaves a .tmp that the next write into that folder removes', async () => {
  const file = path.join(dir, '强杀.xlsx');
  writeFileSync(file, 'OLD');
  await interruptedWrite(file, 'SIGKILL');
  expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toHaveLength(1);
  await writeFileSafely(file, bytes('NEW'), { force: true });
  expect(readdirSync(dir)).toEqual(['强杀.xlsx']);
  expect(readFileSync(file, 'utf8')).toBe('NEW');
});
