import { columnLetter, parseRange, quoteSheet, rangeAddress } from '../../core/a1';
import { LianfangError } from '../../core/errors';
import { highlightFormula, type Op } from '../../core/ops';
import { addressGroups, clearHighlightParts, findHighlights } from './highlights';
import { applyLate, type LateOp } from './lateOps';
import { addChart, addColorScale } from './pictureOps';
import { applyPageSetup, applyStyle, applyValidation, charsToPoints, rgb } from './format';
import { officeErrorCode, officeErrorToLianfang } from './errors';
import { officeApiSupported, officeExcelRun, type ApiCheck, type ExcelRun } from './excelRun';
import { toExcelInput } from './cellInput';
import { ACTION_COST, DEFAULT_BUDGET, estimateBytes, type Queued } from './payload';
import { coalesceRowHeights, type RowHeightOp } from './rowHeights';
import { dateFormats, gridParts, writeValues, type FormulaCell } from './valueGrid';
import { rollback } from './rollback';

export interface ApplyOptions {
  run?: ExcelRun;
  /** Bytes per request before it is sent and a new one begun (Excel's limit is 5 MB). */
  budget?: number;
  signal?: AbortSignal;
  /** Notes need ExcelApi 1.18: older Excel skips them (they explain a level; the level itself is written). */
  supports?: ApiCheck;
  /** Called when a failed apply could not delete what it had added (Excel still busy): the caller retries later. */
  onLeftBehind?: (left: LeftBehind) => void;
}

export interface LeftBehind {
  sheets: string[];
  names: string[];
}

export interface ApplyResult {
  /** context.sync() calls made, for tests and benchmarks. */
  syncs: number;
}

/**
 * Applies core operations through office-js in as few requests as the payload limit allows: everything is queued and
 * sent with one context.sync() per ~2 MB (estimated), so a whole form (any number of rows) costs one sync, and a huge one a few.
 * If any request fails, the sheets and names this call added are deleted again, so a user never keeps a
 * half-written form; the error comes back as a LianfangError with a message that says what to do.
 */
export async function applyOps(ops: readonly Op[], opts: ApplyOptions = {}): Promise<ApplyResult> {
  const run = opts.run ?? officeExcelRun;
  const budget = opts.budget ?? DEFAULT_BUDGET;
  const notes = (opts.supports ?? officeApiSupported)('1.18');
  const added: string[] = [];
  const names: string[] = [];
  // What requests that succeeded have certainly written (a request Excel rejects in cell-edit mode writes nothing).
  const committed: LeftBehind = { sheets: [], names: [] };
  let syncs = 0;
  try {
    await run(async (ctx) => {
      const sheets = new Map<string, Excel.Worksheet>();
      const sheet = (name: string) => {
        let ws = sheets.get(name);
        if (!ws) sheets.set(name, (ws = ctx.workbook.worksheets.getItem(name)));
        return ws;
      };
      // What exists before we start: a clash is refused before anything is written, and a rollback can never
      // delete a sheet or name the user already had.
      const before = ctx.workbook.worksheets.load('items/name');
      const beforeNames = ctx.workbook.names.load('items/name');
      syncs++;
      await ctx.sync();
      const taken = new Set(before.items.map((w) => w.name.toLowerCase()));
      const takenNames = new Set(beforeNames.items.map((n) => n.name.toLowerCase()));
      const staleHighlights = await findHighlights(
        ctx,
        ops,
        before.items.map((w) => w.name),
        sheet,
      );
      if (staleHighlights) syncs += 2;
      for (const op of ops) {
        if (op.kind === 'addSheet' && taken.has(op.sheet.toLowerCase()))
          throw new LianfangError('officejs_sheet_exists', { sheet: op.sheet });
        if (op.kind === 'defineName' && takenNames.has(op.name.toLowerCase()) && !isOwnName(op.name))
          throw new LianfangError('officejs_name_exists', { name: op.name });
        if (op.kind === 'addSheet') taken.add(op.sheet.toLowerCase());
        if (op.kind === 'deleteSheet') taken.delete(op.sheet.toLowerCase());
      }

      let pending = 0;
      const flush = async () => {
        if (pending === 0) return;
        opts.signal?.throwIfAborted();
        pending = 0;
        syncs++;
        await ctx.sync();
        committed.sheets = [...added];
        committed.names = [...names];
      };
      const late: LateOp[] = [];
      for (const op of coalesceRowHeights(ops)) {
        if (op.kind === 'image' || op.kind === 'note') {
          if (op.kind === 'image' || notes) late.push(op);
          continue;
        }
        if (op.kind === 'addSheet') added.push(op.sheet);
        if (op.kind === 'defineName') names.push(op.name);
        const parts =
          op.kind === 'clearHighlights'
            ? clearHighlightParts(op, staleHighlights)
            : plan(op, budget, sheet, ctx, sheets, opts.supports ?? officeApiSupported);
        // lianfang's own name from an earlier run (LF_ROLLUP_SUMMARY, left as #REF! when its sheet was deleted): it is
        // defined again in its new place, as the CLI and the page do, instead of refusing the whole run.
        if (op.kind === 'defineName' && takenNames.has(op.name.toLowerCase()))
          parts.unshift({ bytes: ACTION_COST, queue: () => ctx.workbook.names.getItem(op.name).delete() });
        for (const part of parts) {
          if (pending > 0 && pending + part.bytes > budget) await flush();
          part.queue();
          pending += part.bytes;
        }
      }
      await flush();
      if (late.length) syncs += await applyLate(ctx, late, sheet);
    });
  } catch (e) {
    if (e instanceof LianfangError) throw e;
    if (await rollback(run, added, names).catch(() => false))
      throw officeErrorToLianfang(e, { sheets: added.join('、'), rolledBack: 1 });
    const left = officeErrorCode(e) === 'InvalidOperationInCellEditMode' ? committed : { sheets: added, names };
    if (left.sheets.length || left.names.length) opts.onLeftBehind?.(left);
    throw officeErrorToLianfang(e, { sheets: left.sheets.join('、'), rolledBack: 0 });
  }
  return { syncs };
}

