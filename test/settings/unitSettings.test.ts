import ExcelJS from 'exceljs';
import { applyOps } from '../../src/adapters/exceljs/applyOps';
import { snapshotWorkbook } from '../../src/adapters/exceljs/snapshot';
import { message } from '../../src/core/messages';
import type { WorkbookSnapshot } from '../../src/core/port';
import {
  MAX_SEAL_BASE64,
  UNIT_SHEET,
  readUnitSettings,
  unitSettingsOps,
  type UnitSettings,
} from '../../src/core/settings/unit';

// A 1×1 red PNG.
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==';
/** A PNG-looking base64 of about `n` characters (spans several cells). */
const bigPng = (n: number) => ('iVBORw0KGgoA' + 'QUJD'.repeat(Math.ceil(n / 4))).slice(0, Math.floor(n / 4) * 4);

/** Applies the ops to a workbook, writes it to .xlsx, reads it back as a snapshot. */
async function throughXlsx(settings: UnitSettings, wb = new ExcelJS.Workbook()): Promise<WorkbookSnapshot> {
  if (!wb.worksheets.length) wb.addWorksheet('Sheet1').getCell('A1').value = '用户的数据';
  applyOps(wb, unitSettingsOps(settings, snapshotWorkbook(wb)));
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(await wb.xlsx.writeBuffer());
  return snapshotWorkbook(back);
}

const hiddenSheet = (rows: unknown[][]): WorkbookSnapshot => ({
  sheets: [{ name: UNIT_SHEET, visibility: 'veryHidden', rows: rows as never, merges: [] }],
  names: [],
});

describe('unit settings kept in the workbook', () => {
  test('name and a seal over many cells come back equal through a real .xlsx, in a veryHidden sheet', async () => {
    const settings = { unitName: '濮阳市某某局', sealPng: bigPng(95_000) };
    const snap = await throughXlsx(settings);
    expect(readUnitSettings(snap)).toEqual(settings);
    const sheet = snap.sheets.find((s) => s.name === UNIT_SHEET)!;
    expect(sheet.visibility).toBe('veryHidden');
    expect(sheet.rows.length).toBe(5); // header + 4 chunks of at most 30,000
    for (const r of sheet.rows) expect(String(r[0]).length).toBeLessThanOrEqual(32_767);
    // The user's sheet is untouched and stays the only visible one.
    expect(snap.sheets.filter((s) => s.visibility === 'visible').map((s) => s.name)).toEqual(['Sheet1']);
    expect(snap.sheets[0].rows[0][0]).toBe('用户的数据');
  });

  test('saving again replaces the old settings (a removed seal is gone)', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1');
    applyOps(wb, unitSettingsOps({ unitName: '甲单位', sealPng: bigPng(70_000) }, snapshotWorkbook(wb)));
    const snap = await throughXlsx({ unitName: '乙单位' }, wb);
    expect(readUnitSettings(snap)).toEqual({ unitName: '乙单位' });
  });

  test('a workbook without the sheet has no settings', () => {
    expect(readUnitSettings({ sheets: [], names: [] })).toBeNull();
  });

  test('refuses a seal that is not a PNG or too large, with a message saying what to do', () => {
    const empty = { sheets: [], names: [] };
    expect(() => unitSettingsOps({ unitName: 'x', sealPng: '/9j/4AAQSkZJRg==' }, empty)).toThrow(
      expect.objectContaining({ code: 'unit_seal_not_png' }),
    );
    let err: unknown;
    try {
      unitSettingsOps({ unitName: 'x', sealPng: bigPng(MAX_SEAL_BASE64 + 4) }, empty);
    } catch (e) {
      err = e;
    }
    const { code, params } = err as { code: string; params: Record<string, string> };
    expect(code).toBe('unit_seal_too_large');
    expect(message(code, params)).toMatch(/公章图片有 \d+ KB，超过.*上限 \d+ KB/);
  });

  test.each([
    ['not JSON', [['{oops']]],
    ['a number in A1', [[42]]],
    ['wrong app', [[JSON.stringify({ app: 'other', version: 1, unitName: 'x', sealChunks: 0 })]]],
    ['extra keys', [[JSON.stringify({ app: 'lianfang-unit', version: 1, unitName: 'x', sealChunks: 0, evil: 1 })]]],
    ['missing chunks', [[JSON.stringify({ app: 'lianfang-unit', version: 1, unitName: 'x', sealChunks: 2 })], [PNG]]],
    [
      'a seal that is not PNG',
      [[JSON.stringify({ app: 'lianfang-unit', version: 1, unitName: 'x', sealChunks: 1 })], ['AAAA']],
    ],
  ])('malformed stored data (%s) is a clear error, never a half-trusted object', (_, rows) => {
    let err: unknown;
    try {
      readUnitSettings(hiddenSheet(rows));
    } catch (e) {
      err = e;
    }
    const { code, params } = err as { code: string; params: Record<string, string> };
    expect(code).toBe('unit_settings_malformed');
    expect(message(code, params)).toContain(`隐藏表「${UNIT_SHEET}」`);
  });

  test('a newer version says to upgrade', () => {
    const rows = [[JSON.stringify({ app: 'lianfang-unit', version: 2, unitName: 'x', sealChunks: 0 })]];
    expect(() => readUnitSettings(hiddenSheet(rows))).toThrow(
      expect.objectContaining({ code: 'unit_settings_version' }),
    );
  });

  test('a __proto__ key in the stored JSON pollutes nothing', () => {
    const rows = [['{"app":"lianfang-unit","version":1,"unitName":"x","sealChunks":0,"__proto__":{"polluted":1}}']];
    expect(() => readUnitSettings(hiddenSheet(rows))).toThrow(
      expect.objectContaining({ code: 'unit_settings_malformed' }),
    );
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});
