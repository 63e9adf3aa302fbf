import ExcelJS from 'exceljs';
import { applyOps } from '../../src/adapters/exceljs/applyOps';
import { snapshotWorkbook } from '../../src/adapters/exceljs/snapshot';
import { clearHighlightOps, highlightOps, markIssuesOps, validateWorkbook } from '../../src/core/validate';
import { puyang } from './corpus/puyang';

const reload = async (wb: ExcelJS.Workbook) => {
  const out = new ExcelJS.Workbook();
  await out.xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  return out;
};
/** Conditional formats as Excel keeps them (ExcelJS adds bookkeeping fields when it writes). */
const cfOf = (ws: ExcelJS.Worksheet) =>
  (
    ws as unknown as {
      conditionalFormattings: Array<{
        ref: string;
        rules: Array<ExcelJS.ConditionalFormattingRule & { formulae?: unknown[]; operator?: string }>;
      }>;
    }
  ).conditionalFormattings.map((cf) => ({
    ref: cf.ref,
    rules: cf.rules.map((r) => ({
      type: r.type,
      operator: r.operator,
      formulae: r.formulae,
      priority: r.priority,
      font: r.style?.font ?? null,
      fill: r.style?.fill ?? null,
    })),
  }));

describe('highlighting bad cells', () => {
  it('a second click removes the highlight and the user’s own formatting is exactly as before', async () => {
    const b = puyang(true);
    const ws = b.wb.getWorksheet('张三')!;
    // The user's own look: a fill on a bad cell and a rule of their own.
    ws.getCell('E8').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF92D050' } };
    ws.getCell('E8').font = { bold: true, color: { argb: 'FF0000FF' } };
    ws.addConditionalFormatting({
      ref: 'D7:E20',
      rules: [
        { type: 'cellIs', operator: 'greaterThan', formulae: ['4'], priority: 1, style: { font: { italic: true } } },
      ],
    });
    const before = await reload(b.wb);
    const look = (w: ExcelJS.Workbook) => {
      const s = w.getWorksheet('张三')!;
      return { fill: s.getCell('E8').fill, font: s.getCell('E8').font, style: s.getCell('B7').style, cf: cfOf(s) };
    };
    const report = validateWorkbook(snapshotWorkbook(before));

    const lit = await reload(before);
    applyOps(lit, highlightOps(report));
    const shown = await reload(lit);
    const rules = cfOf(shown.getWorksheet('张三')!);
    expect(rules.map((r) => r.ref)).toEqual(['D7:E20', 'B7 C8', 'B10', 'B4 E8 B9']);
    expect(look(shown).fill).toEqual(look(before).fill);

    applyOps(shown, clearHighlightOps());
    const after = await reload(shown);
    expect(look(after)).toEqual(look(before));
  });

  it('markIssuesOps is idempotent: applied twice, one report sheet and one set of highlights', async () => {
    const wb = await reload(puyang(true).wb);
    applyOps(wb, markIssuesOps(validateWorkbook(snapshotWorkbook(wb))));
    const once = await reload(wb);
    const again = validateWorkbook(snapshotWorkbook(once));
    expect(again.reportSheetPresent).toBe(true);
    expect(again.skipped).toContainEqual(expect.objectContaining({ sheet: '校验报告', reason: 'lianfang' }));
    applyOps(once, markIssuesOps(again));
    const twice = await reload(once);
    expect(twice.worksheets.map((w) => w.name)).toEqual(once.worksheets.map((w) => w.name));
    for (const name of ['张三', '职权运行目录'])
      expect(cfOf(twice.getWorksheet(name)!)).toEqual(cfOf(once.getWorksheet(name)!));
    expect(twice.getWorksheet('校验报告')!.getCell('E4').value).toBe(again.issues[0].message);
  });
});
