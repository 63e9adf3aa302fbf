import { STYLE } from '../build/styles';
import type { CellValue } from '../cell';
import { message } from '../messages';
import { findPack } from '../packs';
import type { Op } from '../ops';
import { SheetWriter } from '../rollup/sheetWriter';
import type { Consolidation, UnitReport } from './consolidate';
import { CHINA_TIME_FORMAT, chinaTimeCell } from './localTime';
import { consolidationCounts, consolidationSummary, isCounted as counted } from './summary';

const HEAD = { ...STYLE.header };
const BODY = { ...STYLE.body, h: 'center' as const };
const SECTION = { font: STYLE.base.font, size: 12, bold: true };

const packName = (id: string | null): string => (id ? (findPack(id)?.name ?? id) : '');

function validationText(u: UnitReport): string {
  if (!u.validation) return message('consolidate_not_validated');
  const p = { errors: u.validation.errors, warnings: u.validation.warnings };
  return u.validation.valid ? message('consolidate_valid', p) : message('consolidate_invalid', p);
}

function signoffText(u: UnitReport): string {
  if (!u.signoff) return message('consolidate_signed_none');
  return message('consolidate_signed', {
    ...u.signoff,
    ok: u.signoff.ok ? 1 : 0,
    identity: u.signoff.identity,
  } as never);
}