/** The queued writes for one op; large value grids become several parts so a request can end between them. */
function plan(
  op: Op | RowHeightOp,
  budget: number,
  sheet: (name: string) => Excel.Worksheet,
  ctx: Excel.RequestContext,
  sheets: Map<string, Excel.Worksheet>,
  supported: ApiCheck,
): Queued[] {
  const one = (payload: unknown, queue: () => void): Queued[] => [
    { bytes: ACTION_COST + estimateBytes(payload), queue },
  ];
  switch (op.kind) {
    case 'addSheet':
      return one(op, () => {
        const ws = ctx.workbook.worksheets.add(op.sheet);
        sheets.set(op.sheet, ws);
        if (op.visibility === 'hidden') ws.visibility = 'Hidden';
        if (op.visibility === 'veryHidden') ws.visibility = 'VeryHidden';
        if (op.tabColor) ws.tabColor = rgb(op.tabColor);
      });
    case 'deleteSheet':
      return one(op, () => {
        sheet(op.sheet).delete();
        sheets.delete(op.sheet);
      });
    case 'clearSheet':
      return one(op, () => sheet(op.sheet).getRange().clear());
    case 'setValues':
      return gridParts(op.at, op.values, budget, (at, block) => writeValues(sheet(op.sheet), at, block));
    case 'setFormulas': {
      // Excel computes the results itself; blank formula slots take the literal result, escaped like any value.
      const cells = op.formulas.map((row, r) =>
        row.map((f, c): FormulaCell =>
          f ? { f: f.startsWith('=') ? f : `=${f}` } : { v: op.results[r]?.[c] ?? null },
        ),
      );
      return gridParts(op.at, cells, budget, (at, block) => {
        const ws = sheet(op.sheet);
        ws.getRange(at).formulas = block.map((row) => row.map((x) => ('f' in x ? x.f : toExcelInput(x.v))));
        dateFormats(
          ws,
          at,
          block.map((row) => row.map((x) => ('v' in x ? x.v : null))),
        );
      });
    }
    case 'merge':
      return one(op, () => sheet(op.sheet).getRange(op.range).merge(false));
    case 'style': {
      const box = parseRange(op.range);
      const cells = (box.bottom - box.top + 1) * (box.right - box.left + 1);
      return [
        {
          bytes:
            ACTION_COST * 12 + estimateBytes(op.style) + (op.style.numFmt ? cells * (op.style.numFmt.length + 8) : 0),
          queue: () => applyStyle(sheet(op.sheet).getRange(op.range), op.style, box),
        },
      ];
    }
    case 'columnWidths':
      return [
        {
          bytes: ACTION_COST * op.widths.length,
          queue: () =>
            op.widths.forEach((w, i) => {
              const col = columnLetter(i + 1);
              sheet(op.sheet).getRange(`${col}:${col}`).format.columnWidth = charsToPoints(w);
            }),
        },
      ];
    case 'rowHeight': {
      const to = (op as RowHeightOp).toRow ?? op.row;
      return one(op, () => (sheet(op.sheet).getRange(`${op.row}:${to}`).format.rowHeight = op.height));
    }
    case 'freeze':
      return one(op, () => {
        const panes = sheet(op.sheet).freezePanes;
        if (op.rows && op.columns) panes.freezeAt(rangeAddress(1, 1, op.rows, op.columns));
        else if (op.rows) panes.freezeRows(op.rows);
        else if (op.columns) panes.freezeColumns(op.columns);
      });
    case 'validation':
      return [{ bytes: ACTION_COST * 4 + estimateBytes(op), queue: () => applyValidation(sheet(op.sheet), op) }];
    case 'conditionalFill':
      return [
        {
          bytes: ACTION_COST * 3 + estimateBytes(op),
          queue: () => {
            const cf = sheet(op.sheet).getRange(op.range).conditionalFormats.add('Custom');
            cf.custom.rule.formula = op.formula.startsWith('=') ? op.formula : `=${op.formula}`;
            cf.custom.format.fill.color = rgb(op.fill);
          },
        },
      ];
    case 'pageSetup':
      return [{ bytes: ACTION_COST * 12 + estimateBytes(op), queue: () => applyPageSetup(sheet(op.sheet), op.setup) }];
    case 'defineName':
      return one(op, () => ctx.workbook.names.add(op.name, sheet(op.sheet).getRange(op.range)));
    case 'activate':
      return one(op, () => sheet(op.sheet).activate());
    case 'protect':
      return [
        {
          bytes: ACTION_COST * (2 + (op.unlocked?.length ?? 0)) + estimateBytes(op),
          queue: () => {
            const ws = sheet(op.sheet);
            for (const r of op.unlocked ?? []) ws.getRange(r).format.protection.locked = false;
            // No password: protection guards against slips only. Unprotect first so re-stamping a sheet works.
            ws.protection.unprotect();
            ws.protection.protect({ allowFormatColumns: true, allowFormatRows: true, selectionMode: 'Normal' });
          },
        },
      ];
    case 'unprotect':
      return one(op, () => sheet(op.sheet).protection.unprotect());
    case 'link':
      return one(op, () => {
        const q = (t: string) => t.replace(/"/g, '""');
        sheet(op.sheet).getRange(op.cell).formulas = [
          [`=HYPERLINK("#${q(quoteSheet(op.target))}!A1","${q(op.text)}")`],
        ];
      });
    case 'highlight':
      return addressGroups(op.cells).map((group) => ({
        bytes: ACTION_COST * 4 + estimateBytes(group),
        queue: () => {
          const cf = sheet(op.sheet).getRanges(group).conditionalFormats.add('Custom');
          cf.custom.rule.formula = `=${highlightFormula(op.tag)}`;
          cf.custom.format.fill.color = rgb(op.fill);
        },
      }));
    // The committee's picture: a colour scale per level (ExcelApi 1.6) and the share chart (series need 1.7).
    case 'colorScale':
      return supported('1.6')
        ? [{ bytes: ACTION_COST * 3 + estimateBytes(op), queue: () => addColorScale(sheet(op.sheet), op) }]
        : [];
    case 'chart':
      return supported('1.7')
        ? [{ bytes: ACTION_COST * 24 + estimateBytes(op), queue: () => addChart(sheet, op, supported('1.8')) }]
        : [];
    case 'image':
    case 'note':
    case 'clearHighlights':
      return [];
  }
}

/** Names lianfang gives its own sheets (LF_…): replaced by a run that writes them again; a user's name never is. */
const isOwnName = (name: string) => /^LF_/i.test(name);
