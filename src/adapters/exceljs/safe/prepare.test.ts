import fc from 'fast-check';
import ExcelJS from 'exceljs';
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { isLianfangError } from '../../../core/errors';
import { readSafely } from './load';
import { isHostileName } from './names';
import { prepareWorkbook } from './prepare';

let base: Uint8Array;
beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('表一').getCell('A1').value = '岗位';
  wb.addWorksheet('表二').getCell('B2').value = 2;
  wb.definedNames.add("'表一'!$A$1", 'N1');
  wb.definedNames.add("'表二'!$B$2", 'N2');
  base = new Uint8Array(await wb.xlsx.writeBuffer());
});

const protoKeys = () => Reflect.ownKeys(Object.prototype).length;

test('random bytes and damaged zips only ever give a LianfangError', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
      try {
        prepareWorkbook(bytes, 'x.xlsx');
      } catch (e) {
        expect(isLianfangError(e)).toBe(true);
      }
    }),
  );
  fc.assert(
    fc.property(
      fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 20 }),
      (flips) => {
        const bytes = base.slice();
        for (const [at, v] of flips) bytes[at % bytes.length] = v;
        try {
          prepareWorkbook(bytes, 'x.xlsx');
        } catch (e) {
          expect(isLianfangError(e)).toBe(true);
        }
      },
    ),
    { numRuns: 200 },
  );
});

test('no sheet or defined name in a file can reach a prototype, and none survives hostile', async () => {
  const hostile = fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    'hasOwnProperty',
    '__defineGetter__',
    'valueOf',
  );
  await fc.assert(
    fc.asyncProperty(hostile, hostile, hostile, async (sheet, name1, name2) => {
      const parts = unzipSync(base) as Record<string, Uint8Array>;
      const xml = new TextDecoder()
        .decode(parts['xl/workbook.xml'])
        .split('表一')
        .join(sheet)
        .replace('name="N1"', `name="${name1}"`)
        .replace('name="N2"', `name="${name2}"`);
      parts['xl/workbook.xml'] = strToU8(xml);
      const before = protoKeys();
      const r = await readSafely(zipSync(parts as Zippable), 'x.xlsx');
      expect(protoKeys()).toBe(before);
      for (const s of r.snapshot.sheets) expect(isHostileName(s.name)).toBe(false);
      for (const n of r.snapshot.names) expect(isHostileName(n.name)).toBe(false);
      expect(r.snapshot.sheets[0].rows[0][0]).toBe('岗位');
      expect(r.snapshot.names.find((n) => n.range === '$A$1')?.sheet).toBe(r.snapshot.sheets[0].name);
    }),
    { numRuns: 25 },
  );
});
