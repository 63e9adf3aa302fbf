import fc from 'fast-check';
import type { CellValue } from '../cell';
import type { RecognisedForm } from '../recognise/types';
import {
  canonicalBytes,
  canonicalContent,
  canonicalNumber,
  canonicalValue,
  contentDigest,
  stampedValue,
} from './canonical';

const COLS = ['riskPoint', 'level', 'category', 'probability'];

/** A form as recognition hands it over, from a header map and rows of cells. */
function form(header: Record<string, CellValue>, rows: CellValue[][], opts: { offset?: number } = {}): RecognisedForm {
  const columns: Record<string, number> = {};
  COLS.forEach((k, i) => (columns[k] = i + 1));
  return {
    pack: 'puyang-2012',
    form: 'A3',
    sheet: 'A3',
    how: 'meta',
    headerRow: 6,
    columns,
    header: Object.fromEntries(Object.entries(header).map(([k, v], i) => [k, { value: v, cell: `C${i + 2}` }])),
    rows: rows.map((r, i) => ({
      row: 7 + i + (opts.offset ?? 0),
      cells: Object.fromEntries(COLS.map((k, c) => [k, r[c] ?? null])),
    })),
    bodyEnd: 7 + rows.length,
    signoff: {},
  };
}

const text = fc.string({
  unit: fc.constantFrom('张', '三', 'a', 'B', '1', '-', '。', 'é', ' ', '\u3000'),
  maxLength: 8,
});
const value: fc.Arbitrary<CellValue> = fc.oneof(
  text,
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -1e6, max: 1e6 }),
  fc.boolean(),
  fc.constant(null),
  fc.date({ min: new Date('1990-01-01'), max: new Date('2090-01-01'), noInvalidDate: true }).map((d) => ({
    date: d.toISOString().slice(0, 10),
  })),
);
const rowsArb = fc.array(fc.array(value, { minLength: 4, maxLength: 4 }), { maxLength: 6 });
const headerArb = fc.record({ unit: value, name: value, post: value });

/** The same content as another writer might hand it over: padded, decomposed, 17-digit numbers, -0. */
function variant(v: CellValue, pad: string): CellValue {
  if (typeof v === 'string') return `${pad}${v.normalize('NFD')}${pad}`;
  if (typeof v === 'number') return v === 0 ? -0 : Number(v.toPrecision(17));
  if (v && typeof v === 'object' && 'date' in v) return { date: `${v.date}T00:00:00` };
  return v;
}

describe('canonical form lianfang-c14n-1', () => {
  it('equal content gives equal bytes under whitespace, NFC and number-format variations', async () => {
    await fc.assert(
      fc.asyncProperty(headerArb, rowsArb, fc.constantFrom(' ', '\u3000', '\t', ' \u3000 '), async (h, rows, pad) => {
        const a = form(h, rows);
        const b = form(
          Object.fromEntries(Object.entries(h).map(([k, v]) => [k, variant(v, pad)])),
          rows.map((r) => r.map((v) => variant(v, pad))),
        );
        expect(new TextDecoder().decode(canonicalBytes(canonicalContent(b)))).toBe(
          new TextDecoder().decode(canonicalBytes(canonicalContent(a))),
        );
      }),
      { numRuns: 150 },
    );
  });

  it('blank rows anywhere, blank cells and row positions are invisible', async () => {
    await fc.assert(
      fc.asyncProperty(headerArb, rowsArb, fc.nat(5), fc.nat(3), async (h, rows, at, offset) => {
        const blank: CellValue[] = [null, '  ', '\u3000', ''];
        const padded = [...rows.slice(0, at), blank, ...rows.slice(at), blank, blank];
        expect(await contentDigest(canonicalContent(form(h, padded, { offset })))).toBe(
          await contentDigest(canonicalContent(form(h, rows))),
        );
      }),
      { numRuns: 100 },
    );
  });

  it('any change of one value changes the digest', async () => {
    await fc.assert(
      fc.asyncProperty(
        headerArb,
        rowsArb.filter((r) => r.length > 0),
        fc.nat(),
        fc.nat(3),
        value,
        async (h, rows, ri, ci, v) => {
          const i = ri % rows.length;
          fc.pre(canonicalValue(v) !== canonicalValue(rows[i][ci]));
          const changed = rows.map((r, k) => (k === i ? r.map((x, c) => (c === ci ? v : x)) : r));
          // A change that blanks a whole row is a change too, unless the row was otherwise empty.
          fc.pre(!(canonicalValue(v) === null && rows[i].every((x, c) => c === ci || canonicalValue(x) === null)));
          expect(await contentDigest(canonicalContent(form(h, changed)))).not.toBe(
            await contentDigest(canonicalContent(form(h, rows))),
          );
        },
      ),
      { numRuns: 150 },
    );
  });

  it('numbers: shortest form, -0 is 0, integers without .0, 15 significant digits', () => {
    expect(canonicalNumber(-0)).toBe('0');
    expect(canonicalNumber(3)).toBe('3');
    expect(canonicalNumber(3.0)).toBe('3');
    expect(canonicalNumber(0.1 + 0.2)).toBe('0.3');
    expect(canonicalNumber(1234.5)).toBe('1234.5');
    expect(canonicalValue(5)).not.toBe(canonicalValue('5'));
    expect(canonicalValue({ date: '2024-05-25T00:00:00' })).toBe('d:2024-05-25');
    expect(canonicalValue({ date: '2024-05-25T08:30:00' })).toBe('d:2024-05-25T08:30:00');
    expect(canonicalValue('\u3000 张三 \u3000')).toBe('s:张三');
    expect(canonicalValue('a\r\nb')).toBe('s:a\nb');
  });
});

describe('a header value typed after its label in one cell', () => {
  it('is covered as lianfang read it before it kept ；（： and line breaks: stamps signed then still hold', () => {
    const typed = { value: '1.负责资金拨付；\n2.联系科室：预算股（兼）', cell: 'A4', inCell: true as const };
    const before = { value: '1.负责资金拨付; 2.联系科室:预算股(兼)', cell: 'A4' };
    expect(canonicalValue(stampedValue(typed))).toBe(canonicalValue(stampedValue(before)));
    // A value in its own cell is covered exactly as typed.
    expect(stampedValue({ value: '预算股（兼）', cell: 'B4' })).toBe('预算股（兼）');
  });
});
