import { STYLE } from '../build/styles';
import { findPack } from '../packs';
import { message } from '../messages';
import type { Op } from '../ops';
import { SheetWriter } from '../rollup/sheetWriter';
import type { RoundStatus } from './status';

const HEAD = { ...STYLE.header };
const BODY = { ...STYLE.body };
const STATUS_FILL = { done: 'FFE2EFDA', overdue: 'FFFFC7CE', pending: 'FFFFF2CC' } as const;

/** 报送进度: units × the round's deadlines, each cell what the unit has handed in by then. */
function progressSheet(st: RoundStatus): Op[] {
  const pack = findPack(st.pack)!;
  const sheet = message('round_progress_sheet');
  const w = new SheetWriter(sheet);
  const checked = st.deadlines.filter((d) => d.checked);
  const width = 1 + checked.length;
  w.set(1, 1, message('round_progress_title', { pack: pack.name, year: st.year, asOf: st.asOf }));
  w.merge(1, 1, 1, Math.max(width, 2));
  w.style(1, 1, 1, 1, { ...STYLE.title, size: 14 });
  w.set(2, 1, message('round_unit_col'));
  w.merge(2, 1, 3, 1);
  checked.forEach((d, i) => {
    w.set(2, i + 2, `${d.stage}:${d.forms.join('、')}${d.sealed ? '(须签章)' : ''}`);
    w.set(3, i + 2, message('round_due_header', { by: d.by, date: d.date }));
  });
  w.style(2, 1, 3, width, HEAD);
  st.units.forEach((u, i) => {
    const r = 4 + i;
    w.set(r, 1, u.unit);
    w.style(r, 1, r, 1, BODY);
    checked.forEach((d, j) => {
      const ud = u.deadlines.find((x) => x.id === d.id)!;
      const head =
        ud.status === 'done'
          ? message(ud.late ? 'round_done_late' : 'round_done', { days: ud.late ?? 0 })
          : ud.status === 'overdue'
            ? message('round_overdue', { days: ud.days })
            : message('round_pending', { days: ud.days });
      const forms = ud.shortfalls.map((s) => s.form).join('、');
      const file = u.likelyFile ? message(`round_cell_${u.likelyFile.why}`) : '';
      const detail = ud.shortfalls.length ? `\n${[file, forms].filter(Boolean).join(' ')}` : '';
      w.set(r, j + 2, `${head}${detail}`);
      w.style(r, j + 2, r, j + 2, { ...BODY, h: 'center', fill: STATUS_FILL[ud.status] });
    });
  });
  const notes = st.deadlines.filter((d) => !d.checked);
  let r = 5 + st.units.length;
  for (const d of notes) {
    w.set(
      r,
      1,
      `${message('round_due_header', { by: d.by, date: d.date })} ${d.what} → ${d.to}:${message('round_unchecked')}`,
    );
    w.merge(r, 1, r, Math.max(width, 4));
    w.style(r, 1, r, 1, STYLE.footer);
    r++;
  }
  w.op({ kind: 'columnWidths', sheet, widths: [24, ...checked.map(() => 24)] });
  w.op({ kind: 'freeze', sheet, rows: 3, columns: 1 });
  w.op({ kind: 'pageSetup', sheet, setup: { orientation: 'landscape', paper: 'A4', fitToWidth: true } });
  return [{ kind: 'addSheet', sheet }, ...w.toOps()];
}

/** 催报名单: one line per unit and overdue deadline, ready to paste into a notice. */
function chaseSheet(st: RoundStatus): Op[] {
  const sheet = message('round_chase_sheet');
  const w = new SheetWriter(sheet);
  const cols = message('round_chase_cols').split('|');
  w.set(1, 1, message('round_chase_title', { year: st.year, asOf: st.asOf }));
  w.merge(1, 1, 1, cols.length);
  w.style(1, 1, 1, 1, { ...STYLE.title, size: 14 });
  cols.forEach((c, i) => w.set(2, i + 1, c));
  w.style(2, 1, 2, cols.length, HEAD);
  st.chase.forEach((c, i) => {
    const r = 3 + i;
    [i + 1, c.unit, c.missing, `${c.by}(${c.date})`, c.to, c.daysOverdue].forEach((v, j) => w.set(r, j + 1, v));
    w.style(r, 1, r, cols.length, BODY);
    w.style(r, 6, r, 6, { h: 'center' });
  });
  if (!st.chase.length) w.set(3, 1, message('round_chase_none'));
  w.op({ kind: 'columnWidths', sheet, widths: [6, 24, 60, 22, 30, 10] });
  w.op({ kind: 'freeze', sheet, rows: 2, columns: 0 });
  w.op({
    kind: 'pageSetup',
    sheet,
    setup: { orientation: 'landscape', paper: 'A4', fitToWidth: true, titleRows: '2:2' },
  });
  return [{ kind: 'addSheet', sheet }, ...w.toOps()];
}

/** The round's two sheets for the consolidation workbook, placed after its own. */
export function roundOps(st: RoundStatus): Op[] {
  return [...progressSheet(st), ...chaseSheet(st)];
}
