/**
 * A strict fake of the subset of the Excel JavaScript API lianfang uses.
 *
 * Strict where office-addin-mock is lenient, so adapter bugs show in tests:
 * - properties throw PropertyNotLoaded unless load()ed and synced (written properties too);
 * - writes are queued and applied only by context.sync(), in order; a failing action leaves the earlier ones
 *   applied (Excel has no rollback either);
 * - values / formulas / numberFormat must match the range's shape (InvalidArgument);
 * - each request's payload is measured (JSON, UTF-8) and above 5 MB fails with RequestPayloadSizeLimitExceeded;
 *   each response likewise with ResponsePayloadSizeLimitExceeded;
 * - strings written through values are read like typed input: "=…", "+…", "@…" become formulas, "'…" is text with
 *   the quote prefix stripped, numbers/dates/booleans in strings are converted;
 * - cell-edit mode and co-authoring conflicts can be injected for the next sync.
 */
import { cellAddress, columnNumber, parseRange, quoteSheet, type RangeBox } from '../../src/core/a1';
import { fakeCharts, type FakeChartState } from './fakeCharts';

export const MB5 = 5 * 1024 * 1024;
const ACTION_OVERHEAD = 120;

export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message = code,
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

type Stored = string | number | boolean | { error: string };
export interface FakeCell {
  value: Stored | null;
  formula?: string;
  numberFormat?: string;
  quotePrefix?: boolean;
  format: Record<string, unknown>;
  locked?: boolean;
}

export interface FakeSheet {
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  tabColor?: string;
  cells: Map<string, FakeCell>;
  merges: RangeBox[];
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  freeze?: { rows: number; columns: number };
  validations: Array<{ range: string; rule: unknown; prompt?: unknown; errorAlert?: unknown; ignoreBlanks?: boolean }>;
  conditionalFormats: Array<{ range: string; type?: string; formula?: string; fill?: string; colorScale?: unknown }>;
  charts: FakeChartState[];
  pageLayout: Record<string, unknown>;
  protected: boolean;
  images: Array<{ base64: string; left?: number; top?: number; width?: number; height?: number }>;
  /** Notes by cell address (A1). */
  notes: Map<string, string>;
  /** Hidden rows and columns (1-based): what Excel leaves out of its Visible special cells. */
  hiddenRows: Set<number>;
  hiddenCols: Set<number>;
}

export interface FakeName {
  name: string;
  formula: string;
}

interface Action {
  what: string;
  payload: unknown;
  apply: () => void;
}

const key = (r: number, c: number) => `${r},${c}`;
const DEFAULT_WIDTH = 48; // points
const DEFAULT_HEIGHT = 15;

/** The workbook behind the fake: tests arrange and inspect it directly. */
export class FakeWorkbookState {
  sheets: FakeSheet[] = [];
  names: FakeName[] = [];
  active?: string;
  selected?: { sheet: string; address: string };
  /** One entry per successful or failed sync: its request size in bytes. */
  syncs: Array<{ requestBytes: number; responseBytes: number; actions: number; ok: boolean }> = [];
  runs = 0;
  /** Workbooks opened through Excel.createWorkbook, as the .xlsx bytes passed (tests read them with ExcelJS). */
  createdWorkbooks: Uint8Array[] = [];
  requestLimit = MB5;
  responseLimit = MB5;
  private nextFailure?: { code: string; afterActions: number };

  constructor() {
    this.addSheet('Sheet1');
  }

  get syncCount(): number {
    return this.syncs.length;
  }

  /**
   * Excel.createWorkbook (ExcelApi 1.8): a static call outside Excel.run. Strict like Excel: the argument must be
   * base64 of an .xlsx (a zip); anything else is InvalidArgument and opens nothing.
   */
  createWorkbook = async (base64?: string): Promise<void> => {
    await Promise.resolve();
    if (base64 === undefined) return void this.createdWorkbooks.push(new Uint8Array());
    if (typeof base64 !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(base64) || base64.length % 4 !== 0)
      throw new FakeOfficeError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
    const bytes = new Uint8Array(Buffer.from(base64, 'base64'));
    if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new FakeOfficeError('InvalidArgument', 'Not an .xlsx file.');
    this.createdWorkbooks.push(bytes);
  };

  /** The next sync fails with this Office error code after applying `afterActions` of its actions (default 0). */
  failNextSync(code: string, afterActions = 0): void {
    this.nextFailure = { code, afterActions };
  }

  addSheet(name: string): FakeSheet {
    if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase()))
      throw new FakeOfficeError('ItemAlreadyExists', `A sheet named ${name} already exists.`);
    if (!name || name.length > 31 || /[:\\/?*[\]]/.test(name)) throw new FakeOfficeError('InvalidArgument');
    const s: FakeSheet = {
      name,
      visibility: 'Visible',
      cells: new Map(),
      merges: [],
      columnWidths: new Map(),
      hiddenRows: new Set(),
      hiddenCols: new Set(),
      rowHeights: new Map(),
      validations: [],
      conditionalFormats: [],
      charts: [],
      pageLayout: {},
      protected: false,
      images: [],
      notes: new Map(),
    };
    this.sheets.push(s);
    return s;
  }

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase());
    if (!s) throw new FakeOfficeError('ItemNotFound', `No sheet ${name}`);
    return s;
  }

  cell(sheet: string, address: string): FakeCell | undefined {
    const b = parseRange(address);
    return this.sheet(sheet).cells.get(key(b.top, b.left));
  }

  /** Writes as a user typing would (test arrangement, not through the API). */
  type(sheet: string, address: string, rows: unknown[][]): void {
    const s = this.sheet(sheet);
    const b = parseRange(address);
    rows.forEach((row, r) => row.forEach((v, c) => inputCell(s, b.top + r, b.left + c, v)));
  }

  /** The Excel.run the adapter receives. */
  run = async <T>(batch: (ctx: FakeContext) => Promise<T>): Promise<T> => {
    this.runs++;
    const ctx = new FakeContext(this);
    const result = await batch(ctx);
    if (ctx.pending.length || ctx.loads.length) await ctx.sync(); // Excel.run flushes what is left queued
    return result;
  };

  /** Executes one request: failure injection, payload limits, actions in order, then loads. */
  execute(actions: Action[], loads: Array<() => unknown>): void {
    const requestBytes = actions.reduce((n, a) => n + ACTION_OVERHEAD + jsonBytes(a.payload), 0);
    const failure = this.nextFailure;
    this.nextFailure = undefined;
    const record = { requestBytes, responseBytes: 0, actions: actions.length, ok: false };
    this.syncs.push(record);
    if (requestBytes > this.requestLimit)
      throw new FakeOfficeError('RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit.');
    if (failure?.code === 'InvalidOperationInCellEditMode') throw new FakeOfficeError(failure.code);
    actions.forEach((a, i) => {
      if (failure && i === failure.afterActions) throw new FakeOfficeError(failure.code);
      a.apply();
    });
    if (failure) throw new FakeOfficeError(failure.code);
    let responseBytes = 0;
    for (const load of loads) responseBytes += jsonBytes(load());
    record.responseBytes = responseBytes;
    if (responseBytes > this.responseLimit)
      throw new FakeOfficeError(
        'ResponsePayloadSizeLimitExceeded',
        'The response payload size has exceeded the limit.',
      );
    record.ok = true;
  }
}

