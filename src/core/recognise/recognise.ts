import { columnLetter } from '../a1';
import { ownedSheets } from '../meta/owned';
import { displayText, isBlank } from '../cell';
import { LianfangError } from '../errors';
import type { Pack } from '../forms/pack';
import type { Form } from '../forms/schema';
import { identifiedSheets } from '../meta/read';
import { compact } from '../normalise/text';
import { PACKS, findPack } from '../packs';
import type { SheetSnapshot, WorkbookSnapshot } from '../port';
import { makeGrid, type Grid } from './grid';
import { locateForm, type Placement } from './locate';
import { readBody } from './readBody';
import type { RecognisedForm, Recognition, SkippedSheet } from './types';

export interface RecogniseOptions {
  /** The pack the user named; wins over identification and detection. */
  pack?: string;
  /** Sheet name → form id, where the user says what a sheet is. */
  overrides?: Record<string, string>;
  /** Sheets lianfang writes itself and never reads as forms (the 校验报告 sheet). */
  ownSheets?: string[];
}

/** The sheet lianfang writes its validation report into (replaced on each run). */
/** The 校验报告 sheet validation writes (named in meta/owned.ts with every other sheet lianfang owns). */
export { VALIDATION_REPORT_SHEET as REPORT_SHEET } from '../meta/owned';

const NOTE_OPENERS = ['填表说明', '说明', '备注', '注:', '注意事项', '附注'];

type SheetVerdict =
  | { kind: 'placed'; placement: Placement; how: RecognisedForm['how']; instance?: string }
  | { kind: 'skipped'; skipped: SkippedSheet };

/**
 * Finds the forms of a pack in a workbook: lianfang's own sheets through their hidden identification, any other
 * sheet by its title and heading. The pack comes from the user's option, the identification, or the forms found;
 * a sheet that fits two forms equally well is reported with its candidates, never placed by guess.
 */
export function recogniseWorkbook(wb: WorkbookSnapshot, opts: RecogniseOptions = {}): Recognition {
  const ident = identifiedSheets(wb);
  const own = new Set([...ownedSheets(wb), ...(opts.ownSheets ?? [])]);
  const overrides = opts.overrides ?? {};
  if (opts.pack && !findPack(opts.pack))
    throw new LianfangError('unknown_pack', { pack: opts.pack, known: PACKS.map((p) => p.id).join('、') });
  const grids = new Map<string, Grid>();
  const gridOf = (s: SheetSnapshot) => grids.get(s.name) ?? grids.set(s.name, makeGrid(s)).get(s.name)!;

  const named = opts.pack ?? ident?.pack ?? packOfOverrides(overrides);
  let packs: Pack[] = named ? [findPack(named)].filter((p): p is Pack => !!p) : [...PACKS];
  const verdicts = new Map<string, Map<string, SheetVerdict>>();
  for (const pack of packs) {
    const perSheet = new Map<string, SheetVerdict>();
    for (const sheet of wb.sheets) {
      const pre = preSkip(sheet, own);
      if (pre) {
        perSheet.set(sheet.name, { kind: 'skipped', skipped: pre });
        continue;
      }
      const id = ident && ident.pack === pack.id ? ident.sheets.find((s) => s.sheet === sheet.name) : undefined;
      perSheet.set(sheet.name, judgeSheet(gridOf(sheet), pack, overrides[sheet.name], id));
    }
    verdicts.set(pack.id, perSheet);
  }

  let packCandidates: string[] | undefined;
  if (packs.length > 1) {
    const ranked = packs
      .map((p) => {
        const placed = [...verdicts.get(p.id)!.values()].filter((v) => v.kind === 'placed');
        return {
          p,
          n: placed.length,
          score: placed.reduce((s, v) => s + (v.kind === 'placed' ? v.placement.score : 0), 0),
        };
      })
      .filter((x) => x.n > 0)
      .sort((a, b) => b.n - a.n || b.score - a.score);
    if (ranked.length > 1 && ranked[0].n === ranked[1].n && ranked[0].score === ranked[1].score) {
      packCandidates = ranked.filter((x) => x.n === ranked[0].n && x.score === ranked[0].score).map((x) => x.p.id);
      packs = [];
    } else packs = ranked.length ? [ranked[0].p] : [];
  }

  const pack = packs[0];
  if (!pack) {
    const skipped = wb.sheets.map((s) => {
      const pre = preSkip(s, own);
      if (pre) return pre;
      if (packCandidates) return { sheet: s.name, reason: 'ambiguous' as const, candidates: packCandidates };
      return { sheet: s.name, reason: isNotes(gridOf(s)) ? ('notes' as const) : ('unrecognised' as const) };
    });
    return { forms: [], skipped, ...(packCandidates ? { packCandidates } : {}) };
  }
  const forms: RecognisedForm[] = [];
  const skipped: SkippedSheet[] = [];
  for (const sheet of wb.sheets) {
    const v = verdicts.get(pack.id)!.get(sheet.name)!;
    if (v.kind === 'skipped') skipped.push(v.skipped);
    else forms.push(readForm(gridOf(sheet), pack, v.placement, v.how, v.instance));
  }
  return { pack: pack.id, forms, skipped };
}

