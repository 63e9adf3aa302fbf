import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { heshui2012 } from '../../src/core/packs/heshui-2012/pack';
import { readUnits, terminalProgress, threadsFor } from '../../src/doors/cli/units';
import { unitWorkbook } from '../consolidate/units';

/** Consolidation's reading in worker threads: the same reports in the same order on one thread or several. */
let dir: string;
const files: string[] = [];
beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'lianfang-units-'));
  for (let i = 0; i < 9; i++) {
    const file = path.join(dir, `单位${i}.xlsx`);
    writeFileSync(
      file,
      i === 4
        ? new TextEncoder().encode('不是表格')
        : await unitWorkbook(heshui2012, `第${i}单位`, i, new Date(Date.UTC(2024, 0, i + 1))),
    );
    files.push(file);
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('two or three threads (reading and reporting apart) give the same unit reports, in file order, as one; a bad file is named and the rest go on', async () => {
  const seen: number[] = [];
  const one = await readUnits(files, {}, { threads: 1 });
  const two = await readUnits(files, {}, { threads: 2, progress: (done) => seen.push(done) });
  const three = await readUnits(files, {}, { threads: 3 });
  expect(two).toEqual(one);
  expect(three).toEqual(one);
  expect(one.map((o) => o.ok)).toEqual([true, true, true, true, false, true, true, true, true]);
  expect(one.filter((o) => o.ok).map((o) => (o.ok ? [o.value.unit, o.value.total] : []))).toEqual(
    [0, 1, 2, 3, 5, 6, 7, 8].map((i) => [`第${i}单位`, expect.any(Number)]),
  );
  const totals = one.filter((o) => o.ok).map((o) => (o.ok ? o.value.total : 0));
  expect(totals[1] - totals[0]).toBe(1); // one extra risk row per unit number
  expect(seen).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
});

test('this thread is told once that it has nothing more to hand out (to load ExcelJS then)', async () => {
  for (const threads of [1, 2]) {
    const said: number[] = [];
    let done = 0;
    const out = await readUnits(files, {}, { threads, progress: (d) => (done = d), spare: () => said.push(done) });
    expect(said).toHaveLength(1);
    // One thread: when the first unit is back (it reads and reports in turn). Two: once reading is over.
    if (threads === 1) expect(said[0]).toBe(1);
    expect(out.filter((o) => o.ok)).toHaveLength(8);
  }
});

test('a missing file and a folder named as a file are named alike on one thread (reading and reporting) or two (a reading thread apart)', async () => {
  const named = [files[0], path.join(dir, '不存在.xlsx'), dir, files[1]];
  const one = await readUnits(named, {}, { threads: 1 });
  const two = await readUnits(named, {}, { threads: 2 });
  expect(two).toEqual(one);
  expect(two.map((o) => (o.ok ? 'ok' : o.error.code))).toEqual(['ok', 'file_not_found', 'is_directory', 'ok']);
  expect(two[0].ok && two[0].value.fileTime).toMatch(/^\d{4}-\d\d-\d\dT/);
  expect(two.map((o) => (o.ok ? o.value.fileTime : undefined))).toEqual(
    one.map((o) => (o.ok ? o.value.fileTime : undefined)),
  );
});

test('a failure while reporting (not reading) is named per file in the same way on one thread or two', async () => {
  const one = await readUnits(files.slice(0, 3), { pack: 'no-such-pack' }, { threads: 1 });
  const two = await readUnits(files.slice(0, 3), { pack: 'no-such-pack' }, { threads: 2 });
  expect(two).toEqual(one);
  expect(two.map((o) => (o.ok ? 'ok' : o.error.code))).toEqual(['unknown_pack', 'unknown_pack', 'unknown_pack']);
});

test('threads only for batches large enough to pay for starting them, at most one per core', () => {
  expect(threadsFor(10, 8)).toBe(1);
  expect(threadsFor(650, 2)).toBe(2);
  expect(threadsFor(650, 16)).toBe(8);
});

test('the progress line is drawn only on a terminal, in place, and cleared at the end', () => {
  const written: string[] = [];
  const fake = (isTTY: boolean) => ({ isTTY, write: (s: string) => written.push(s) }) as unknown as NodeJS.WriteStream;
  const piped = terminalProgress((d, t) => `${d}/${t}`, fake(false));
  piped.update(30, 30);
  piped.clear();
  expect(written).toEqual([]);
  const tty = terminalProgress((d, t) => `${d}/${t}`, fake(true));
  tty.update(30, 30);
  tty.clear();
  expect(written).toEqual(['\r30/30\x1b[K', '\r\x1b[K']);
});