function jsonBytes(v: unknown): number {
  return v === undefined ? 0 : Buffer.byteLength(JSON.stringify(v) ?? '', 'utf8');
}

/** What Excel does with a value written through Range.values (like typing it). */
export function inputCell(s: FakeSheet, r: number, c: number, v: unknown): void {
  const k = key(r, c);
  const cell: FakeCell = s.cells.get(k) ?? { value: null, format: {} };
  delete cell.formula;
  cell.quotePrefix = false;
  if (v === null || v === undefined) return; // null leaves the cell as it is
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new FakeOfficeError('InvalidArgument');
    cell.value = v;
  } else if (typeof v === 'boolean') cell.value = v;
  else if (typeof v !== 'string') throw new FakeOfficeError('InvalidArgument', `unsupported value ${typeof v}`);
  else if (v === '') cell.value = null;
  else if (v.startsWith("'")) {
    cell.value = v.slice(1);
    cell.quotePrefix = true;
  } else if (v.startsWith('=') && v.length > 1) {
    cell.formula = v;
    cell.value = 0;
  } else if (/^[+@]/.test(v) || (v.startsWith('-') && !/^-\d/.test(v) && v.length > 1)) {
    cell.formula = `=${v.startsWith('@') ? v.slice(1) : v}`;
    cell.value = { error: '#NAME?' };
  } else if (/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(v.trim())) cell.value = Number(v);
  else if (/^[-+]?(\d+\.?\d*)%$/.test(v.trim())) {
    cell.value = Number(v.trim().slice(0, -1)) / 100;
    cell.numberFormat ??= '0%';
  } else if (/^\d{4}[-/]\d{1,2}[-/]\d{1,2}$/.test(v.trim())) {
    const [y, m, d] = v.trim().split(/[-/]/).map(Number);
    cell.value = Date.UTC(y, m - 1, d) / 86400000 + 25569;
    if (!cell.numberFormat || cell.numberFormat === 'General') cell.numberFormat = 'yyyy/m/d';
  } else if (/^(true|false)$/i.test(v)) cell.value = v.toLowerCase() === 'true';
  else if (/^#(N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!)$/.test(v)) cell.value = { error: v };
  else cell.value = v;
  s.cells.set(k, cell);
}

/** Parses "A1", "A1:C3", "B:B", "3:5", optionally with a sheet. */
function parseAddress(address: string): RangeBox {
  const a = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const col = /^\$?([A-Z]{1,3}):\$?([A-Z]{1,3})$/i.exec(a);
  if (col) return { top: 1, bottom: 1048576, left: columnNumber(col[1]), right: columnNumber(col[2]) };
  const row = /^\$?(\d+):\$?(\d+)$/.exec(a);
  if (row) return { top: Number(row[1]), bottom: Number(row[2]), left: 1, right: 16384 };
  try {
    return parseRange(a);
  } catch {
    throw new FakeOfficeError('InvalidArgument', `bad address ${address}`);
  }
}

const boxAddress = (b: RangeBox) =>
  b.top === b.bottom && b.left === b.right
    ? cellAddress(b.top, b.left)
    : `${cellAddress(b.top, b.left)}:${cellAddress(b.bottom, b.right)}`;

const overlaps = (a: RangeBox, b: RangeBox) =>
  a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;

export class FakeContext {
  pending: Action[] = [];
  loads: Array<() => unknown> = [];
  readonly workbook: FakeWorkbook;
  constructor(readonly state: FakeWorkbookState) {
    this.workbook = new FakeWorkbook(this);
  }
  queue(what: string, payload: unknown, apply: () => void): void {
    this.pending.push({ what, payload, apply });
  }
  async sync(): Promise<void> {
    const actions = this.pending;
    const loads = this.loads;
    this.pending = [];
    this.loads = [];
    await Promise.resolve();
    this.state.execute(actions, loads);
  }
}

/** Base for proxies: properties are readable only after load + sync. */
class Proxy {
  protected loaded = new Map<string, unknown>();
  constructor(protected ctx: FakeContext) {}
  protected get state() {
    return this.ctx.state;
  }
  protected read<T>(prop: string): T {
    if (!this.loaded.has(prop))
      throw new FakeOfficeError('PropertyNotLoaded', `The property '${prop}' is not available. Load and sync first.`);
    return this.loaded.get(prop) as T;
  }
  /** Subclasses answer a property's current value at sync time. */
  protected resolve(_prop: string): unknown {
    throw new FakeOfficeError('InvalidArgument', `cannot load ${_prop}`);
  }
  protected loadable(): string[] {
    return [];
  }
  load(props?: string | string[] | Record<string, unknown>): this {
    const list =
      typeof props === 'string'
        ? props.split(',').map((p) => p.trim())
        : Array.isArray(props)
          ? props
          : props
            ? Object.keys(props)
            : this.loadable();
    for (const p of list) {
      if (!this.loadable().includes(p)) throw new FakeOfficeError('InvalidArgument', `cannot load ${p}`);
      this.ctx.loads.push(() => {
        const v = this.resolve(p);
        this.loaded.set(p, v);
        return v;
      });
    }
    return this;
  }
}

