import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { cellAddress, parseRange } from '../../core/a1';
import { compactValidations, workbookBytes } from './write';

const LISTS: ExcelJS.DataValidation[] = [
  { type: 'list', allowBlank: true, formulae: ['"一级,二级,三级"'] },
  { type: 'list', allowBlank: true, formulae: ['"是,否"'] },
  { type: 'whole', allowBlank: true, operator: 'between', formulae: [1, 5] },
];

const cells = (ranges: string[]) =>
  ranges.flatMap((ref) => {
    const b = parseRange(ref);
    const out: string[] = [];
    for (let r = b.top; r <= b.bottom; r++) for (let c = b.left; c <= b.right; c++) out.push(cellAddress(r, c));
    return out;
  });

describe('compactValidations', () => {
  it('covers exactly the same cells with the same rule, in ranges that never overlap', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 6 }), fc.nat(2)), {
          maxLength: 120,
        }),
        (entries) => {
          const model: Record<string, ExcelJS.DataValidation> = {};
          for (const [r, c, v] of entries) model[cellAddress(r, c)] = LISTS[v];
          const out = compactValidations(model);
          const seen = new Map<string, ExcelJS.DataValidation>();
          for (const [ref, dv] of Object.entries(out))
            for (const a of cells([ref])) {
              expect(seen.has(a)).toBe(false);
              seen.set(a, dv!);
            }
          expect(Object.fromEntries([...seen].sort())).toEqual(Object.fromEntries(Object.entries(model).sort()));
        },
      ),
    );
  });

  it('gives each cell of ranges, overlapping or not, the rule of the last range over it', () => {
    const box = fc.tuple(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 6 }), fc.nat(12), fc.nat(3));
    fc.assert(
      fc.property(fc.array(fc.tuple(box, fc.nat(2)), { maxLength: 12 }), (entries) => {
        const model: Record<string, ExcelJS.DataValidation> = {};
        const expected = new Map<string, ExcelJS.DataValidation>();
        for (const [[r, c, h, w], v] of entries) {
          const ref = `${cellAddress(r, c)}:${cellAddress(r + h, c + w)}`;
          delete model[ref]; // as the streaming writer keeps a later rule over the same range
          model[ref] = LISTS[v];
        }
        for (const [ref, dv] of Object.entries(model)) for (const a of cells([ref])) expected.set(a, dv);
        const seen = new Map<string, ExcelJS.DataValidation>();
        for (const [ref, dv] of Object.entries(compactValidations(model)))
          for (const a of cells([ref])) {
            expect(seen.has(a)).toBe(false);
            seen.set(a, dv!);
          }
        expect(Object.fromEntries([...seen].sort())).toEqual(Object.fromEntries([...expected].sort()));
      }),
    );
  });

  it('makes one range of a column ExcelJS splits in two (E5:E16, not E10:E16 + E5:E16)', () => {
    const model: Record<string, ExcelJS.DataValidation> = {};
    for (let r = 5; r <= 16; r++) model[`E${r}`] = LISTS[0];
    expect(Object.keys(compactValidations(model))).toEqual(['E5:E16']);
  });

  it('joins neighbouring columns with the same rows and rule into one block', () => {
    const model: Record<string, ExcelJS.DataValidation> = {};
    for (let r = 8; r <= 13; r++) for (const c of 'BCD') model[`${c}${r}`] = { ...LISTS[2] };
    expect(Object.keys(compactValidations(model))).toEqual(['B8:D13']);
  });
});

it('workbookBytes writes the validations Excel reads back cell for cell and leaves the workbook as it was', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('表');
  for (let r = 5; r <= 16; r++) ws.getCell(`E${r}`).dataValidation = LISTS[0];
  ws.getCell('F9').dataValidation = LISTS[1];
  const back = new ExcelJS.Workbook();
  await back.xlsx.load((await workbookBytes(wb)) as unknown as ArrayBuffer);
  const read = back.getWorksheet('表')!;
  for (let r = 1; r <= 20; r++)
    expect([r, read.getCell(`E${r}`).dataValidation?.formulae]).toEqual([
      r,
      r >= 5 && r <= 16 ? LISTS[0].formulae : undefined,
    ]);
  expect(read.getCell('F9').dataValidation?.formulae).toEqual(LISTS[1].formulae);
  // The in-memory workbook still answers per cell, as ExcelJS users expect.
  expect(ws.getCell('E7').dataValidation).toBe(LISTS[0]);
});
