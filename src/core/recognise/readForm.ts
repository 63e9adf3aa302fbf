import { columnLetter } from '../a1';
import { displayText, isBlank } from '../cell';
import type { Pack } from '../forms/pack';
import type { Form } from '../forms/schema';
import type { Grid } from './grid';
import type { Placement } from './locate';
import { findSignoff, readBody, type Body } from './readBody';
import type { RecognisedForm, RecognisedRow } from './types';

/** Reads a placed form: its body rows, totals, sign-off block and where each part sits. */
export function readForm(
  grid: Grid,
  pack: Pack,
  p: Placement,
  how: RecognisedForm['how'],
  instance: string | undefined,
): RecognisedForm {
  if (p.text) return readText(grid, pack, p, how, instance, p.text);
  const body = bodyOf(grid, p);
  return {
    pack: pack.id,
    form: p.form.id,
    sheet: grid.sheet.name,
    how,
    instance: instance ?? instanceOf(p.form, p.header, grid.sheet.name) ?? undefined,
    titleRow: p.titleRow,
    ...(p.titleCell ? { titleCell: p.titleCell } : {}),
    headerRow: p.headerRow,
    headerEnd: p.headerEnd,
    // Copies: a placement may be shared by several recognitions of one snapshot (RecognitionMemo).
    columns: { ...p.columns },
    headerCells: body.headerCells,
    ...(p.unknown.length ? { unknownHeadings: p.unknown.map((u) => ({ ...u })) } : {}),
    header: copyHeader(p.header),
    rows: body.rows,
    totals: body.totals,
    bodyEnd: body.bodyEnd,
    ...(body.gaps ? { gaps: body.gaps } : {}),
    signoff: body.signoff,
    ...(body.tableBelow
      ? { tableBelow: `${columnLetter(Math.min(...Object.values(p.columns)))}${body.tableBelow}` }
      : {}),
  };
}

/**
 * Each placement's body, read once: recognitions sharing a memo place a sheet once and are handed its form as often
 * as they ask (consolidation: three times a unit). A placement lives no longer than its grid, so no longer than
 * the unchanged snapshot it was found in.
 */
const bodies = new WeakMap<Placement, Body & { headerCells: Record<string, string> }>();

/**
 * The placement's body and where each column's heading cell is, read once and handed to every recognition that
 * asks: frozen (rows, their cells, totals, sign-off), so no caller can change what another is handed; copying
 * them for each caller cost more than reading them.
 */
function bodyOf(grid: Grid, p: Placement): Body & { headerCells: Record<string, string> } {
  let b = bodies.get(p);
  if (!b) {
    const body = readBody(grid, p.form, p.columns, p.headerRow, p.headerEnd + 1);
    const headerCells: Record<string, string> = {};
    for (const [k, c] of Object.entries(p.columns)) headerCells[k] = `${columnLetter(c)}${p.headerRow}`;
    for (const r of [...body.rows, ...body.totals]) Object.freeze(Object.freeze(r).cells);
    for (const s of Object.values(body.signoff)) Object.freeze(s);
    b = {
      rows: Object.freeze(body.rows) as RecognisedRow[],
      totals: Object.freeze(body.totals) as RecognisedRow[],
      bodyEnd: body.bodyEnd,
      signoff: Object.freeze(body.signoff),
      ...(body.tableBelow ? { tableBelow: body.tableBelow } : {}),
      ...(body.gaps ? { gaps: Object.freeze(body.gaps.map((g) => Object.freeze(g))) as Body['gaps'] } : {}),
      headerCells: Object.freeze(headerCells),
    };
    bodies.set(p, b);
  }
  return b;
}

/** The header fields, each its own object: a placement may be shared by several recognitions (RecognitionMemo). */
const copyHeader = (h: Placement['header']): Placement['header'] =>
  Object.fromEntries(Object.entries(h).map(([k, v]) => [k, { ...v }]));

/** A form typed as text: one row whose values sit in their labelled lines (fieldCells says where each is). */
function readText(
  grid: Grid,
  pack: Pack,
  p: Placement,
  how: RecognisedForm['how'],
  instance: string | undefined,
  t: NonNullable<Placement['text']>,
): RecognisedForm {
  const cells = Object.fromEntries(Object.entries(t.fields).map(([k, f]) => [k, f.value]));
  const fieldCells = Object.fromEntries(Object.entries(t.fields).map(([k, f]) => [k, f.cell]));
  const person = p.form.kind === 'pledge' ? p.form.columns.find((c) => c.required && c.kind === 'text') : undefined;
  const who = person && !isBlank(cells[person.key] ?? null) ? displayText(cells[person.key]).trim() : undefined;
  return {
    pack: pack.id,
    form: p.form.id,
    sheet: grid.sheet.name,
    how,
    instance: instance ?? who ?? instanceOf(p.form, p.header, grid.sheet.name) ?? undefined,
    titleRow: p.titleRow,
    ...(p.titleCell ? { titleCell: p.titleCell } : {}),
    headerRow: p.headerRow,
    headerEnd: p.headerEnd,
    columns: { ...p.columns },
    headerCells: {},
    header: copyHeader(p.header),
    // A form not filled in yet (lianfang's blank 承诺书: 承诺人： and 年 月 日 only) has no row, as a blank table has none.
    rows: Object.values(cells).some((v) => !isBlank(v)) ? [{ row: t.firstRow, cells }] : [],
    totals: [],
    bodyEnd: t.lastRow,
    signoff: findSignoff(grid, p.form, t.lastRow + 1),
    fieldCells,
    ...(t.words ? { words: t.words } : {}),
  };
}

/** Who a per-person / per-unit sheet is for: 姓名 (else the sheet's name), or the unit's first filled field. */
function instanceOf(form: Form, header: RecognisedForm['header'], sheet: string): string | null {
  if (form.kind === 'perPerson' || form.kind === 'pledge') {
    const name = header.name?.value;
    return isBlank(name ?? null) ? sheet : displayText(name ?? null).trim();
  }
  if (form.kind !== 'perUnit') return null;
  // The unit's own field first (内设机构 under B2's 单位); else the sealed one, where it names the 处室 itself (C2).
  // A signer's field (C2 分管领导(签字)) never names the sheet.
  const signed = new Set(form.signoff.map((s) => s.field));
  for (const seal of [false, true])
    for (const f of form.header) {
      const v = header[f.key]?.value;
      if (!signed.has(f.key) && !!f.seal === seal && !isBlank(v ?? null)) return displayText(v ?? null).trim();
    }
  return sheet;
}
