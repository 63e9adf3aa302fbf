import type { CellValue } from '../cell';
import { displayText } from '../cell';
import { STYLE } from '../build/styles';
import type { GradingScheme } from '../grade/scheme';
import { message } from '../messages';
import { monitorOf, ownerOf } from './monitor';
import type { RiskRow } from './riskRows';
import type { SheetWriter } from './sheetWriter';

const HEAD = { ...STYLE.header };
const SECTION = { font: STYLE.base.font, size: 12, bold: true };

type Key = 'n' | 'form' | 'dept' | 'person' | 'text' | 'category' | 'monitor' | 'where';
const KEYS: Key[] = ['n', 'form', 'dept', 'person', 'text', 'category', 'monitor', 'where'];
/** Who gets the sheet's spare columns first: the risk's text, who monitors it, then the names. */
const WIDEN: Key[] = ['text', 'text', 'monitor', 'form', 'person', 'text', 'monitor', 'text'];

const tops = (rows: RiskRow[]) => rows.filter((x) => x.level === 0);
const monitorIn = (scheme: GradingScheme, x: RiskRow) => monitorOf(x.source.form, x.cells, scheme.levels[0].monitor);

/** Whether anyone is named to monitor the top-level risks (the plan, the rows): puyang's plan names nobody. */
export const hasMonitors = (scheme: GradingScheme, rows: RiskRow[]): boolean =>
  !!scheme.levels[0].monitor || tops(rows).some((x) => monitorIn(scheme, x));

/**
 * The columns of the top-level list: 科室 only where the forms have one, 监控责任 where someone is named,
 * 位置 only in the unit's own workbook.
 */
export function topListKeys(scheme: GradingScheme, rows: RiskRow[], printed: boolean): Key[] {
  const skip = new Set<Key>([
    ...(rows.some((x) => x.dims.dept) ? [] : ['dept' as const]),
    ...(hasMonitors(scheme, rows) ? [] : ['monitor' as const]),
    ...(printed ? ['where' as const] : []),
  ]);
  return KEYS.filter((k) => !skip.has(k));
}

/** How many of the sheet's columns each list column spans, filling `columns` columns. */
function spansOf(keys: Key[], columns: number): number[] {
  const spans = keys.map(() => 1);
  for (let spare = columns - keys.length, i = 0; spare > 0; spare--, i++) {
    const at = keys.indexOf(WIDEN[i % WIDEN.length]);
    spans[at >= 0 ? at : keys.indexOf('text')]++;
  }
  return spans;
}

/**
 * 四、the top-level risks and who monitors them, across the sheet's columns. Printed (the report) it names each
 * form as the plan does (附件3, 附表1 …) and gives no cell references; the unit's own workbook adds 位置.
 */
export function topList(
  w: SheetWriter,
  opts: { scheme: GradingScheme; rows: RiskRow[]; printed: boolean; heading: string; widths: number[]; at: number },
): number {
  const { scheme, printed, widths } = opts;
  let r = opts.at;
  w.set(r, 1, opts.heading);
  w.style(r, 1, r, 1, SECTION);
  r++;
  const keys = topListKeys(scheme, opts.rows, printed);
  const spans = spansOf(keys, widths.length);
  const starts = spans.map((_, i) => 1 + spans.slice(0, i).reduce((a, b) => a + b, 0));
  const spanWidth = (i: number) => widths.slice(starts[i] - 1, starts[i] - 1 + spans[i]).reduce((a, b) => a + b, 0);
  const labels = message('rollup_top_cols').split('|');
  const put = (at: number, values: CellValue[]) => {
    values.forEach((v, i) => {
      w.set(at, starts[i], v);
      w.merge(at, starts[i], at, starts[i] + spans[i] - 1);
    });
    w.fit(
      at,
      values.map((v, i) => [displayText(v), spanWidth(i)]),
    );
  };
  put(
    r,
    keys.map((k) => labels[KEYS.indexOf(k)]),
  );
  w.style(r, 1, r, widths.length, HEAD);
  const top = tops(opts.rows);
  if (!top.length) {
    w.set(r + 1, 1, message('rollup_none'));
    w.merge(r + 1, 1, r + 1, widths.length);
    return r + 1;
  }
  top.forEach((x, i) => {
    const rf = x.source.rf;
    const form = x.source.form;
    const values: Record<Key, CellValue> = {
      n: i + 1,
      form: printed ? (form.attachment ?? form.title) : rf.sheet,
      dept: x.dims.dept ?? '',
      person: x.dims.post || displayText(rf.header.name?.value ?? null) || rf.instance || ownerOf(form, x.cells),
      text: x.text,
      category: x.category,
      monitor: monitorIn(scheme, x),
      where: `${rf.sheet}!${w.addr(x.row, rf.columns[x.source.levelKey])}`,
    };
    put(
      r + 1 + i,
      keys.map((k) => values[k]),
    );
  });
  // One look over the whole list, not one per row (a report of 100,000 risks lists tens of thousands here).
  w.style(r + 1, 1, r + top.length, widths.length, { ...STYLE.body });
  w.style(r + 1, 1, r + top.length, 1, { h: 'center' });
  return r + top.length;
}