class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly names: FakeNamedItemCollection;
  constructor(ctx: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.names = new FakeNamedItemCollection(ctx);
  }
}

class FakeWorksheetCollection extends Proxy {
  private itemsList: FakeWorksheet[] = [];
  get items(): FakeWorksheet[] {
    this.read('items');
    return this.itemsList;
  }
  override load(props?: string | string[]): this {
    const sub = (typeof props === 'string' ? props.split(',') : (props ?? []))
      .map((p) => p.trim().replace(/^items\//, ''))
      .filter(Boolean);
    this.ctx.loads.push(() => {
      this.itemsList = this.state.sheets.map((s) => {
        const w = new FakeWorksheet(this.ctx, s.name);
        w.fill(sub.length ? sub : ['name', 'visibility']);
        return w;
      });
      this.loaded.set('items', true);
      return this.itemsList.map((w) => w.snapshot());
    });
    return this;
  }
  add(name: string): FakeWorksheet {
    this.ctx.queue('worksheets.add', { name }, () => void this.state.addSheet(name));
    return new FakeWorksheet(this.ctx, name);
  }
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, name);
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, name, true);
  }
}

export class FakeWorksheet extends Proxy {
  readonly freezePanes: { freezeRows(n: number): void; freezeColumns(n: number): void; freezeAt(r: string): void };
  readonly pageLayout: FakePageLayout;
  readonly protection: { protect(options?: unknown, password?: string): void; unprotect(password?: string): void };
  readonly shapes: { addImage(base64: string): FakeShape };
  readonly notes: { add(cell: string, content: string): void; getItemOrNullObject(key: string): FakeNote };
  readonly charts: ReturnType<typeof fakeCharts>;
  constructor(
    ctx: FakeContext,
    readonly sheetName: string,
    private orNull = false,
  ) {
    super(ctx);
    const sheet = () => this.target();
    this.freezePanes = {
      freezeRows: (n) => ctx.queue('freezeRows', n, () => (sheet().freeze = { rows: n, columns: 0 })),
      freezeColumns: (n) => ctx.queue('freezeColumns', n, () => (sheet().freeze = { rows: 0, columns: n })),
      freezeAt: (r) =>
        ctx.queue('freezeAt', r, () => {
          const b = parseAddress(r);
          sheet().freeze = { rows: b.bottom, columns: b.right };
        }),
    };
    this.pageLayout = new FakePageLayout(ctx, sheet);
    this.charts = fakeCharts(ctx, () => sheet().charts);
    this.protection = {
      protect: (options) =>
        ctx.queue('protect', options ?? {}, () => {
          if (sheet().protected) throw new FakeOfficeError('InvalidOperation', 'The sheet is already protected.');
          sheet().protected = true;
        }),
      unprotect: () => ctx.queue('unprotect', {}, () => (sheet().protected = false)),
    };
    this.notes = {
      add: (cell, content) =>
        ctx.queue('notes.add', { cell, content }, () => {
          const a = boxAddress(parseAddress(cell));
          if (sheet().notes.has(a)) throw new FakeOfficeError('InvalidArgument', `a note exists at ${a}`);
          sheet().notes.set(a, content);
        }),
      getItemOrNullObject: (k) => new FakeNote(ctx, sheet, boxAddress(parseAddress(k))),
    };
    this.shapes = {
      addImage: (base64) => {
        const img: FakeSheet['images'][number] = { base64 };
        ctx.queue('shapes.addImage', base64, () => void sheet().images.push(img));
        return new FakeShape(ctx, img);
      },
    };
  }
  target(): FakeSheet {
    return this.state.sheet(this.sheetName);
  }
  /** Null-object semantics: true when the sheet is missing (after load + sync). */
  get isNullObject(): boolean {
    return this.read('isNullObject');
  }
  fill(props: string[]) {
    for (const p of props) this.loaded.set(p, this.resolve(p));
  }
  snapshot() {
    return Object.fromEntries(this.loaded);
  }
  protected override loadable() {
    return ['name', 'visibility', 'isNullObject', 'tabColor'];
  }
  protected override resolve(p: string): unknown {
    if (p === 'isNullObject')
      return !this.state.sheets.some((s) => s.name.toLowerCase() === this.sheetName.toLowerCase());
    const s = this.target();
    if (p === 'name') return s.name;
    if (p === 'visibility') return s.visibility;
    if (p === 'tabColor') return s.tabColor ?? '';
    return super.resolve(p);
  }
  get name(): string {
    return this.read('name');
  }
  get visibility(): string {
    return this.read('visibility');
  }
  set visibility(v: string) {
    if (!['Visible', 'Hidden', 'VeryHidden'].includes(v)) throw new FakeOfficeError('InvalidArgument');
    this.ctx.queue('visibility', v, () => (this.target().visibility = v as FakeSheet['visibility']));
  }
  set tabColor(v: string) {
    this.ctx.queue('tabColor', v, () => (this.target().tabColor = v));
  }
  getRange(address?: string): FakeRange {
    const box = address === undefined ? { top: 1, left: 1, bottom: 1048576, right: 16384 } : parseAddress(address);
    return new FakeRange(this.ctx, this.sheetName, box);
  }
  /** Several ranges ("A1,B3:C4"): here only conditional formats are used on them. */
  getRanges(address: string): { conditionalFormats: FakeConditionalFormatCollection } {
    const boxes = address.split(',').map((a) => parseAddress(a.trim()));
    return {
      conditionalFormats: new FakeConditionalFormatCollection(
        this.ctx,
        () => this.target(),
        () => boxes.map(boxAddress).join(','),
        () => boxes[0],
      ),
    };
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    return new FakeRange(this.ctx, this.sheetName, {
      top: row + 1,
      left: col + 1,
      bottom: row + rows,
      right: col + cols,
    });
  }
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(this.ctx, this.sheetName, () => {
      const s = this.target();
      let box: RangeBox | null = null;
      for (const [k, c] of s.cells) {
        if (valuesOnly ? c.value === null && !c.formula : false) continue;
        const [r, col] = k.split(',').map(Number);
        box = box
          ? {
              top: Math.min(box.top, r),
              left: Math.min(box.left, col),
              bottom: Math.max(box.bottom, r),
              right: Math.max(box.right, col),
            }
          : { top: r, left: col, bottom: r, right: col };
      }
      return box;
    });
  }
  activate(): void {
    this.ctx.queue('activate', this.sheetName, () => {
      const s = this.target();
      if (s.visibility !== 'Visible') throw new FakeOfficeError('InvalidOperation', 'Cannot activate a hidden sheet.');
      this.state.active = s.name;
    });
  }
  delete(): void {
    this.ctx.queue('worksheet.delete', this.sheetName, () => {
      if (this.orNull && !this.state.sheets.some((s) => s.name.toLowerCase() === this.sheetName.toLowerCase())) return;
      const s = this.target();
      const visible = this.state.sheets.filter((x) => x.visibility === 'Visible');
      if (visible.length === 1 && visible[0] === s)
        throw new FakeOfficeError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
      this.state.sheets = this.state.sheets.filter((x) => x !== s);
      // Names pointing into a deleted sheet turn into #REF!, as in Excel.
      for (const n of this.state.names)
        if (n.formula.startsWith(`=${quoteSheet(s.name)}!`) || n.formula.startsWith(`=${s.name}!`))
          n.formula = '=#REF!';
    });
  }
}

