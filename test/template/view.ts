import { columnLetter, parseRange } from '../../src/core/a1';
import type { Pack } from '../../src/core/forms/pack';
import type { Form } from '../../src/core/forms/schema';

/** What a reader (ExcelJS or openpyxl) saw in one sheet, in one shape so both are checked alike. */
export interface SheetView {
  name: string;
  state: string;
  cells: Record<string, string | number | boolean | null>;
  merges: string[];
  validations: Array<{
    sqref: string;
    type: string;
    formula1?: string;
    formula2?: string;
    errorStyle?: string;
    prompt?: string | null;
  }>;
  cf: Array<{ sqref: string; formula: string; fill: string }>;
  freezeRow: number;
  page: { paper: number; orientation: string; fitToPage: boolean; fitToWidth: number; fitToHeight: number };
  printTitles: string;
  printArea: string;
  footer: string;
}
export interface WorkbookView {
  sheets: SheetView[];
  /** Defined name → "Sheet!$A$2" (quotes removed). */
  names: Record<string, string>;
}

const strip = (s: string) => s.replace(/\$/g, '').replace(/^'(.*)'!/, '$1!');

/** Every cell address a space-separated sqref covers. */
export function cellsOf(sqref: string): string[] {
  return sqref.split(/\s+/).flatMap((ref) => {
    const b = parseRange(strip(ref.includes('!') ? ref.split('!')[1] : ref));
    const out: string[] = [];
    for (let r = b.top; r <= b.bottom; r++) for (let c = b.left; c <= b.right; c++) out.push(`${columnLetter(c)}${r}`);
    return out;
  });
}

export interface FormPlace {
  sheet: SheetView;
  titleRow: number;
  headerRow: number;
  bodyStart: number;
  bodyEnd: number;
  /** Sheet column of each form column, read off the heading row by its printed label. */
  col: Record<string, number>;
  /** Last sheet column of the plan's printed table (the print area's right edge). */
  printedRight: number;
}

const rowOf = (a: string) => Number(a.replace(/^[A-Z]+/, ''));
const colOf = (a: string) => parseRange(a).left;
const squash = (v: unknown) => String(v ?? '').replace(/[\s：:]/g, '');

/** Where a printed label sits between two rows: its cell address, or null. */
export function findLabel(sheet: SheetView, label: string, from: number, to: number): string | null {
  const want = squash(label);
  const hits = Object.entries(sheet.cells)
    .filter(([a, v]) => rowOf(a) >= from && rowOf(a) <= to && squash(v) === want)
    .map(([a]) => a)
    .sort((x, y) => rowOf(x) - rowOf(y) || colOf(x) - colOf(y));
  return hits[0] ?? null;
}

/** The value printed right of a label on its row: the next cell holding something (merged cells hold it first). */
export function valueRightOf(sheet: SheetView, at: string): string | number | boolean | null {
  const r = rowOf(at);
  const cells = Object.entries(sheet.cells)
    .filter(([a, v]) => rowOf(a) === r && colOf(a) > colOf(at) && v !== null && v !== '')
    .sort((x, y) => colOf(x[0]) - colOf(y[0]));
  return cells[0]?.[1] ?? null;
}

/** The columns lianfang draws: a column the plan does not print (hangzhou 序号) is only read where typed. */
export const drawn = (form: Form): Form => ({ ...form, columns: form.columns.filter((c) => c.printed !== false) });

