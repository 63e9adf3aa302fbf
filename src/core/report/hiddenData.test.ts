import fc from 'fast-check';
import { isLianfangError } from '../errors';
import { message } from '../messages';
import type { WorkbookSnapshot } from '../port';
import {
  CHUNK,
  REPORT_DATA_SHEET,
  jsonChunks,
  readReportData,
  reportDataOps,
  reportDataParts,
  splitChunks,
} from './hiddenData';
import type { ReportModel } from './model';

const model = (text: string): ReportModel => ({
  app: 'lianfang-report',
  schema: 1,
  pack: 'puyang-2012',
  packName: '濮阳',
  plan: '方案',
  period: '2024年度',
  generated: '2024-08-26',
  units: [
    {
      unit: '濮阳市科学技术局',
      forms: [
        {
          form: 'A3',
          sheet: 'A3 张三',
          instance: '张三',
          header: { unit: '濮阳市科学技术局', when: { date: '2024-05-25' } },
          rows: [
            {
              row: 8,
              cells: { riskPoint: text, level: '一级', n: 3, ok: true, bad: { error: '#REF!' } },
              level: '一级',
              levelSource: 'entered',
            },
          ],
          stamps: [],
        },
      ],
      validation: { checked: true, errors: 0, warnings: 1, issues: [] },
    },
  ],
});

/** The snapshot a host would hand back after applying the ops. */
function snapshotOf(m: ReportModel): WorkbookSnapshot {
  const set = reportDataOps(m).find((o) => o.kind === 'setValues');
  if (set?.kind !== 'setValues') throw new Error('no values');
  return { sheets: [{ name: REPORT_DATA_SHEET, visibility: 'veryHidden', rows: set.values, merges: [] }], names: [] };
}

const codeOf = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    if (isLianfangError(e)) return e.code;
    throw e;
  }
  return 'none';
};

describe('report hidden data', () => {
  it('splits into cells under Excel’s limit and joins back to the same text, never cutting a pair or at a space', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 3000 }), fc.integer({ min: 2, max: 64 }), (s, size) => {
        const parts = splitChunks(s, size);
        expect(parts.join('')).toBe(s);
        for (const p of parts.slice(0, -1)) {
          expect(p.length).toBeLessThanOrEqual(size);
        }
      }),
    );
    const pair = '𠮷'.repeat(40_000);
    const parts = splitChunks(pair);
    expect(parts.join('')).toBe(pair);
    for (const p of parts) {
      expect(p.length).toBeLessThanOrEqual(CHUNK);
      expect(p.charCodeAt(p.length - 1) >= 0xd800 && p.charCodeAt(p.length - 1) <= 0xdbff).toBe(false);
    }
  });

  it('makes the JSON a piece at a time into exactly the cells one long string would be cut into', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 8 }), fc.integer({ min: 2, max: 64 }), (v, size) => {
        expect([...jsonChunks(v, size)]).toEqual(splitChunks(JSON.stringify(v), size));
      }),
    );
    const m = model('在科技项目立项中利用审批权 '.repeat(5000));
    expect([...jsonChunks(m)]).toEqual(splitChunks(JSON.stringify(m)));
    const parts = [...reportDataParts(m)];
    expect(parts.flat().flatMap((o) => (o.kind === 'setValues' ? o.values.flat() : []))).toEqual(
      splitChunks(JSON.stringify(m)),
    );
  });

  it('reads back exactly what was written, over several cells when the JSON is long', () => {
    const m = model('在科技项目立项中利用审批权 '.repeat(5000));
    const snap = snapshotOf(m);
    expect(snap.sheets[0].rows.length).toBeGreaterThan(2);
    expect(readReportData(snap)).toEqual(m);
  });

  it('refuses a missing, broken, foreign-version or wrongly shaped data sheet with a zh-CN message', () => {
    const good = snapshotOf(model('x'));
    const withText = (t: unknown): WorkbookSnapshot => ({
      ...good,
      sheets: [{ ...good.sheets[0], rows: [[t as string]] }],
    });
    expect(codeOf(() => readReportData({ sheets: [], names: [] }))).toBe('report_data_missing');
    expect(codeOf(() => readReportData(withText('{"app":"lianfang-report",')))).toBe('report_data_malformed');
    expect(codeOf(() => readReportData(withText(42)))).toBe('report_data_malformed');
    expect(codeOf(() => readReportData(withText('{"app":"lianfang-report","schema":2}')))).toBe('report_data_version');
    const json = JSON.parse(String(good.sheets[0].rows[0][0]));
    json.units[0].forms[0].rows[0].cells.riskPoint = { html: '<b>' };
    expect(codeOf(() => readReportData(withText(JSON.stringify(json))))).toBe('report_data_malformed');
    json.units[0].forms[0].rows[0].cells.riskPoint = 'ok';
    json.__proto__extra = 1;
    expect(codeOf(() => readReportData(withText(JSON.stringify(json))))).toBe('report_data_malformed');
    expect(message('report_data_malformed', { sheet: REPORT_DATA_SHEET, reason: 'x' })).toContain('已损坏');
  });
});