class FakeNote extends Proxy {
  constructor(
    ctx: FakeContext,
    private sheet: () => FakeSheet,
    private cell: string,
  ) {
    super(ctx);
  }
  protected override loadable() {
    return ['isNullObject', 'content'];
  }
  protected override resolve(p: string): unknown {
    if (p === 'isNullObject') return !this.sheet().notes.has(this.cell);
    if (p === 'content') return this.sheet().notes.get(this.cell);
    return super.resolve(p);
  }
  get isNullObject(): boolean {
    return this.read('isNullObject');
  }
  set content(v: string) {
    this.ctx.queue('note.content', v, () => {
      if (!this.sheet().notes.has(this.cell)) throw new FakeOfficeError('ItemNotFound');
      this.sheet().notes.set(this.cell, v);
    });
  }
  delete(): void {
    this.ctx.queue('note.delete', this.cell, () => void this.sheet().notes.delete(this.cell));
  }
}

class FakePageLayout {
  readonly headersFooters: { defaultForAllPages: Record<string, string> };
  constructor(
    private ctx: FakeContext,
    private sheet: () => FakeSheet,
  ) {
    const set = (k: string, v: unknown) => ctx.queue(`pageLayout.${k}`, v, () => (this.sheet().pageLayout[k] = v));
    const footers: Record<string, string> = {};
    for (const k of ['leftFooter', 'centerFooter', 'rightFooter', 'leftHeader', 'centerHeader', 'rightHeader'])
      Object.defineProperty(footers, k, { set: (v: string) => set(k, v), enumerable: true });
    this.headersFooters = { defaultForAllPages: footers };
    for (const k of [
      'paperSize',
      'orientation',
      'zoom',
      'centerHorizontally',
      'leftMargin',
      'rightMargin',
      'topMargin',
      'bottomMargin',
      'headerMargin',
      'footerMargin',
    ])
      Object.defineProperty(this, k, { set: (v: unknown) => set(k, v), enumerable: true });
  }
  setPrintArea(area: string): void {
    parseAddress(area);
    this.ctx.queue('setPrintArea', area, () => (this.sheet().pageLayout.printArea = area));
  }
  setPrintTitleRows(rows: string): void {
    if (!/^\$?\d+:\$?\d+$/.test(rows)) throw new FakeOfficeError('InvalidArgument', `bad title rows ${rows}`);
    this.ctx.queue('setPrintTitleRows', rows, () => (this.sheet().pageLayout.printTitleRows = rows));
  }
}

class FakeShape {
  constructor(
    private ctx: FakeContext,
    private img: FakeSheet['images'][number],
  ) {
    for (const k of ['left', 'top', 'width', 'height'] as const)
      Object.defineProperty(this, k, {
        set: (v: number) => ctx.queue(`shape.${k}`, v, () => (this.img[k] = v)),
      });
    Object.defineProperty(this, 'lockAspectRatio', { set: (v: boolean) => ctx.queue('shape.lock', v, () => {}) });
  }
}

type BoxSource = RangeBox | (() => RangeBox | null);

