import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { applyOps } from '../../src/adapters/exceljs/applyOps';
import { findPack } from '../../src/core/packs';
import {
  CHUNK,
  REPORT_DATA_SHEET,
  buildReportFromModel,
  readReportData,
  type ReportModel,
} from '../../src/core/report';
import { DIR, load, openpyxl } from './helpers';

/** A report whose JSON is far beyond one cell's 32,767 characters, written and read by real readers. */
it('splits a long hidden JSON over cells that ExcelJS and openpyxl both join back to the same document', async () => {
  const pack = findPack('puyang-2012')!;
  const model: ReportModel = {
    app: 'lianfang-report',
    schema: 1,
    pack: pack.id,
    packName: pack.name,
    plan: pack.plan,
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
            header: { unit: '濮阳市科学技术局', name: '张三', post: '科员', duties: '项目受理 ' },
            rows: Array.from({ length: 400 }, (_, i) => ({
              row: 8 + i,
              // Spaces, surrogate pairs and quotes at every position a chunk edge may fall on.
              cells: { riskPoint: `第${i}条 𠮷"风险" ${'审批权 '.repeat(40)}`, level: '二级', category: '岗位职责' },
              level: '二级',
              levelSource: 'entered' as const,
            })),
            stamps: [],
          },
        ],
        validation: { checked: false, errors: 0, warnings: 0, issues: [] },
      },
    ],
  };
  const wb = new ExcelJS.Workbook();
  applyOps(wb, buildReportFromModel(pack, model).ops);
  // Its own folder: report.test.ts empties DIR when it starts, possibly while this test runs.
  const own = path.join(DIR, '..', 'big');
  mkdirSync(own, { recursive: true });
  const file = path.join(own, 'big-data.xlsx');
  writeFileSync(file, new Uint8Array(await wb.xlsx.writeBuffer()));
  const { snap } = await load(file);
  const data = snap.sheets.find((s) => s.name === REPORT_DATA_SHEET)!;
  expect(data.rows.length).toBeGreaterThan(3);
  for (const r of data.rows) expect(String(r[0]).length).toBeLessThanOrEqual(CHUNK);
  expect(readReportData(snap)).toEqual(model);
  const py = openpyxl(file).sheets.find((s) => s.name === REPORT_DATA_SHEET)!;
  expect(JSON.parse(py.values.map((r) => r[0]).join(''))).toEqual(model);
});
