import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { WorkerReader } from '../../src/adapters/exceljs/worker/nodeReader';
import { main } from '../../src/doors/cli/main';
import { openMany, openWorkbookFile } from '../../src/doors/cli/open';
import type { Io } from '../../src/doors/cli/output';
import { baseWorkbook } from './corpus';

/** The worker thread: limits that end a read, typed errors, and batches that go on past bad files. */
let dir: string;
let valid: Uint8Array;
beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'lianfang-worker-'));
  valid = await baseWorkbook();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('a read that exhausts the heap limit ends the worker with out_of_memory; a fresh read then works', async () => {
  const big = await baseWorkbook(12_000);
  const small = new WorkerReader({ maxOldGenerationSizeMb: 16 });
  await expect(small.read(big, '大表.xlsx')).rejects.toMatchObject({
    code: 'out_of_memory',
    params: { file: '大表.xlsx', mb: 16 },
  });
  await small.close();
  const reader = new WorkerReader();
  const r = await reader.read(valid, 'ok.xlsx');
  expect(r.snapshot.sheets.map((s) => s.name)).toEqual(['风险点', '备注']);
  await reader.close();
});

test('reads asked all at once (handed to the worker ahead) come back in order; one that ends the worker costs only itself', async () => {
  const big = await baseWorkbook(30_000);
  const reader = new WorkerReader({ maxOldGenerationSizeMb: 24 });
  const files = ['一.xlsx', '二.xlsx', '大表.xlsx', '三.xlsx', '四.xlsx', '五.xlsx'];
  await reader.read(valid, '预热.xlsx'); // the worker is up: the six that follow are all handed to it at once
  const outcomes = await Promise.all(
    files.map((f) =>
      reader.read(f === '大表.xlsx' ? big : valid, f).then(
        (r) => r.snapshot.sheets.map((s) => s.name).join(','),
        (e: { code: string; params: { file: string } }) => `${e.code} ${e.params.file}`,
      ),
    ),
  );
  expect(outcomes).toEqual([
    '风险点,备注',
    '风险点,备注',
    'out_of_memory 大表.xlsx',
    '风险点,备注',
    '风险点,备注',
    '风险点,备注',
  ]);
  await reader.close();
});

test('a read over the time limit ends the worker with timeout', async () => {
  const reader = new WorkerReader({ timeoutMs: 100 });
  await expect(reader.read(valid, '慢.xlsx')).rejects.toMatchObject({ code: 'timeout', params: { file: '慢.xlsx' } });
  await reader.close();
});

test('openWorkbookFile returns the snapshot, warnings and a workbook the main thread can modify', async () => {
  const file = path.join(dir, 'one.xlsx');
  writeFileSync(file, valid);
  const opened = await openWorkbookFile(file);
  expect(opened.snapshot.sheets[0].rows[1]).toEqual(['岗位1', '廉政风险1', 1]);
  expect(opened.warnings).toEqual([]);
  const wb = await opened.loadWorkbook();
  expect(wb.getWorksheet('风险点')!.getCell('B2').value).toBe('廉政风险1');
  await expect(openWorkbookFile(path.join(dir, 'none.xlsx'))).rejects.toMatchObject({ code: 'file_not_found' });
  await expect(openWorkbookFile(dir)).rejects.toMatchObject({ code: 'is_directory' });
});

test('a batch of 50 files with 5 broken ones reads the 45 and names the 5 (real CLI)', async () => {
  const files: string[] = [];
  const broken = new Set([3, 11, 27, 38, 49]);
  for (let i = 0; i < 50; i++) {
    const file = path.join(dir, `单位${String(i).padStart(2, '0')}.xlsx`);
    const bytes = !broken.has(i) ? valid : i % 2 ? valid.subarray(0, 300) : new TextEncoder().encode('这不是表格');
    writeFileSync(file, bytes);
    files.push(file);
  }
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (s) => void out.push(s), err: (s) => void err.push(s), debug: false };
  expect(await main(['node', 'lianfang', 'inspect', ...files], io)).toBe(2);
  const read = files.filter((f) => out.includes(f));
  expect(read).toHaveLength(45);
  expect(err).toHaveLength(5);
  for (const i of broken) expect(err.join('\n')).toContain(files[i]);
  const outcomes = await openMany(files, (o) => o.snapshot.sheets.length);
  expect(outcomes.filter((o) => o.ok).map((o) => o.file)).toEqual(files.filter((_, i) => !broken.has(i)));
});

test('the installed binary (bin/lianfang.js, compiled) runs the worker and exits: 0 for a good file, 2 and a message for a bad one', () => {
  const good = path.join(dir, '好.xlsx');
  const bad = path.join(dir, '坏.xlsx');
  writeFileSync(good, valid);
  writeFileSync(bad, valid.subarray(0, 100));
  const ok = spawnSync(process.execPath, ['bin/lianfang.js', 'inspect', good], { encoding: 'utf8', timeout: 60_000 });
  expect([ok.status, ok.stdout]).toEqual([0, `${good}\n  风险点\t6 行\n  备注\t1 行\n`]);
  const ko = spawnSync(process.execPath, ['bin/lianfang.js', 'inspect', bad, good], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  expect(ko.status).toBe(2);
  expect(ko.stderr).toContain(`「${bad}」文件已损坏`);
  expect(ko.stdout).toContain(good);
  expect(ko.stderr).not.toMatch(/\n\s+at /);
});