/** Finds a form's sheet through its LF_ name (as lianfang does) and its rows and columns by their printed labels. */
export function locate(wb: WorkbookView, form: Form, n = 1): FormPlace {
  const target = wb.names[`LF_${form.id}_${n}`];
  if (!target) throw new Error(`no defined name LF_${form.id}_${n}`);
  const [sheetName, cell] = strip(target).split('!');
  const sheet = wb.sheets.find((s) => s.name === sheetName);
  if (!sheet) throw new Error(`LF_${form.id}_${n} points to missing sheet ${sheetName}`);
  const titleRow = parseRange(cell).top;
  let headerRow = titleRow + 1;
  const first = drawn(form).columns[0].label;
  while (headerRow < titleRow + 30 && !findLabel(sheet, first, headerRow, headerRow)) headerRow++;
  const col: Record<string, number> = {};
  const area0 = parseRange(strip(sheet.printArea).split('!').pop()!);
  if (form.kind === 'pledge') {
    // A letter: 承诺人： then the name and the date to its right, no heading row above them.
    const label = findLabel(sheet, first, titleRow + 1, area0.bottom)!;
    // The name beside 承诺人：, the date on the line under it.
    form.columns.forEach((c) => (col[c.key] = colOf(label) + 1));
    return {
      sheet,
      titleRow,
      headerRow: rowOf(label) - 1,
      bodyStart: rowOf(label),
      bodyEnd: rowOf(label),
      col,
      printedRight: area0.right,
    };
  }
  for (const c of drawn(form).columns) {
    const at = findLabel(sheet, c.label, headerRow, headerRow);
    if (at) col[c.key] = colOf(at);
  }
  // The body runs until the first row whose first cell is the 备注 or a sign-off label, or the end.
  const stops = new Set([form.footer, ...form.signoff.map((s) => s.label)].filter(Boolean));
  // Blank body rows hold no values: the print area tells where the sheet ends.
  const area = parseRange(strip(sheet.printArea).split('!').pop()!);
  let bodyEnd = headerRow;
  for (let r = headerRow + 1; r <= area.bottom && !stops.has(String(sheet.cells[`A${r}`] ?? '')); r++) bodyEnd = r;
  return { sheet, titleRow, headerRow, bodyStart: headerRow + 1, bodyEnd, col, printedRight: area.right };
}

