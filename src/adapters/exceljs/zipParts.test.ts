import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import fc from 'fast-check';
import { useNativeDeflate, zipParts } from './zipParts';

afterEach(() => useNativeDeflate(undefined));

const parts = fc.dictionary(
  fc.stringMatching(/^xl\/[a-z]{1,8}\/[a-z0-9]{1,8}\.xml$/),
  fc.string({ unit: 'grapheme', maxLength: 2000 }),
  { minKeys: 1, maxKeys: 6 },
);

test('zipped with Node zlib or with fflate, every part unzips to what went in', () => {
  fc.assert(
    fc.property(parts, fc.boolean(), (texts, nativeZlib) => {
      useNativeDeflate(
        nativeZlib ? { deflateRaw: (d) => new Uint8Array(deflateRawSync(d)), crc32: (d) => crc32(d) } : undefined,
      );
      const files = Object.fromEntries(Object.entries(texts).map(([k, v]) => [k, strToU8(v)]));
      const back = unzipSync(zipParts(files));
      expect(Object.keys(back).sort()).toEqual(Object.keys(texts).sort());
      for (const [k, v] of Object.entries(texts)) expect(strFromU8(back[k])).toBe(v);
    }),
    { numRuns: 60 },
  );
});

/** What Python's zipfile finds wrong with a zip (it checks every CRC): the first bad part's name, or None. */
function testzip(zipped: Uint8Array): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'lianfang-zip-')), 'parts.zip');
  writeFileSync(file, zipped);
  const r = spawnSync(
    '/usr/bin/python3',
    ['-c', 'import sys, zipfile; print(zipfile.ZipFile(sys.argv[1]).testzip())', file],
    {
      encoding: 'utf8',
    },
  );
  return r.stdout.trim();
}

test("Python's zipfile reads the native zip with every checksum right, and would name a part whose checksum is wrong", () => {
  const parts = {
    'xl/workbook.xml': strToU8('<workbook/>'),
    'xl/worksheets/sheet1.xml': strToU8('<c>各单位汇总</c>'.repeat(500)),
  };
  useNativeDeflate({ deflateRaw: (d) => new Uint8Array(deflateRawSync(d)), crc32: (d) => crc32(d) });
  expect(testzip(zipParts(parts))).toBe('None');
  useNativeDeflate({
    deflateRaw: (d) => new Uint8Array(deflateRawSync(d)),
    crc32: (d) => (d.length > 100 ? 1 : crc32(d)),
  });
  expect(testzip(zipParts(parts))).toBe('xl/worksheets/sheet1.xml');
});
