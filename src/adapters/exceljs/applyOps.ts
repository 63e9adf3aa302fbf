import type ExcelJS from 'exceljs';
import { parseRange, quoteSheet } from '../../core/a1';
import { highlightFormula, type Op } from '../../core/ops';
import { applyStyle, isEmpty, setCellValue, toExcelResult, toValidation } from './cells';
import { addPendingChart } from './charts';

/**
 * Applies core operations to an ExcelJS workbook (Node CLI and the browser page alike). `counters` carries the
 * conditional formats' priorities on when a plan is applied in several calls (the streaming writer, part by part).
 */
export function applyOps(wb: ExcelJS.Workbook, ops: readonly Op[], counters = { cfPriority: 1 }): void {
  for (const op of ops) {
    if (op.kind === 'addSheet') {
      wb.addWorksheet(op.sheet, {
        state: op.visibility ?? 'visible',
        properties: op.tabColor ? { tabColor: { argb: op.tabColor } } : {},
      });
      continue;
    }
    if (op.kind === 'clearHighlights') {
      for (const w of wb.worksheets) if (!op.sheet || w.name === op.sheet) clearHighlights(w, op.tag);
      continue;
    }
    if (op.kind === 'defineName') {
      wb.definedNames.add(`${quoteSheet(op.sheet)}!${op.range}`, op.name);
      continue;
    }
    const ws = wb.getWorksheet(op.sheet);
    if (!ws) throw new Error(`applyOps: no sheet ${op.sheet} for ${op.kind}`);
    switch (op.kind) {
      case 'deleteSheet':
        wb.removeWorksheet(ws.id);
        break;
      case 'clearSheet':
        ws.spliceRows(1, ws.rowCount);
        break;
      case 'setValues': {
        const at = parseRange(op.at);
        op.values.forEach((row, r) =>
          row.forEach((v, c) => {
            const cell = cellAt(ws, at.top + r, at.left + c);
            setCellValue(cell, v);
          }),
        );
        break;
      }
      case 'setFormulas': {
        const at = parseRange(op.at);
        op.formulas.forEach((row, r) =>
          row.forEach((f, c) => {
            const cell = cellAt(ws, at.top + r, at.left + c);
            const result = op.results[r]?.[c] ?? null;
            if (f)
              cell.value = { formula: f.replace(/^=/, ''), result: toExcelResult(result) } as ExcelJS.CellFormulaValue;
            else setCellValue(cell, result);
          }),
        );
        break;
      }
      case 'merge':
        mergeCells(ws, op.range);
        break;
      case 'style': {
        // Cells that had one style share one result: ExcelJS then finds the style by that object instead of
        // serialising every cell's style again when writing (most of writing a consolidation's sheets).
        const results = new Map<object | undefined, Partial<ExcelJS.Style>>();
        eachCell(ws, op.range, (cell) => {
          const before = isEmpty(cell.style) ? undefined : cell.style;
          const shared = results.get(before);
          if (shared) cell.style = shared;
          else {
            applyStyle(cell, op.style); // copies before changing: `before` stays as it was
            results.set(before, cell.style);
          }
        });
        break;
      }
      case 'columnWidths':
        op.widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
        break;
      case 'rowHeight':
        ws.getRow(op.row).height = op.height;
        break;
      case 'freeze':
        ws.views = [{ state: 'frozen', xSplit: op.columns, ySplit: op.rows }];
        break;
      case 'validation': {
        const dv = toValidation(op);
        eachCell(ws, op.range, (cell) => (cell.dataValidation = dv));
        break;
      }
      case 'conditionalFill':
        ws.addConditionalFormatting({
          ref: op.range,
          rules: [
            {
              type: 'expression',
              priority: counters.cfPriority++,
              formulae: [op.formula],
              style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: op.fill } } },
            },
          ],
        });
        break;
      case 'pageSetup':
        ws.pageSetup = {
          ...ws.pageSetup,
          paperSize: 9, // A4
          orientation: op.setup.orientation,
          fitToPage: op.setup.fitToWidth,
          fitToWidth: 1,
          fitToHeight: 0,
          horizontalCentered: true,
          margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.7, header: 0.3, footer: 0.3 },
          ...(op.setup.titleRows ? { printTitlesRow: op.setup.titleRows } : {}),
          // ExcelJS prefixes only the column with $; giving it A$1:C$9 yields the fully absolute $A$1:$C$9 LibreOffice needs.
          ...(op.setup.printArea ? { printArea: op.setup.printArea.replace(/([A-Z]+)(\d+)/g, '$1$$$2') } : {}),
        };
        if (op.setup.footer) ws.headerFooter = { ...ws.headerFooter, oddFooter: op.setup.footer };
        break;
      case 'protect':
        // A copy of the style, never the object in place: cells may share one.
        for (const r of op.unlocked ?? [])
          eachCell(
            ws,
            r,
            (cell) => (cell.style = { ...cell.style, protection: { ...cell.protection, locked: false } }),
          );
        // No password: protection only guards against slips; lianfang says so wherever it protects.
        void ws.protect('', {
          selectLockedCells: true,
          selectUnlockedCells: true,
          formatColumns: true,
          formatRows: true,
        });
        break;
      case 'unprotect':
        ws.unprotect();
        break;
      case 'note':
        ws.getCell(op.cell).note = op.text ?? (undefined as unknown as string);
        break;
      case 'image': {
        const id = wb.addImage({ base64: op.pngBase64, extension: 'png' });
        ws.addImage(id, op.range);
        break;
      }
      case 'link':
        // A HYPERLINK formula to #'Sheet'!A1: ExcelJS's hyperlink cells add an external relationship that
        // Excel and LibreOffice resolve as a file; the formula stays inside the workbook everywhere.
        ws.getCell(op.cell).value = {
          formula: `HYPERLINK("#${quoteSheet(op.target).replace(/"/g, '""')}!A1","${op.text.replace(/"/g, '""')}")`,
          result: op.text,
        } as ExcelJS.CellFormulaValue;
        break;
      case 'highlight':
        ws.addConditionalFormatting({
          ref: op.cells.join(' '),
          rules: [
            {
              type: 'expression',
              priority: counters.cfPriority++,
              formulae: [highlightFormula(op.tag)],
              style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: op.fill } } },
            },
          ],
        });
        break;
      case 'colorScale':
        ws.addConditionalFormatting({
          ref: op.range,
          rules: [
            {
              type: 'colorScale',
              priority: counters.cfPriority++,
              cfvo:
                op.colours.length === 3
                  ? [{ type: 'min' }, { type: 'percentile', value: 50 }, { type: 'max' }]
                  : [{ type: 'min' }, { type: 'max' }],
              color: op.colours.map((argb) => ({ argb })),
            } as ExcelJS.ConditionalFormattingRule,
          ],
        });
        break;
      case 'chart':
        addPendingChart(wb, { sheet: op.sheet, at: op.at, chart: op.chart }); // written by workbookBytes
        break;
      case 'activate': {
        const index = wb.worksheets.indexOf(ws);
        wb.views = [
          { x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: index, visibility: 'visible' },
        ];
        break;
      }
    }
  }
}

