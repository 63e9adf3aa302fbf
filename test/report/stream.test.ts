import ExcelJS from 'exceljs';
import { applyOps } from '../../src/adapters/exceljs/applyOps';
import { newWorkbook } from '../../src/adapters/exceljs/lazy';
import { STREAM_FROM_PLAN_ROWS, planBytes, streamable, streamOpsBytes } from '../../src/adapters/exceljs/streamOps';
import { snapshotWorkbook } from '../../src/adapters/exceljs/snapshot';
import { workbookBytes } from '../../src/adapters/exceljs/write';
import { readWorkbookStreamed } from '../../src/adapters/xlsx/read';
import type { Pack } from '../../src/core/forms/pack';
import { PACKS } from '../../src/core/packs';
import { REPORT_DATA_SHEET, buildReportFromModel, readReportData, type ReportModel } from '../../src/core/report';
import { excelProblems } from '../helpers/excelStrict';
import type { Op } from '../../src/core/ops';

/** A unit's report of every form of its pack's sample, each form's rows repeated to `copies` times. */
function model(pack: Pack, copies: number): ReportModel {
  const levels = pack.grading.levels.map((l) => l.name);
  return {
    app: 'lianfang-report',
    schema: 1,
    pack: pack.id,
    packName: pack.name,
    plan: pack.plan,
    period: '2024年度',
    generated: '2024-12-31',
    units: [
      {
        unit: pack.sample.unit,
        forms: pack.sample.instances.map((s, k) => ({
          form: s.form,
          sheet: `${s.form} ${k + 1}`,
          header: { ...s.header },
          rows: Array.from({ length: s.rows.length * copies }, (_, i) => {
            const level = levels[i % levels.length];
            return {
              row: i + 5,
              cells: { ...s.rows[i % s.rows.length], level },
              level,
              levelSource: 'entered' as const,
            };
          }),
          stamps: [],
        })),
        validation: {
          checked: true,
          errors: 1,
          warnings: 0,
          // Text XML has to escape, keep spaces around, or cannot hold at all (the control character is left out).
          issues: [
            { code: 'x', severity: 'error', sheet: 'D1', cell: 'C5', message: ` 风险 <a & b>"'\n第二行\u0001 ` },
            // Enough words that the hidden JSON runs over several cells.
            ...Array.from({ length: 400 }, (_, i) => ({
              code: 'y',
              severity: 'info' as const,
              message: `第${i + 1}条提示：${'廉政风险防控 '.repeat(12)}`,
            })),
          ],
        },
      },
    ],
  };
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

const json = (v: unknown) => JSON.parse(JSON.stringify(v ?? null));

/** What a person (or Excel) sees of a sheet: every cell's value, style, merge and validation, and the sheet's set-up. */
function seen(ws: ExcelJS.Worksheet) {
  const cells: Record<string, unknown> = {};
  for (let r = 1; r <= ws.rowCount; r++)
    for (let c = 1; c <= ws.columnCount; c++) {
      const cell = ws.getCell(r, c);
      if (cell.value === null && !Object.keys(cell.style ?? {}).length && !cell.dataValidation) continue;
      cells[cell.address] = json({
        value: cell.value,
        style: cell.style,
        master: cell.isMerged ? cell.master.address : null,
        validation: cell.dataValidation,
        note: cell.note,
        height: ws.getRow(r).height,
      });
    }
  const model = ws.model as unknown as Record<string, unknown>;
  return {
    name: ws.name,
    state: ws.state,
    tab: json(ws.properties.tabColor),
    views: json(ws.views),
    pageSetup: json(ws.pageSetup),
    headerFooter: json(ws.headerFooter),
    widths: (ws.columns ?? []).map((c) => c.width ?? null),
    merges: [...((model.merges as string[]) ?? [])].sort(),
    conditional: json(model.conditionalFormattings),
    cells,
  };
}

type SetValues = Extract<Op, { kind: 'setValues' }>;
const isDataPart = (part: Op[]) =>
  part.length === 1 && part[0].kind === 'setValues' && part[0].sheet === REPORT_DATA_SHEET;
const oneCellEach = (op: Op): Op[][] => {
  const { values, at } = op as SetValues;
  const top = Number(at.slice(1));
  return values.map((v, k) => [{ ...(op as SetValues), at: `A${top + k}`, values: [v] }]);
};

describe('the streaming report path', () => {
  it.each(PACKS.map((p) => [p.id, p] as const))(
    '%s: writes the same workbook as the in-memory path, and Excel opens it without repair',
    async (_, pack) => {
      const plan = buildReportFromModel(pack, model(pack, 3));
      const { ops } = plan;
      expect(streamable(ops)).toBe(true);
      const inMemory = await newWorkbook();
      applyOps(inMemory, ops);
      // As `lianfang report` writes a large report: part by part, each part made as it is written; the hidden JSON's
      // cells here one part each, so its sheet runs on over many parts as a long report's does.
      const parts = [...plan.parts()].flatMap((part) => (isDataPart(part) ? oneCellEach(part[0]) : [part]));
      expect(parts.length).toBeGreaterThan(8);
      const streamed = await streamOpsBytes(parts);
      const [a, b] = await Promise.all([load(await workbookBytes(inMemory)), load(streamed)]);
      // The hidden data reads back whole, by ExcelJS and by lianfang's own reader (verify and the next level use it).
      const data = readReportData(snapshotWorkbook(a));
      expect(a.getWorksheet(REPORT_DATA_SHEET)!.rowCount).toBeGreaterThan(1);
      expect(readReportData(snapshotWorkbook(b))).toEqual(data);
      expect(readReportData(readWorkbookStreamed(streamed, 'streamed.xlsx').snapshot)).toEqual(data);
      expect(b.worksheets.map(seen)).toEqual(a.worksheets.map(seen));
      expect(json(b.definedNames.model)).toEqual(json(a.definedNames.model));
      expect(b.views[0]?.activeTab).toBe(a.views[0]?.activeTab);
      expect(b.creator).toBe('lianfang');
      expect(excelProblems(streamed)).toEqual([]);
    },
  );
});

it('refuses a part that writes to a sheet already written, instead of writing a wrong workbook', async () => {
  const sheet = (name: string): Op[] => [
    { kind: 'addSheet', sheet: name },
    { kind: 'setValues', sheet: name, at: 'A1', values: [['x']] },
  ];
  const late: Op[] = [{ kind: 'setValues', sheet: 'A', at: 'A2', values: [['late']] }];
  await expect(streamOpsBytes([sheet('A'), sheet('B'), late])).rejects.toThrow(/A written to after its part/);
  const again: Op[] = [{ kind: 'setValues', sheet: 'B', at: 'A1', values: [['again']] }];
  await expect(streamOpsBytes([sheet('A'), sheet('B'), again])).rejects.toThrow(/B row 1 written twice/);
});

it('writes a large plan that needs the whole workbook (a seal image) at once instead of streaming it', async () => {
  const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
  const parts: Op[][] = [
    [
      { kind: 'addSheet', sheet: 'A' },
      { kind: 'setValues', sheet: 'A', at: 'A1', values: [['盖章']] },
    ],
    [{ kind: 'image', sheet: 'A', range: 'A1:B2', pngBase64: png }],
  ];
  const bytes = await planBytes({ rows: STREAM_FROM_PLAN_ROWS, parts: () => parts, ops: parts.flat() });
  const wb = await load(bytes);
  expect(wb.getWorksheet('A')!.getCell('A1').value).toBe('盖章');
  expect(wb.getWorksheet('A')!.getImages()).toHaveLength(1);
});
