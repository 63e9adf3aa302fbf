import { quoteSheet } from '../a1';
import { STYLE } from '../build/styles';
import { message } from '../messages';
import { findPack } from '../packs';
import type { Op } from '../ops';
import { SheetWriter } from '../rollup/sheetWriter';
import type { Comparison, UnitComparison } from './compare';

const HEAD = { ...STYLE.header };
const BODY = { ...STYLE.body };
const KINDS = ['added', 'removed', 'reworded', 'raised', 'lowered', 'measure'] as const;
type Kind = (typeof KINDS)[number];
const KIND_FILL: Record<Kind, string> = {
  added: 'FFE2EFDA',
  removed: 'FFFCE4D6',
  reworded: 'FFFFF2CC',
  raised: 'FFFFC7CE',
  lowered: 'FFDDEBF7',
  measure: 'FFEDEDED',
};

const kindText = (k: Kind) => message(`compare_kind_${k}`);
const pct = (v: number | null) => (v === null ? '' : v);

/** One line per change, the data the overview counts. */
function detailRows(u: UnitComparison): Array<[Kind, string, string, string, string, string, string]> {
  const at = (p: { at: string }) => p.at.replace(/^'(.*)'!/, '$1 第') + '行';
  return [
    ...u.added.map((r) => ['added', '', r.text, '', r.level, '', at(r)] as const),
    // Gone this year: where it stood last year, said as such (the column is this year's position).
    ...u.removed.map(
      (r) => ['removed', r.text, '', r.level, '', '', `${message('compare_last_year')}${at(r)}`] as const,
    ),
    ...u.reworded.map(
      (x) =>
        [
          'reworded',
          x.before.text,
          x.after.text,
          x.before.level,
          x.after.level,
          x.similarity.toFixed(2),
          at(x.after),
        ] as const,
    ),
    ...u.raised.map(
      (x) => ['raised', x.before.text, x.after.text, x.before.level, x.after.level, '', at(x.after)] as const,
    ),
    ...u.lowered.map(
      (x) => ['lowered', x.before.text, x.after.text, x.before.level, x.after.level, '', at(x.after)] as const,
    ),
    ...u.measuresAdded.map((m) => ['measure', m.risk, m.measure, '', '', '', ''] as const),
  ].map((r) => [...r] as [Kind, string, string, string, string, string, string]);
}

/** The comparison workbook: the committee's ranking (counts live over the detail sheet) and every change. */
export function comparisonOps(c: Comparison, years: { last: string; now: string }): Op[] {
  const pack = c.pack ? findPack(c.pack) : undefined;
  const top = c.levels[0] ?? '';
  const overview = message('compare_overview_sheet');
  const detail = message('compare_detail_sheet');
  const d = new SheetWriter(detail);
  const dCols = message('compare_detail_cols').split('|');
  d.set(1, 1, message('compare_detail_title', years));
  d.merge(1, 1, 1, dCols.length);
  d.style(1, 1, 1, 1, { ...STYLE.title, size: 14 });
  dCols.forEach((t, i) => d.set(2, i + 1, t));
  d.style(2, 1, 2, dCols.length, HEAD);
  let r = 3;
  for (const u of c.units)
    for (const [kind, ...rest] of detailRows(u)) {
      [u.unit, kindText(kind), ...rest].forEach((v, i) => d.set(r, i + 1, v));
      d.style(r, 1, r, dCols.length, BODY);
      d.style(r, 2, r, 2, { fill: KIND_FILL[kind], h: 'center' });
      r++;
    }
  const lastDetail = Math.max(r - 1, 3);
  d.op({ kind: 'columnWidths', sheet: detail, widths: [18, 10, 40, 40, 8, 8, 8, 20] });
  d.op({ kind: 'freeze', sheet: detail, rows: 2, columns: 1 });
  d.op({
    kind: 'pageSetup',
    sheet: detail,
    setup: { orientation: 'landscape', paper: 'A4', fitToWidth: true, titleRows: '2:2' },
  });

  const w = new SheetWriter(overview);
  const cols = message('compare_overview_cols', { top }).split('|');
  w.set(1, 1, message('compare_title', { pack: pack?.name ?? '', ...years }));
  w.merge(1, 1, 1, cols.length);
  w.style(1, 1, 1, 1, { ...STYLE.title, size: 14 });
  w.set(2, 1, message('compare_note', { threshold: c.threshold }));
  w.merge(2, 1, 2, cols.length);
  w.style(2, 1, 2, 1, STYLE.footer);
  w.op({ kind: 'rowHeight', sheet: overview, row: 2, height: 30 });
  cols.forEach((t, i) => w.set(3, i + 1, t));
  w.style(3, 1, 3, cols.length, HEAD);
  const range = (col: string) => `${quoteSheet(detail)}!$${col}$3:$${col}$${lastDetail}`;
  c.units.forEach((u, i) => {
    const row = 4 + i;
    const nameCell = `$B${row}`;
    const count = (k: Kind) => `COUNTIFS(${range('A')},${nameCell},${range('B')},"${kindText(k)}")`;
    w.set(row, 1, u.rank);
    w.set(row, 2, u.unit);
    w.set(row, 3, message(`compare_status_${u.status}`));
    w.set(row, 4, u.before);
    w.set(row, 5, u.after);
    const counts = [u.added.length, u.removed.length, u.reworded.length, u.raised.length, u.lowered.length];
    KINDS.slice(0, 5).forEach((k, j) => w.set(row, 6 + j, counts[j], count(k)));
    w.set(row, 11, u.changes, `SUM(F${row}:J${row})`);
    w.set(row, 12, pct(u.topShare.before));
    w.set(row, 13, pct(u.topShare.after));
    w.set(row, 14, u.measuresAdded.length, count('measure'));
    w.style(row, 1, row, cols.length, { ...BODY, h: 'center' });
    w.style(row, 2, row, 2, { h: 'left' });
    w.style(row, 12, row, 13, { numFmt: '0.0%' });
  });
  w.op({ kind: 'columnWidths', sheet: overview, widths: [6, 20, 12, 9, 9, 7, 7, 7, 8, 8, 9, 11, 11, 9] });
  w.op({ kind: 'freeze', sheet: overview, rows: 3, columns: 2 });
  w.op({
    kind: 'pageSetup',
    sheet: overview,
    setup: { orientation: 'landscape', paper: 'A4', fitToWidth: true, titleRows: '3:3' },
  });

  const status: string[][] = [
    ...c.unreadable.map((u) => [u.file, u.year === 'last' ? years.last : years.now, u.reason]),
    ...c.noUnit.map((u) => [
      u.file,
      u.year === 'last' ? years.last : years.now,
      message('consolidate_no_unit', { file: u.file }),
    ]),
  ];
  let s = 5 + c.units.length;
  if (status.length) {
    w.set(s++, 1, message('compare_unread_title'));
    for (const line of status) {
      w.set(s, 2, line[1]);
      w.set(s, 3, `${line[0]}:${line[2]}`);
      s++;
    }
  }
  return [
    { kind: 'addSheet', sheet: overview },
    ...w.toOps(),
    { kind: 'addSheet', sheet: detail },
    ...d.toOps(),
    { kind: 'activate', sheet: overview },
  ];
}