export class FakeRange extends Proxy {
  readonly format: FakeRangeFormat;
  readonly dataValidation: Record<string, unknown>;
  readonly conditionalFormats: FakeConditionalFormatCollection;
  constructor(
    ctx: FakeContext,
    readonly sheetName: string,
    private source: BoxSource,
  ) {
    super(ctx);
    this.format = new FakeRangeFormat(ctx, () => this.cells());
    this.format.range = this;
    const dv: Record<string, unknown> = {};
    const entry = () => {
      const s = this.sheet();
      const range = boxAddress(this.box());
      let e = s.validations.find((v) => v.range === range);
      if (!e) s.validations.push((e = { range, rule: undefined }));
      return e;
    };
    for (const k of ['rule', 'prompt', 'errorAlert', 'ignoreBlanks'] as const)
      Object.defineProperty(dv, k, {
        set: (v: unknown) => {
          if (k === 'rule') checkRule(v);
          ctx.queue(`dataValidation.${k}`, v, () => ((entry() as Record<string, unknown>)[k] = v));
        },
      });
    dv.clear = () => ctx.queue('dataValidation.clear', {}, () => void 0);
    this.dataValidation = dv;
    this.conditionalFormats = new FakeConditionalFormatCollection(
      ctx,
      () => this.sheet(),
      () => boxAddress(this.box()),
      () => this.box(),
    );
  }
  private sheet() {
    return this.state.sheet(this.sheetName);
  }
  /** 'Sheet'!A1:B2, as a chart series refers to its cells. */
  fullAddress(): string {
    return `${quoteSheet(this.sheetName)}!${boxAddress(this.box())}`;
  }
  private box(): RangeBox {
    const b = typeof this.source === 'function' ? this.source() : this.source;
    if (!b) throw new FakeOfficeError('InvalidReference', 'The range is a null object.');
    return b;
  }
  private dims() {
    const b = typeof this.source === 'function' ? null : this.source;
    return b ? { rows: b.bottom - b.top + 1, cols: b.right - b.left + 1 } : null;
  }
  private *cells(): Generator<FakeCell> {
    const s = this.sheet();
    const b = this.box();
    for (let r = b.top; r <= b.bottom; r++)
      for (let c = b.left; c <= b.right; c++) {
        let cell = s.cells.get(key(r, c));
        if (!cell) s.cells.set(key(r, c), (cell = { value: null, format: {} }));
        yield cell;
      }
  }
  private checkShape(v: unknown, prop: string): unknown[][] {
    const d = this.dims();
    if (!Array.isArray(v) || !v.every(Array.isArray))
      throw new FakeOfficeError('InvalidArgument', `${prop} must be a 2-D array`);
    if (d && (v.length !== d.rows || v.some((row) => row.length !== d.cols)))
      throw new FakeOfficeError(
        'InvalidArgument',
        `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${prop}).`,
      );
    return v as unknown[][];
  }
  protected override loadable() {
    return [
      'address',
      'values',
      'formulas',
      'numberFormat',
      'valueTypes',
      'rowCount',
      'columnCount',
      'rowIndex',
      'columnIndex',
      'isNullObject',
      'left',
      'top',
      'width',
      'height',
    ];
  }
  protected override resolve(p: string): unknown {
    const b = typeof this.source === 'function' ? this.source() : this.source;
    if (p === 'isNullObject') return b === null;
    if (!b) return undefined;
    const s = this.sheet();
    const grid = <T>(f: (c: FakeCell | undefined) => T): T[][] => {
      const out: T[][] = [];
      for (let r = b.top; r <= b.bottom; r++) {
        const row: T[] = [];
        for (let c = b.left; c <= b.right; c++) row.push(f(s.cells.get(key(r, c))));
        out.push(row);
      }
      return out;
    };
    const colLeft = (col: number) => {
      let x = 0;
      for (let c = 1; c < col; c++) x += s.columnWidths.get(c) ?? DEFAULT_WIDTH;
      return x;
    };
    const rowTop = (row: number) => {
      let y = 0;
      for (let r = 1; r < row; r++) y += s.rowHeights.get(r) ?? DEFAULT_HEIGHT;
      return y;
    };
    switch (p) {
      case 'address':
        return `${quoteSheet(s.name)}!${boxAddress(b)}`;
      case 'rowCount':
        return b.bottom - b.top + 1;
      case 'columnCount':
        return b.right - b.left + 1;
      case 'rowIndex':
        return b.top - 1;
      case 'columnIndex':
        return b.left - 1;
      case 'values':
        return grid((c) => {
          const v = c?.value ?? '';
          return typeof v === 'object' ? v.error : v;
        });
      case 'formulas':
        return grid((c) => c?.formula ?? (c?.value === null || c?.value === undefined ? '' : (c.value as unknown)));
      case 'numberFormat':
        return grid((c) => c?.numberFormat ?? 'General');
      case 'valueTypes':
        return grid((c) => {
          const v = c?.value ?? null;
          if (v === null) return 'Empty';
          if (typeof v === 'object') return 'Error';
          if (typeof v === 'boolean') return 'Boolean';
          if (typeof v === 'number') return Number.isInteger(v) ? 'Integer' : 'Double';
          return 'String';
        });
      case 'left':
        return colLeft(b.left);
      case 'top':
        return rowTop(b.top);
      case 'width':
        return colLeft(b.right + 1) - colLeft(b.left);
      case 'height':
        return rowTop(b.bottom + 1) - rowTop(b.top);
    }
    return super.resolve(p);
  }
  /** Loading `areas/items/x` resolves the items' properties in the same request. */
  resolveNow(p: string): unknown {
    const v = this.resolve(p);
    this.loaded.set(p, v);
    return v;
  }
  get isNullObject(): boolean {
    return this.read('isNullObject');
  }
  get address(): string {
    return this.read('address');
  }
  get rowIndex(): number {
    return this.read('rowIndex');
  }
  get columnIndex(): number {
    return this.read('columnIndex');
  }
  get rowCount(): number {
    return this.read('rowCount');
  }
  get columnCount(): number {
    return this.read('columnCount');
  }
  get valueTypes(): string[][] {
    return this.read('valueTypes');
  }
  get left(): number {
    return this.read('left');
  }
  get top(): number {
    return this.read('top');
  }
  get width(): number {
    return this.read('width');
  }
  get height(): number {
    return this.read('height');
  }
  get values(): unknown[][] {
    return this.read('values');
  }
  set values(v: unknown[][]) {
    const rows = this.checkShape(v, 'values');
    this.ctx.queue('range.values', v, () => {
      const b = this.box();
      const s = this.sheet();
      rows.forEach((row, r) => row.forEach((x, c) => inputCell(s, b.top + r, b.left + c, x)));
    });
  }
  get formulas(): unknown[][] {
    return this.read('formulas');
  }
  set formulas(v: unknown[][]) {
    const rows = this.checkShape(v, 'formulas');
    this.ctx.queue('range.formulas', v, () => {
      const b = this.box();
      const s = this.sheet();
      rows.forEach((row, r) => row.forEach((x, c) => inputCell(s, b.top + r, b.left + c, x)));
    });
  }
  get numberFormat(): string[][] {
    return this.read('numberFormat');
  }
  set numberFormat(v: string[][]) {
    const rows = this.checkShape(v, 'numberFormat');
    this.ctx.queue('range.numberFormat', v, () => {
      const b = this.box();
      const s = this.sheet();
      rows.forEach((row, r) =>
        row.forEach((x, c) => {
          const k = key(b.top + r, b.left + c);
          const cell = s.cells.get(k) ?? { value: null, format: {} };
          cell.numberFormat = String(x);
          s.cells.set(k, cell);
        }),
      );
    });
  }
  merge(across = false): void {
    this.ctx.queue('range.merge', { across }, () => {
      const b = this.box();
      const s = this.sheet();
      if (s.merges.some((m) => overlaps(m, b)))
        throw new FakeOfficeError('InvalidOperation', `Cannot merge ${boxAddress(b)} over an existing merge.`);
      s.merges.push(b);
      // Excel keeps only the top-left value of a merged area.
      for (let r = b.top; r <= b.bottom; r++)
        for (let c = b.left; c <= b.right; c++) {
          const cell = s.cells.get(key(r, c));
          if (cell && (r !== b.top || c !== b.left)) {
            cell.value = null;
            delete cell.formula;
          }
        }
    });
  }
  clear(): void {
    this.ctx.queue('range.clear', {}, () => {
      const b = this.box();
      const s = this.sheet();
      for (const k of [...s.cells.keys()]) {
        const [r, c] = k.split(',').map(Number);
        if (r >= b.top && r <= b.bottom && c >= b.left && c <= b.right) s.cells.delete(k);
      }
      s.merges = s.merges.filter((m) => !overlaps(m, b));
    });
  }
  select(): void {
    this.ctx.queue('range.select', {}, () => {
      const s = this.sheet();
      if (s.visibility !== 'Visible') throw new FakeOfficeError('InvalidOperation');
      this.state.active = s.name;
      this.state.selected = { sheet: s.name, address: boxAddress(this.box()) };
    });
  }
  getCell(row: number, col: number): FakeRange {
    const b = this.dims() ? (this.source as RangeBox) : null;
    if (!b) throw new FakeOfficeError('InvalidArgument');
    return new FakeRange(this.ctx, this.sheetName, {
      top: b.top + row,
      left: b.left + col,
      bottom: b.top + row,
      right: b.left + col,
    });
  }
  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.ctx, this.sheetName, () => {
      const b = this.box();
      return this.sheet().merges.filter((m) => overlaps(m, b));
    });
  }
  getSpecialCellsOrNullObject(cellType: string): FakeRangeAreas {
    if (cellType === 'Visible')
      return new FakeRangeAreas(this.ctx, this.sheetName, () => {
        const b = this.box();
        const s = this.sheet();
        const out: RangeBox[] = [];
        for (const [top, bottom] of visibleRuns(b.top, b.bottom, s.hiddenRows))
          for (const [left, right] of visibleRuns(b.left, b.right, s.hiddenCols))
            out.push({ top, left, bottom, right });
        return out;
      });
    if (cellType !== 'Formulas')
      throw new FakeOfficeError('InvalidArgument', `fake supports Formulas and Visible only`);
    return new FakeRangeAreas(this.ctx, this.sheetName, () => {
      const b = this.box();
      const out: RangeBox[] = [];
      for (const [k, c] of this.sheet().cells) {
        if (!c.formula) continue;
        const [r, col] = k.split(',').map(Number);
        if (r >= b.top && r <= b.bottom && col >= b.left && col <= b.right)
          out.push({ top: r, left: col, bottom: r, right: col });
      }
      return out;
    });
  }
}