/** The committee's workbook: every unit's totals side by side with live totals, and who handed in what. */
export function consolidationOps(c: Consolidation): Op[] {
  const pack = c.pack ? findPack(c.pack) : undefined;
  const counts = consolidationCounts(c);
  const unitsSheet = message('consolidate_units_sheet');
  const statusSheet = message('consolidate_status_sheet');
  const w = new SheetWriter(unitsSheet);
  const fixed = message('consolidate_cols').split('|');
  const cats = [...c.categories, message('rollup_other_category'), message('rollup_subtotal')];
  const first = fixed.length + 1;
  // After the levels: the risk points no level was read for (blank, or not one of the plan's), then 合计 of all.
  const unlevelledCol = fixed.length + c.levels.length * cats.length + 1;
  const width = unlevelledCol + 1;
  w.set(1, 1, message('consolidate_title', { pack: pack?.name ?? '' }));
  w.merge(1, 1, 1, Math.min(width, 12));
  w.style(1, 1, 1, 1, STYLE.title);
  w.set(2, 1, consolidationSummary(c));
  w.merge(2, 1, 2, Math.min(width, 12));
  const h1 = 4;
  const h2 = 5;
  fixed.forEach((t, i) => {
    w.set(h1, i + 1, t);
    w.merge(h1, i + 1, h2, i + 1);
  });
  c.levels.forEach((lv, l) => {
    const c0 = first + l * cats.length;
    w.set(h1, c0, lv);
    w.merge(h1, c0, h1, c0 + cats.length - 1);
    cats.forEach((cat, ci) => w.set(h2, c0 + ci, cat));
  });
  w.set(h1, unlevelledCol, message('consolidate_unlevelled'));
  w.merge(h1, unlevelledCol, h2, unlevelledCol);
  w.set(h1, width, message('rollup_total'));
  w.merge(h1, width, h2, width);
  w.style(h1, 1, h2, width, HEAD);
  pack?.grading.levels.forEach((lv, l) =>
    w.style(h1, first + l * cats.length, h1, first + (l + 1) * cats.length - 1, { fill: lv.fill }),
  );

  c.units.forEach((u, i) => {
    const r = h2 + 1 + i;
    const dup = u.duplicate ? message(u.duplicate.newest ? 'consolidate_dup_newest' : 'consolidate_dup_older') : '';
    const other = u.otherPack ? message('consolidate_other_pack', { pack: packName(u.pack) }) : '';
    [
      i + 1,
      u.unit,
      u.file,
      chinaTimeCell(u.modified),
      validationText(u),
      signoffText(u),
      [dup, other].filter(Boolean).join('；'),
    ].forEach((v, ci) => w.set(r, ci + 1, v));
    w.set(r, fixed.length, message(counted(u) ? 'consolidate_counted' : 'consolidate_not_counted'));
    if (u.otherPack) {
      // Graded by another plan's levels: none of these columns is its, so its own total stands alone.
      w.set(r, width, u.total + u.unlevelled);
      return;
    }
    const subtotals: string[] = [];
    c.levels.forEach((lv, l) => {
      const c0 = first + l * cats.length;
      const byCat = u.counts[lv] ?? {};
      let other = 0;
      for (const [cat, n] of Object.entries(byCat)) if (!c.categories.includes(cat)) other += n;
      c.categories.forEach((cat, ci) => w.set(r, c0 + ci, byCat[cat] ?? 0));
      w.set(r, c0 + c.categories.length, other);
      const sub = c0 + cats.length - 1;
      const subValue = Object.values(byCat).reduce((a, b) => a + b, 0);
      w.set(r, sub, subValue, `SUM(${w.addr(r, c0)}:${w.addr(r, sub - 1)})`);
      subtotals.push(w.addr(r, sub));
    });
    w.set(r, unlevelledCol, u.unlevelled);
    subtotals.push(w.addr(r, unlevelledCol));
    w.set(r, width, u.total + u.unlevelled, subtotals.join('+'));
  });
  const last = h2 + c.units.length;
  // One look for the whole block (one style each, however many units), then the rows left out of the totals.
  if (c.units.length) {
    w.style(h2 + 1, 1, last, width, BODY);
    w.style(h2 + 1, 4, last, 4, { numFmt: CHINA_TIME_FORMAT });
  }
  c.units.forEach((u, i) => {
    if (!counted(u)) w.style(h2 + 1 + i, 1, h2 + 1 + i, width, { color: 'FF808080', italic: true });
  });
  const tr = last + 1;
  w.set(tr, 1, message('consolidate_grand_total'));
  w.merge(tr, 1, tr, fixed.length);
  const flag = `$${w.addr(h2 + 1, fixed.length).replace(/(\d+)$/, '$$$1')}:$${w.addr(Math.max(last, h2 + 1), fixed.length).replace(/(\d+)$/, '$$$1')}`;
  for (let col = first; col <= width; col++) {
    const v = c.units.reduce((n, u, i) => (counted(u) ? n + Number(w.value(h2 + 1 + i, col)) : n), 0);
    const range = `${w.addr(h2 + 1, col)}:${w.addr(Math.max(last, h2 + 1), col)}`;
    w.set(tr, col, v, c.units.length ? `SUMIF(${flag},"${message('consolidate_counted')}",${range})` : null);
  }
  w.style(tr, 1, tr, width, { ...BODY, bold: true });
  w.op({
    kind: 'columnWidths',
    sheet: unitsSheet,
    widths: [6, 22, 28, 18, 16, 18, 22, 8, ...Array(width - fixed.length - 2).fill(8), 10, 8],
  });
  w.op({ kind: 'freeze', sheet: unitsSheet, rows: h2, columns: 2 });
  w.op({ kind: 'pageSetup', sheet: unitsSheet, setup: { orientation: 'landscape', paper: 'A4', fitToWidth: true } });

  const s = new SheetWriter(statusSheet);
  let r = 1;
  /** A titled list; `n` is what the title counts when it is not the rows (units of duplicated files). */
  const section = (title: string, header: string[], rows: CellValue[][], n = rows.length, timeCol = -1) => {
    s.set(r, 1, message('consolidate_section', { title, n }));
    s.style(r, 1, r, 1, SECTION);
    r++;
    header.forEach((h, i) => s.set(r, i + 1, h));
    s.style(r, 1, r, header.length, HEAD);
    r++;
    if (!rows.length) s.set(r++, 1, message('rollup_none'));
    for (const row of rows) {
      row.forEach((v, i) => s.set(r, i + 1, v));
      s.style(r, 1, r, header.length, { ...STYLE.body });
      if (timeCol >= 0) s.style(r, timeCol + 1, r, timeCol + 1, { numFmt: CHINA_TIME_FORMAT });
      r++;
    }
    r++;
  };
  section(
    message('consolidate_missing'),
    ['单位名称'],
    c.missing.map((m) => [m]),
  );
  section(
    message('consolidate_duplicates'),
    ['单位名称', '文件', '修改时间', '说明'],
    c.duplicates.flatMap((d) =>
      d.files.map((f) => {
        const u = c.units.find((x) => x.file === f)!;
        return [d.unit, f, chinaTimeCell(u.modified), f === d.newest ? message('consolidate_newest') : ''];
      }),
    ),
    counts.duplicates,
    2,
  );
  if (counts.other)
    section(
      message('consolidate_other_list'),
      ['单位名称', '文件', '方案'],
      c.units.filter((u) => u.otherPack).map((u) => [u.unit, u.file, packName(u.pack)]),
    );
  section(
    message('consolidate_unreadable_list'),
    ['文件', '原因'],
    c.unreadable.map((u) => [u.file, u.reason]),
  );
  section(
    message('consolidate_no_unit_list'),
    ['文件'],
    c.noUnit.map((f) => [f]),
  );
  if (c.unexpected.length || c.missing.length)
    section(
      message('consolidate_unexpected'),
      ['单位名称'],
      c.unexpected.map((u) => [u]),
    );
  s.op({ kind: 'columnWidths', sheet: statusSheet, widths: [28, 40, 20, 12] });

  return [
    { kind: 'addSheet', sheet: unitsSheet },
    ...w.toOps(),
    { kind: 'addSheet', sheet: statusSheet },
    ...s.toOps(),
    { kind: 'activate', sheet: unitsSheet },
  ];
}