function packOfOverrides(overrides: Record<string, string>): string | undefined {
  const ids = new Set(Object.values(overrides));
  const fits = PACKS.filter((p) => [...ids].every((id) => p.forms.some((f) => f.id === id)));
  return ids.size && fits.length === 1 ? fits[0].id : undefined;
}

function preSkip(sheet: SheetSnapshot, own: Set<string>): SkippedSheet | null {
  if (own.has(sheet.name)) return { sheet: sheet.name, reason: 'lianfang' };
  if (sheet.visibility !== 'visible') return { sheet: sheet.name, reason: 'hidden' };
  if (!sheet.rows.some((row) => row.some((v) => !isBlank(v)))) return { sheet: sheet.name, reason: 'empty' };
  return null;
}

function judgeSheet(
  grid: Grid,
  pack: Pack,
  override: string | undefined,
  id: { form: string; instance?: string } | undefined,
): SheetVerdict {
  const sheet = grid.sheet.name;
  const forced = override ?? id?.form;
  if (forced) {
    const form = pack.forms.find((f) => f.id === forced);
    const placement = form ? locateForm(grid, form, true) : null;
    if (placement) return { kind: 'placed', placement, how: override ? 'override' : 'meta', instance: id?.instance };
    return { kind: 'skipped', skipped: { sheet, reason: 'unrecognised', candidates: form ? [form.id] : [] } };
  }
  const found = pack.forms
    .map((f) => locateForm(grid, f))
    .filter((p): p is Placement => !!p)
    .sort((a, b) => b.score - a.score);
  if (!found.length) return { kind: 'skipped', skipped: { sheet, reason: isNotes(grid) ? 'notes' : 'unrecognised' } };
  if (found.length > 1 && found[1].score === found[0].score)
    return {
      kind: 'skipped',
      skipped: {
        sheet,
        reason: 'ambiguous',
        candidates: found.filter((p) => p.score === found[0].score).map((p) => p.form.id),
      },
    };
  return { kind: 'placed', placement: found[0], how: 'headers' };
}

/** A sheet of explanations: its first text opens like 填表说明 / 备注, or it has no table-like rows at all. */
function isNotes(grid: Grid): boolean {
  for (let r = 1; r <= Math.min(grid.rowCount, 5); r++)
    for (let c = 1; c <= grid.width(r); c++) {
      const v = grid.at(r, c);
      if (isBlank(v)) continue;
      const t = compact(displayText(v));
      return NOTE_OPENERS.some((o) => t.startsWith(o));
    }
  return false;
}

function readForm(
  grid: Grid,
  pack: Pack,
  p: Placement,
  how: RecognisedForm['how'],
  instance: string | undefined,
): RecognisedForm {
  const body = readBody(grid, p.form, p.columns, p.headerRow, p.headerEnd + 1);
  const headerCells: Record<string, string> = {};
  for (const [k, c] of Object.entries(p.columns)) headerCells[k] = `${columnLetter(c)}${p.headerRow}`;
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
    columns: p.columns,
    headerCells,
    ...(p.unknown.length ? { unknownHeadings: p.unknown } : {}),
    header: p.header,
    rows: body.rows,
    totals: body.totals,
    bodyEnd: body.bodyEnd,
    signoff: body.signoff,
  };
}

/** Who a per-person / per-unit sheet is for: 姓名 (else the sheet's name), or the unit's first filled field. */
function instanceOf(form: Form, header: RecognisedForm['header'], sheet: string): string | null {
  if (form.kind === 'perPerson') {
    const name = header.name?.value;
    return isBlank(name ?? null) ? sheet : displayText(name ?? null).trim();
  }
  if (form.kind !== 'perUnit') return null;
  for (const f of form.header) {
    const v = header[f.key]?.value;
    if (!f.seal && !isBlank(v ?? null)) return displayText(v ?? null).trim();
  }
  return sheet;
}
