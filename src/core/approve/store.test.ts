import type { CellValue } from '../cell';
import type { Op } from '../ops';
import type { WorkbookSnapshot } from '../port';
import { C14N_VERSION, type CanonicalContent } from './canonical';
import type { Stamp } from './stamp';
import { readStampStore, stampStoreOps, STAMPS_SHEET } from './store';

const stamp: Stamp = {
  v: 1,
  c14n: C14N_VERSION,
  form: 'A3',
  anchor: 'LF_A3_1',
  sheet: 'A3 张三',
  role: 'self',
  signer: '张三',
  opinion: '同意',
  text: '',
  at: '2026-11-26T09:30:00+08:00',
  digest: 'a'.repeat(64),
  key: { kty: 'EC', crv: 'P-256', x: 'x'.repeat(43), y: 'y'.repeat(43) },
  fingerprint: 'b'.repeat(64),
  prev: null,
  sig: 'c2ln',
};

/** The sheet as a host would hand it back after applying the ops. */
function sheetFrom(ops: Op[]): WorkbookSnapshot {
  const set = ops.find((o): o is Extract<Op, { kind: 'setValues' }> => o.kind === 'setValues')!;
  return { sheets: [{ name: STAMPS_SHEET, visibility: 'veryHidden', rows: set.values, merges: [] }], names: [] };
}

describe('stamps sheet', () => {
  it('splits long records over cells (never beside a space or inside a surrogate pair) and reads them back', () => {
    const long = `s:${'风险 点😀 '.repeat(4_500)}`; // near a cell's 32 767-character limit
    const content: CanonicalContent = {
      c14n: C14N_VERSION,
      form: 'A3',
      header: {},
      rows: [{ riskPoint: long }, { riskPoint: long }],
    };
    const ops = stampStoreOps([stamp], new Map([[stamp.digest, content]]), false);
    expect(ops[0]).toEqual({ kind: 'addSheet', sheet: STAMPS_SHEET, visibility: 'veryHidden' });
    const wb = sheetFrom(ops);
    const cells = wb.sheets[0].rows[2].filter((c): c is string => typeof c === 'string');
    expect(cells.length).toBeGreaterThan(2);
    for (const c of cells) {
      expect(c.length).toBeLessThanOrEqual(30_000);
      expect(c).toBe(c.trim());
      expect(c).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/);
    }
    const store = readStampStore(wb);
    expect(store.problems).toEqual([]);
    expect(store.stamps).toEqual([stamp]);
    expect(store.contents.get(stamp.digest)).toEqual(content);
  });

  it('never trusts the shape: odd records are reported by row, not thrown', () => {
    const wb = sheetFrom(stampStoreOps([stamp], new Map(), true));
    const rows = wb.sheets[0].rows as CellValue[][];
    rows.push(['{"type":"stamp","stamp":{"v":1,"__proto__":{"x":1}}}'], ['not json'], [42]);
    const store = readStampStore(wb);
    expect(store.stamps).toHaveLength(1);
    expect(store.problems).toEqual([
      { code: 'stamp_record_invalid', row: 3 },
      { code: 'stamp_record_invalid', row: 4 },
      { code: 'stamp_record_invalid', row: 5 },
    ]);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    const noHeader = readStampStore({ ...wb, sheets: [{ ...wb.sheets[0], rows: [['x'], ...rows.slice(1)] }] });
    expect(noHeader.problems).toEqual([{ code: 'stamps_sheet_unreadable', row: 1 }]);
  });
});