/** Runs of consecutive indices from..to that are not hidden. */
function visibleRuns(from: number, to: number, hidden: Set<number>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = from;
  for (const h of [...hidden].filter((x) => x >= from && x <= to).sort((a, b) => a - b)) {
    if (h > start) out.push([start, h - 1]);
    start = h + 1;
  }
  if (start <= to) out.push([start, to]);
  return out;
}

function checkRule(v: unknown): void {
  const r = v as Record<string, Record<string, unknown>>;
  const kinds = Object.keys(r ?? {});
  if (kinds.length !== 1) throw new FakeOfficeError('InvalidArgument', 'a data validation rule has exactly one kind');
  const k = kinds[0];
  if (k === 'list') {
    if (typeof r.list.source !== 'string' || (r.list.source as string).length > 255)
      throw new FakeOfficeError('InvalidArgument', 'list source');
  } else if (['wholeNumber', 'decimal', 'date', 'textLength'].includes(k)) {
    if (!r[k].operator || r[k].formula1 === undefined) throw new FakeOfficeError('InvalidArgument', `${k} rule`);
  } else throw new FakeOfficeError('InvalidArgument', `unsupported rule ${k}`);
}

class FakeRangeAreas extends Proxy {
  private areaItems: FakeRange[] = [];
  readonly areas: { load(p: string): void; items: FakeRange[] };
  constructor(
    ctx: FakeContext,
    private sheetName: string,
    private boxes: () => RangeBox[],
  ) {
    super(ctx);
    const areas = {
      load: (p: string) => {
        const props = p
          .split(',')
          .map((x) => x.trim().replace(/^items\//, ''))
          .filter(Boolean);
        ctx.loads.push(() => {
          this.areaItems = this.boxes().map((b) => new FakeRange(ctx, sheetName, b));
          this.loaded.set('areas', true);
          // The items' own properties load in this same request.
          return this.areaItems.map((r) => props.map((prop) => r.resolveNow(prop)));
        });
      },
    } as { load(p: string): void; items: FakeRange[] };
    Object.defineProperty(areas, 'items', {
      get: () => {
        this.read('areas');
        return this.areaItems;
      },
    });
    this.areas = areas;
  }
  protected override loadable() {
    return ['isNullObject', 'address', 'areaCount'];
  }
  protected override resolve(p: string): unknown {
    const list = this.boxes();
    if (p === 'isNullObject') return list.length === 0;
    if (p === 'areaCount') return list.length;
    if (p === 'address') return list.map((b) => `${quoteSheet(this.sheetName)}!${boxAddress(b)}`).join(',');
    return super.resolve(p);
  }
  get isNullObject(): boolean {
    return this.read('isNullObject');
  }
}

class FakeRangeFormat {
  readonly font: Record<string, unknown> = {};
  readonly fill: Record<string, unknown> = {};
  readonly protection: Record<string, unknown> = {};
  readonly borders: { getItem(edge: string): Record<string, unknown> };
  constructor(
    ctx: FakeContext,
    private cells: () => Iterable<FakeCell>,
  ) {
    const setter = (obj: object, prefix: string, props: string[], apply?: (v: unknown) => void) => {
      for (const p of props)
        Object.defineProperty(obj, p, {
          set: (v: unknown) =>
            ctx.queue(`format.${prefix}${p}`, v, () => {
              if (apply) apply(v);
              else for (const c of this.cells()) c.format[`${prefix}${p}`] = v;
            }),
        });
    };
    setter(this.font, 'font.', ['name', 'size', 'bold', 'italic', 'color']);
    setter(this.fill, 'fill.', ['color']);
    setter(this.protection, '', ['locked'], (v) => {
      for (const c of this.cells()) c.locked = Boolean(v);
    });
    setter(this, '', ['horizontalAlignment', 'verticalAlignment', 'wrapText']);
    const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal'];
    this.borders = {
      getItem: (edge: string) => {
        if (!EDGES.includes(edge)) throw new FakeOfficeError('InvalidArgument', `border ${edge}`);
        const o: Record<string, unknown> = {};
        setter(o, `border.${edge}.`, ['style', 'weight', 'color']);
        return o;
      },
    };
    // Widths and heights apply to whole columns / rows of the range.
    Object.defineProperty(this, 'columnWidth', {
      set: (v: number) =>
        ctx.queue('format.columnWidth', v, () => {
          for (const col of this.spanOf('left', 'right')) this.sheetOf().columnWidths.set(col, v);
        }),
    });
    Object.defineProperty(this, 'rowHeight', {
      set: (v: number) =>
        ctx.queue('format.rowHeight', v, () => {
          for (const row of this.spanOf('top', 'bottom')) this.sheetOf().rowHeights.set(row, v);
        }),
    });
  }
  // Set by FakeRange after construction: the range this format belongs to.
  range?: FakeRange;
  private sheetOf(): FakeSheet {
    return (this.range as unknown as { sheet(): FakeSheet }).sheet();
  }
  private spanOf(a: 'left' | 'top', b: 'right' | 'bottom'): number[] {
    const box = (this.range as unknown as { box(): RangeBox }).box();
    const out: number[] = [];
    for (let i = box[a]; i <= Math.min(box[b], box[a] + 20000); i++) out.push(i);
    return out;
  }
}

class FakeConditionalFormatCollection {
  private list: Array<{ type: string; custom: { rule: { formula?: string; load(p: string): void } }; delete(): void }> =
    [];
  private isLoaded = false;
  constructor(
    private ctx: FakeContext,
    private sheet: () => FakeSheet,
    private address: () => string,
    private box: () => RangeBox,
  ) {}
  add(type: string): FakeConditionalFormat {
    if (type !== 'Custom' && type !== 'ColorScale')
      throw new FakeOfficeError('InvalidArgument', `unsupported conditional format ${type}`);
    const cf: FakeSheet['conditionalFormats'][number] = { range: '', type };
    this.ctx.queue('conditionalFormats.add', type, () => {
      cf.range = this.address();
      this.sheet().conditionalFormats.push(cf);
    });
    return new FakeConditionalFormat(this.ctx, cf);
  }
  /** Loads the rules that touch this range (items/type, items/custom/rule/formula). */
  load(_props?: string): this {
    this.ctx.loads.push(() => {
      const s = this.sheet();
      const b = this.box();
      const mine = s.conditionalFormats.filter((cf) => cf.range.split(',').some((r) => overlaps(parseAddress(r), b)));
      this.list = mine.map((cf) => ({
        type: cf.type ?? 'Custom',
        custom: { rule: { formula: cf.formula, load: () => undefined } },
        delete: () =>
          this.ctx.queue('conditionalFormat.delete', {}, () => {
            s.conditionalFormats = s.conditionalFormats.filter((x) => x !== cf);
          }),
      }));
      this.isLoaded = true;
      return this.list.map((x) => x.custom.rule.formula);
    });
    return this;
  }
  get items() {
    if (!this.isLoaded) throw new FakeOfficeError('PropertyNotLoaded', "The property 'items' is not available.");
    return this.list;
  }
}

class FakeConditionalFormat {
  readonly custom: { rule: Record<string, unknown>; format: { fill: Record<string, unknown> } };
  readonly colorScale: Record<string, unknown> = {};
  constructor(ctx: FakeContext, cf: FakeSheet['conditionalFormats'][number]) {
    Object.defineProperty(this.colorScale, 'criteria', {
      set: (v: unknown) => {
        if (cf.type !== 'ColorScale') throw new FakeOfficeError('InvalidOperation', 'not a colour scale');
        checkColorScale(v);
        ctx.queue('cf.colorScale', v, () => (cf.colorScale = v));
      },
    });
    const rule: Record<string, unknown> = {};
    Object.defineProperty(rule, 'formula', {
      set: (v: string) => {
        if (!v.startsWith('=')) throw new FakeOfficeError('InvalidArgument', 'conditional formula must start with =');
        ctx.queue('cf.formula', v, () => (cf.formula = v));
      },
    });
    const fill: Record<string, unknown> = {};
    Object.defineProperty(fill, 'color', { set: (v: string) => ctx.queue('cf.fill', v, () => (cf.fill = v)) });
    this.custom = { rule, format: { fill } };
  }
}

const CRITERION_TYPES = ['LowestValue', 'HighestValue', 'Number', 'Percent', 'Formula', 'Percentile'];

/** Excel's rules for colour-scale criteria: minimum and maximum required, #RRGGBB colours, a formula where needed. */
function checkColorScale(v: unknown): void {
  const c = v as Record<string, { type?: string; color?: string; formula?: string | null } | undefined>;
  for (const k of ['minimum', 'maximum', 'midpoint'] as const) {
    const x = c?.[k];
    if (!x) {
      if (k === 'midpoint') continue;
      throw new FakeOfficeError('InvalidArgument', `colour scale without ${k}`);
    }
    if (!CRITERION_TYPES.includes(x.type ?? ''))
      throw new FakeOfficeError('InvalidArgument', `criterion type ${x.type}`);
    if (!/^#[0-9A-F]{6}$/i.test(x.color ?? '')) throw new FakeOfficeError('InvalidArgument', `colour ${x.color}`);
    const needsFormula = x.type !== 'LowestValue' && x.type !== 'HighestValue';
    if (needsFormula !== (typeof x.formula === 'string' && x.formula !== ''))
      throw new FakeOfficeError('InvalidArgument', `criterion ${k}: formula ${String(x.formula)}`);
  }
}

/** A fresh fake workbook; `excelRun` is what the adapter takes in place of Excel.run. */
export function createFakeExcel() {
  const state = new FakeWorkbookState();
  return {
    state,
    run: state.run as unknown as <T>(batch: (ctx: Excel.RequestContext) => Promise<T>) => Promise<T>,
    createWorkbook: state.createWorkbook,
  };
}

/** Excel quotes a sheet name in a reference only when it has to. */
export const refSheet = (name: string): string =>
  /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Z]{1,3}\d+$/i.test(name) ? name : quoteSheet(name);

class FakeNamedItem extends Proxy {
  constructor(
    ctx: FakeContext,
    private itemName: string,
    private orNull = false,
  ) {
    super(ctx);
  }
  fill(props: string[]) {
    for (const p of props) this.loaded.set(p, this.resolve(p));
  }
  snapshot() {
    return Object.fromEntries(this.loaded);
  }
  private find() {
    return this.state.names.find((n) => n.name.toLowerCase() === this.itemName.toLowerCase());
  }
  protected override loadable() {
    return ['name', 'type', 'formula', 'value', 'visible', 'isNullObject'];
  }
  protected override resolve(p: string): unknown {
    const n = this.find();
    if (p === 'isNullObject') return !n;
    if (!n) throw new FakeOfficeError('ItemNotFound');
    if (p === 'name') return n.name;
    if (p === 'formula') return n.formula;
    if (p === 'value') return n.formula.slice(1);
    if (p === 'type') return n.formula === '=#REF!' ? 'Error' : 'Range';
    if (p === 'visible') return true;
    return super.resolve(p);
  }
  get name(): string {
    return this.read('name');
  }
  get type(): string {
    return this.read('type');
  }
  get formula(): string {
    return this.read('formula');
  }
  get isNullObject(): boolean {
    return this.read('isNullObject');
  }
  delete(): void {
    this.ctx.queue('name.delete', this.itemName, () => {
      const n = this.find();
      if (!n) {
        if (this.orNull) return;
        throw new FakeOfficeError('ItemNotFound');
      }
      this.state.names = this.state.names.filter((x) => x !== n);
    });
  }
}

class FakeNamedItemCollection extends Proxy {
  private list: FakeNamedItem[] = [];
  get items(): FakeNamedItem[] {
    this.read('items');
    return this.list;
  }
  override load(props?: string | string[]): this {
    const sub = (typeof props === 'string' ? props.split(',') : (props ?? []))
      .map((p) => p.trim().replace(/^items\//, ''))
      .filter(Boolean);
    this.ctx.loads.push(() => {
      this.list = this.state.names.map((n) => {
        const item = new FakeNamedItem(this.ctx, n.name);
        item.fill(sub.length ? sub : ['name', 'type', 'formula']);
        return item;
      });
      this.loaded.set('items', true);
      return this.list.map((i) => i.snapshot());
    });
    return this;
  }
  add(name: string, reference: FakeRange | string, comment?: string): FakeNamedItem {
    if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name) || /^[A-Z]{1,3}\d+$/i.test(name) || name.length > 255)
      throw new FakeOfficeError('InvalidArgument', `invalid name ${name}`);
    this.ctx.queue('names.add', { name, comment, ref: typeof reference === 'string' ? reference : 'range' }, () => {
      if (this.state.names.some((n) => n.name.toLowerCase() === name.toLowerCase()))
        throw new FakeOfficeError('ItemAlreadyExists', `The name ${name} already exists.`);
      let formula: string;
      if (typeof reference === 'string') formula = reference.startsWith('=') ? reference : `=${reference}`;
      else {
        const r = reference as unknown as { sheetName: string; box(): RangeBox };
        const sheet = this.state.sheet(r.sheetName);
        const b = r.box();
        const abs = (row: number, col: number) => `$${cellAddress(row, col).replace(/(\d+)$/, '$$$1')}`;
        formula = `=${refSheet(sheet.name)}!${abs(b.top, b.left)}${b.top === b.bottom && b.left === b.right ? '' : `:${abs(b.bottom, b.right)}`}`;
      }
      this.state.names.push({ name, formula });
    });
    return new FakeNamedItem(this.ctx, name);
  }
  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(this.ctx, name, true);
  }
  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.ctx, name);
  }
}
