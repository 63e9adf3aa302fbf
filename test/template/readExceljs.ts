import ExcelJS from 'exceljs';
import type { SheetView, WorkbookView } from './view';

type Scalar = string | number | boolean | null;

function scalar(v: ExcelJS.CellValue): Scalar {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((t) => t.text).join('');
  if (typeof v === 'object' && 'result' in v) return scalar(v.result as ExcelJS.CellValue);
  return String(v as unknown);
}

/** Reads a workbook with ExcelJS into the shared view. */
export async function readWithExceljs(file: string): Promise<{ view: WorkbookView; wb: ExcelJS.Workbook }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const names: Record<string, string> = {};
  for (const m of (wb.definedNames as unknown as { model: Array<{ name: string; ranges: string[] }> }).model)
    names[m.name] = m.ranges[0]?.replace(/^'(.*)'!/, '$1!') ?? '';
  const sheets = wb.worksheets.map((ws): SheetView => {
    const cells: SheetView['cells'] = {};
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.isMerged && cell.master !== cell) return;
        const v = scalar(cell.value);
        if (v !== null) cells[cell.address] = v;
      }),
    );
    const dvModel = (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } })
      .dataValidations.model;
    const validations = Object.entries(dvModel).map(([addr, dv]) => ({
      sqref: addr.replace(/^range:/, ''),
      type: dv.type,
      formula1: dv.formulae?.[0] !== undefined ? String(dv.formulae[0]) : undefined,
      formula2: dv.formulae?.[1] !== undefined ? String(dv.formulae[1]) : undefined,
      errorStyle: dv.errorStyle ?? 'stop',
      prompt: dv.prompt,
    }));
    // ExcelJS reads conditional formats back but its types do not declare the property.
    const cfs = (ws as unknown as { conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[] })
      .conditionalFormattings;
    const cf = (cfs ?? []).flatMap((c) =>
      c.rules.map((r) => {
        const fill = (r as ExcelJS.ExpressionRuleType).style?.fill as ExcelJS.FillPattern | undefined;
        return {
          sqref: c.ref,
          formula: (r as ExcelJS.ExpressionRuleType).formulae?.[0] ?? '',
          fill: fill?.bgColor?.argb ?? fill?.fgColor?.argb ?? '',
        };
      }),
    );
    const view = ws.views?.[0] as ExcelJS.WorksheetViewFrozen | undefined;
    const ps = ws.pageSetup;
    return {
      name: ws.name,
      state: ws.state,
      cells,
      merges: ((ws.model as unknown as { merges?: string[] }).merges ?? []).map((m) => m.replace(/\$/g, '')),
      validations,
      cf,
      freezeRow: view?.state === 'frozen' ? (view.ySplit ?? 0) : 0,
      page: {
        paper: Number(ps.paperSize),
        orientation: String(ps.orientation),
        fitToPage: Boolean(ps.fitToPage),
        fitToWidth: Number(ps.fitToWidth),
        fitToHeight: Number(ps.fitToHeight),
      },
      printTitles: ps.printTitlesRow ?? '',
      printArea: ps.printArea ?? '',
      footer: ws.headerFooter?.oddFooter ?? '',
    };
  });
  return { view: { sheets, names }, wb };
}
