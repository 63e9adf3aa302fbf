import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readSafely } from '../../src/adapters/exceljs/safe/load';
import { isLianfangError } from '../../src/core/errors';
import { hasMessage, message } from '../../src/core/messages';
import { main } from '../../src/doors/cli/main';
import type { Io } from '../../src/doors/cli/output';
import { buildCorpus, type CorpusCase } from './corpus';

/** Every crafted or broken file gives a clear outcome and leaves the process as it was. */
let dir: string;
let cases: CorpusCase[];
const protoKeys = () => Reflect.ownKeys(Object.prototype).length;
const cleanProto = protoKeys();

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'lianfang-hostile-'));
  cases = await buildCorpus(dir);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const capture = () => {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (s) => void out.push(s), err: (s) => void err.push(s), debug: false };
  return { io, out, err };
};

test('the corpus covers every kind of hostile file the issue names', () => {
  const names = cases.map((c) => c.name);
  for (const n of [
    'truncated',
    'zero-bytes',
    'text-renamed',
    'zip-bomb',
    '10000-entries',
    'billion-laughs',
    'xxe',
    'proto-defined-names',
    'proto-sheet-names',
    'whole-sheet-merge',
    'xfd1048576-dimension',
    'missing-sheet-part',
    'invalid-utf8',
    'deep-nesting',
    'encrypted',
    'openpyxl-chart',
    'openpyxl-comments',
  ])
    expect(names).toContain(n);
});

test('each file, read in-process, gives its expected code or reads with its expected warnings', async () => {
  for (const c of cases) {
    const outcome = await readSafely(new Uint8Array(readFileSync(c.file)), c.file).then(
      (r) => ({ ok: true as const, r }),
      (e: unknown) => ({ ok: false as const, e }),
    );
    if (c.error) {
      expect({ name: c.name, ok: outcome.ok }).toEqual({ name: c.name, ok: false });
      if (outcome.ok) continue;
      expect(isLianfangError(outcome.e)).toBe(true);
      const e = outcome.e as { code: string; params: Record<string, unknown> };
      expect({ name: c.name, code: e.code }).toEqual({ name: c.name, code: c.error });
      expect(hasMessage(e.code)).toBe(true);
      const text = message(e.code, e.params as never);
      expect(text).toContain(c.file);
      if (c.part) expect(text).toContain(c.part);
    } else {
      if (!outcome.ok) throw new Error(`${c.name} should read but gave ${String((outcome.e as Error).message)}`);
      const codes = outcome.r.warnings.map((w) => w.code);
      for (const w of c.warnings ?? [])
        expect({ name: c.name, codes }).toEqual({ name: c.name, codes: expect.arrayContaining([w]) });
      for (const w of outcome.r.warnings) expect(message(w.code, w.params)).toContain(c.file);
      expect(outcome.r.snapshot.sheets.length).toBeGreaterThan(0);
    }
    expect(protoKeys()).toBe(cleanProto);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }
});

test('hostile names are renamed and their references followed, so the data is still there', async () => {
  const file = cases.find((c) => c.name === 'proto-sheet-names')!.file;
  const r = await readSafely(new Uint8Array(readFileSync(file)), file);
  expect(r.snapshot.sheets.map((s) => s.name)).toEqual(['_lf__proto__', '_lfconstructor']);
  expect(r.snapshot.sheets[0].rows[1]).toEqual(['岗位1', '廉政风险1', 1]);
  expect(r.snapshot.names).toContainEqual({ name: 'Foo', sheet: '_lf__proto__', range: '$A$1:$C$2' });
  const names = cases.find((c) => c.name === 'proto-defined-names')!.file;
  const n = await readSafely(new Uint8Array(readFileSync(names)), names);
  expect(n.snapshot.names.map((x) => x.name).sort()).toEqual(['_lf__proto__', '_lfconstructor']);
  const json = cases.find((c) => c.name === 'proto-cells-and-hidden-json')!.file;
  const j = await readSafely(new Uint8Array(readFileSync(json)), json);
  expect(j.snapshot.sheets[0].rows[0][0]).toBe('__proto__');
  expect(protoKeys()).toBe(cleanProto);
});

test('a part written in GBK (declared) reads as the same Chinese text', async () => {
  const file = cases.find((c) => c.name === 'gbk-shared-strings')!.file;
  const r = await readSafely(new Uint8Array(readFileSync(file)), file);
  expect(r.snapshot.sheets[0].rows[1]).toEqual(['岗位1', '廉政风险1', 1]);
});

test('SpreadsheetML written with an x: prefix (OpenXML SDK) reads like any other file', async () => {
  const file = cases.find((c) => c.name === 'x-prefixed-spreadsheetml')!.file;
  const r = await readSafely(new Uint8Array(readFileSync(file)), file);
  expect(r.snapshot.sheets.map((s) => s.name)).toEqual(['风险点', '备注']);
  expect(r.snapshot.sheets[0].rows[1]).toEqual(['岗位1', '廉政风险1', 1]);
  expect(r.snapshot.names.map((n) => n.name)).toEqual(['Foo', 'Bar']);
});

test('oversized ranges are neutralised before ExcelJS: whole-sheet merge ignored, validation clipped, data kept', async () => {
  const merge = cases.find((c) => c.name === 'whole-sheet-merge')!.file;
  const m = await readSafely(new Uint8Array(readFileSync(merge)), merge);
  expect(m.snapshot.sheets[0].merges).toEqual([]);
  expect(m.snapshot.sheets[0].rows[0]).toEqual(['岗位', '风险点', '等级']);
  const dim = cases.find((c) => c.name === 'xfd1048576-dimension')!.file;
  const d = await readSafely(new Uint8Array(readFileSync(dim)), dim);
  expect(d.snapshot.sheets[0].rows.length).toBe(1_048_576);
  expect(d.snapshot.sheets[0].rows[1_048_575][16_383]).toBe('末格');
});

test('the whole corpus through the real CLI: JSON outcome per file, exit 2, and the process still reads', async () => {
  const { io, out } = capture();
  const code = await main(['node', 'lianfang', 'inspect', ...cases.map((c) => c.file), '--json'], io);
  expect(code).toBe(2);
  const list = JSON.parse(out.join('')) as Array<{
    file: string;
    ok: boolean;
    error?: { code: string; message: string };
  }>;
  expect(list.map((l) => l.file)).toEqual(cases.map((c) => c.file));
  for (const [i, c] of cases.entries()) {
    expect({ name: c.name, ok: list[i].ok, code: list[i].error?.code }).toEqual({
      name: c.name,
      ok: !c.error,
      code: c.error,
    });
    if (c.error) expect(list[i].error!.message).toContain(c.file);
  }
  expect(protoKeys()).toBe(cleanProto);
  const again = capture();
  expect(await main(['node', 'lianfang', 'inspect', cases[0].file], again.io)).toBe(0);
  expect(again.out.join('\n')).toContain('风险点\t6 行');
});

test('errors print as zh-CN sentences with a code, never a stack trace', async () => {
  const { io, err } = capture();
  const bad = ['zero-bytes', 'encrypted', 'missing-sheet-part', 'zip-bomb'].map(
    (n) => cases.find((c) => c.name === n)!.file,
  );
  expect(await main(['node', 'lianfang', 'inspect', ...bad], io)).toBe(2);
  const text = err.join('\n');
  expect(text).toContain('不是有效的 Excel 文件');
  expect(text).toContain('文件已加密');
  expect(text).toContain('文件已损坏');
  expect(text).toContain('文件过大');
  expect(text).not.toMatch(/\n\s+at /);
});