/**
 * ExcelJS's mergeCells scans every existing merge of the sheet for overlap on each call: quadratic, minutes for a
 * 100,000-row report. Checking the range's own cells finds the same overlaps in time proportional to the range.
 */
function mergeCells(ws: ExcelJS.Worksheet, range: string) {
  eachCell(ws, range, (cell) => {
    if (cell.isMerged) throw new Error(`Cannot merge already merged cells: ${ws.name}!${range}`);
  });
  const internal = ws as unknown as { _merges: Record<string, unknown> };
  const existing = internal._merges;
  internal._merges = {};
  try {
    ws.mergeCells(range);
  } finally {
    internal._merges = Object.assign(existing, internal._merges);
  }
}

function eachCell(ws: ExcelJS.Worksheet, range: string, fn: (cell: ExcelJS.Cell) => void) {
  const box = parseRange(range);
  for (let r = box.top; r <= box.bottom; r++) {
    const row = ws.getRow(r);
    for (let c = box.left; c <= box.right; c++) fn(row.getCell(c));
  }
}

/**
 * The cell at (row, col), the one ws.getCell(row, col) gives: through its row, by number. ws.getCell writes the
 * address as text and parses it back for every cell (a sixth of writing a consolidation's 24,000 cells).
 */
const cellAt = (ws: ExcelJS.Worksheet, row: number, col: number): ExcelJS.Cell => ws.getRow(row).getCell(col);

function clearHighlights(ws: ExcelJS.Worksheet, tag: string) {
  const formula = highlightFormula(tag);
  const list = (ws as unknown as { conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[] })
    .conditionalFormattings;
  if (!list) return;
  const kept = list.filter(
    (cf) => !cf.rules.some((r) => 'formulae' in r && r.formulae?.some((f) => String(f).replace(/^=/, '') === formula)),
  );
  list.splice(0, list.length, ...kept);
}