/** The checks every template sheet must pass, whichever library read it back. Returns problems, [] when fine. */
export function checkFormSheet(pack: Pack, full: Form, wb: WorkbookView): string[] {
  const form = drawn(full);
  const p: string[] = [];
  const fail = (s: string) => p.push(`${form.id}: ${s}`);
  const { sheet, titleRow, headerRow, bodyStart, bodyEnd, col, printedRight } = locate(wb, form);
  const at = (c: number, r: number) => sheet.cells[`${columnLetter(c)}${r}`] ?? null;
  const lastPrinted = columnLetter(printedRight);
  const printed = form.columns.filter((c) => !c.extra);

  if (sheet.state !== 'visible') fail(`state ${sheet.state}`);
  if (at(1, titleRow) !== form.title) fail(`title ${String(at(1, titleRow))}`);
  if (!sheet.merges.includes(`A${titleRow}:${lastPrinted}${titleRow}`)) fail('title not merged over the table');
  if (form.attachment && at(1, titleRow - 1) !== form.attachment) fail('attachment label missing');
  // Header fields between title and table, by their printed label (单位名称：(盖章) prints its colon first).
  for (const h of form.header)
    if (
      !findLabel(sheet, h.label, titleRow + 1, headerRow - 1) &&
      !findLabel(sheet, h.label.replace(/\(/, '：('), titleRow + 1, headerRow - 1)
    )
      fail(`header field ${h.label} not printed`);
  if (form.pledge && !String(at(1, headerRow - 1)).startsWith(form.pledge.slice(0, 20))) fail('pledge text missing');
  if (form.kind === 'pledge') {
    // Closed as a letter: no heading, no grid to freeze, the closing inside the print area.
    if (String(at(col[form.columns[0].key] - 1, bodyStart)) !== `${form.columns[0].label}：`) fail('no 承诺人： line');
    if (sheet.freezeRow) fail('a letter has no heading to freeze');
    return p;
  }
  // Every column heading, the plan's first and in order, lianfang's assessment columns after them.
  const order = form.columns.map((c) => col[c.key] ?? -1);
  form.columns.forEach((c, i) => {
    if (order[i] < 0) fail(`column heading ${c.label} missing`);
    else if (i && order[i] <= order[i - 1]) fail(`column heading ${c.label} out of order`);
  });
  const lastPrintedCol = col[printed[printed.length - 1].key];
  if (!(lastPrintedCol <= printedRight)) fail(`printed columns run past the print area`);
  for (const c of form.columns.filter((x) => x.extra))
    if (!(col[c.key] > printedRight)) fail(`assessment column ${c.label} inside the print area`);
  if (bodyEnd < bodyStart) fail('no body rows');

  // Dropdowns on enumerated columns, limits on scores: every body cell of the column is covered.
  const dvAt = new Map<string, SheetView['validations'][number]>();
  for (const v of sheet.validations) for (const a of cellsOf(v.sqref)) dvAt.set(a, v);
  const unq = (s?: string) => (s ?? '').replace(/^"|"$/g, '');
  form.columns.forEach((c) => {
    const want =
      c.kind === 'level'
        ? { type: 'list', f1: pack.grading.levels.map((l) => l.name).join(',') }
        : c.kind === 'choice'
          ? { type: 'list', f1: c.options!.join(',') }
          : c.kind === 'yesno'
            ? { type: 'list', f1: '是,否' }
            : c.kind === 'score'
              ? { type: 'whole', f1: String(c.min ?? 1), f2: String(c.max ?? 5) }
              : c.kind === 'percent'
                ? { type: 'decimal', f1: '0', f2: '100' }
                : c.kind === 'count'
                  ? { type: 'whole', f1: '0' }
                  : null;
    // The required-column policy, said in each cell of the plan's table: 必填 or 选填.
    if (!c.extra && c.kind !== 'seq' && !c.group) {
      const v = dvAt.get(`${columnLetter(col[c.key])}${bodyStart}`);
      const says = c.required ? '必填' : '选填';
      if (!v?.prompt?.startsWith(says)) return fail(`${c.label} does not say ${says}: ${JSON.stringify(v)}`);
    }
    if (!want) return;
    for (let r = bodyStart; r <= bodyEnd; r++) {
      const v = dvAt.get(`${columnLetter(col[c.key])}${r}`);
      if (!v) return fail(`no validation on ${c.label} at ${columnLetter(col[c.key])}${r}`);
      if (v.type !== want.type || unq(v.formula1) !== want.f1 || ('f2' in want && unq(v.formula2) !== want.f2))
        return fail(`${c.label} validation ${JSON.stringify(v)} ≠ ${JSON.stringify(want)}`);
      // A list the plan leaves open (A2 公开形式) suggests and never refuses; every other list stops a bad entry.
      const style = c.kind === 'choice' && c.open ? 'information' : 'stop';
      if (v.errorStyle !== style) return fail(`${c.label} validation style ${String(v.errorStyle)} ≠ ${style}`);
    }
  });

  // Level colours: one rule per level, with the pack's fill, over the body.
  const lc = form.columns.find((c) => c.kind === 'level');
  if (lc) {
    const ref = `$${columnLetter(col[lc.key])}${bodyStart}`;
    for (const l of pack.grading.levels) {
      const rules = sheet.cf.filter((r) => r.formula.replace(/\s/g, '') === `${ref}="${l.name}"`);
      if (rules.length !== 1) fail(`${rules.length} fill rules for ${l.name}`);
      else if (rules[0].fill.toUpperCase().slice(-6) !== l.fill.slice(-6)) fail(`${l.name} fill ${rules[0].fill}`);
      else if (!cellsOf(rules[0].sqref).includes(`A${bodyEnd}`)) fail(`${l.name} fill does not reach the last row`);
    }
  } else if (sheet.cf.length) fail('level fills on a form without a level');

  if (sheet.freezeRow !== headerRow) fail(`frozen at ${sheet.freezeRow}, header is row ${headerRow}`);
  const printedWidth = printed.reduce(
    (n, c) => n + (c.widths ? c.widths.reduce((a, b) => a + b, 0) : (c.width ?? 12)),
    0,
  );
  const orientation = form.orientation ?? (printedWidth > 100 ? 'landscape' : 'portrait');
  const pg = sheet.page;
  if (pg.paper !== 9) fail(`paper ${pg.paper}, not A4 (9)`);
  if (pg.orientation !== orientation) fail(`orientation ${pg.orientation} ≠ ${orientation}`);
  if (!pg.fitToPage || pg.fitToWidth !== 1 || pg.fitToHeight !== 0)
    fail(`not fit to one page wide ${JSON.stringify(pg)}`);
  if (strip(sheet.printTitles) !== `${titleRow}:${headerRow}`) fail(`print titles ${sheet.printTitles}`);
  const area = strip(sheet.printArea).split('!').pop()!;
  const ab = parseRange(area);
  if (ab.left !== 1 || ab.top !== 1 || ab.bottom < bodyEnd) fail(`print area ${area} is not A1:${lastPrinted}…`);
  if (!sheet.footer.includes('第 &P 页 共 &N 页')) fail(`footer ${sheet.footer}`);
  return p;
}
