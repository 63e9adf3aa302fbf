import { isBlank } from '../cell';
import { LianfangError } from '../errors';
import type { Pack } from '../forms/pack';
import { ownedSheets } from '../meta/owned';
import { identifiedSheets } from '../meta/read';
import { PACKS, findPack } from '../packs';
import type { SheetSnapshot, WorkbookSnapshot } from '../port';
import { isOwnCopy } from './claimed';
import { makeGrid, type Grid } from './grid';
import { isNotes, judgeByHeaders, judgeSheet, type SheetVerdict } from './judge';
import { mayStandTitled } from './locate';
import { sharedMemo } from './memo';
import { readForm } from './readForm';
import type { RecognisedForm, Recognition, SkippedSheet } from './types';

export interface RecogniseOptions {
  /** The pack the user named: never overridden (Recognition.betterPack says when another fits better). */
  pack?: string;
  /** Sheet name → form id, where the user says what a sheet is. */
  overrides?: Record<string, string>;
  /** Sheets lianfang writes itself and never reads as forms (the 校验报告 sheet). */
  ownSheets?: string[];
}

/** The 校验报告 sheet validation writes (named in meta/owned.ts with every other sheet lianfang owns). */
export { VALIDATION_REPORT_SHEET as REPORT_SHEET } from '../meta/owned';

interface PackFit {
  pack: Pack;
  /** Each readable sheet's verdict under the pack, judged on first ask. */
  verdict: (sheet: string) => SheetVerdict | undefined;
  /** Forms placed, placed under their plan's title, and the sum of their scores; n is -1 for a pack left out. */
  n: number;
  titles: number;
  score: number;
}

/**
 * Finds the forms of a pack in a workbook: any sheet by its title and heading, lianfang's own sheets with the
 * help of their hidden identification. The pack is the user's (never overridden), else the identification's
 * unless the sheets themselves fit another pack better, else the one whose forms fit best; a sheet or workbook
 * that fits two equally well is reported with its candidates, never placed by guess. lianfang's own metadata is
 * a hint only: where the content disagrees, the content is read and the disagreement reported.
 */
export function recogniseWorkbook(wb: WorkbookSnapshot, opts: RecogniseOptions = {}): Recognition {
  if (opts.pack && !findPack(opts.pack))
    throw new LianfangError('unknown_pack', { pack: opts.pack, known: PACKS.map((p) => p.id).join('、') });
  const memo = sharedMemo(wb);
  const ident = memo ? memo.identified(wb) : identifiedSheets(wb);
  const claimed = new Set([...ownedSheets(wb), ...(opts.ownSheets ?? [])]);
  const overrides = opts.overrides ?? {};
  const grids = new Map<string, Grid>();
  const gridOf = (s: SheetSnapshot) =>
    memo?.grid(s) ?? grids.get(s.name) ?? grids.set(s.name, makeGrid(s)).get(s.name)!;
  const judge = (s: SheetSnapshot, pack: Pack, id: { form: string; instance?: string } | undefined) =>
    claimed.has(s.name) ? judgeByHeaders(gridOf(s), pack) : judgeSheet(gridOf(s), pack, overrides[s.name], id);
  const readable = wb.sheets.filter((s) => !preSkip(s));

  const readableByName = new Map(readable.map((s) => [s.name, s]));
  const fitOf = (pack: Pack, matters?: (n: number, titles: number) => boolean): PackFit => {
    const verdicts = new Map<string, SheetVerdict>();
    const verdict = (sheet: string) => {
      const s = readableByName.get(sheet);
      if (!s) return undefined;
      let v = verdicts.get(sheet);
      if (!v) {
        const id = ident?.pack === pack.id ? ident.sheets.find((x) => x.sheet === s.name) : undefined;
        const key = [pack.id, claimed.has(s.name), overrides[s.name], id?.form, id?.instance].join('\n');
        verdicts.set(sheet, (v = memo ? memo.verdict(s, key, () => judge(s, pack, id)) : judge(s, pack, id)));
      }
      return v;
    };
    const fit: PackFit = { pack, verdict, n: 0, titles: 0, score: 0 };
    const counted = readable.filter((s) => !claimed.has(s.name));
    for (let i = 0; i < counted.length; i++) {
      // A pack that can no longer matter (even placing every sheet left, under its title) changes no decision:
      // its other sheets stay unjudged.
      const left = counted.length - i;
      if (matters && !matters(fit.n + left, fit.titles + left)) return { ...fit, n: -1 };
      const v = verdict(counted[i].name)!;
      if (v.kind !== 'placed') continue;
      fit.n++;
      if (v.placement.titleRow) fit.titles++;
      fit.score += v.placement.score;
    }
    return fit;
  };
  // Where the pack is named or identified, another pack matters only where it places more forms than that one
  // (or as many, under more titles, for a named pack): the others are left as soon as they cannot.
  const named = opts.pack ?? packOfOverrides(overrides);
  const anchorId = named ?? (ident && findPack(ident.pack) ? ident.pack : undefined);
  const anchor = anchorId ? fitOf(findPack(anchorId)!) : undefined;
  const matters =
    anchor &&
    (named
      ? (n: number, titles: number) => n > anchor.n || (n === anchor.n && titles > anchor.titles)
      : (n: number) => n > anchor.n);
  const fits = PACKS.map((pack) => (pack.id === anchorId ? anchor! : fitOf(pack, matters)));
  const ranked = fits.filter((f) => f.n > 0).sort((a, b) => b.n - a.n || b.titles - a.titles || b.score - a.score);
  const best = ranked[0];
  const beats = (a: PackFit, b: PackFit) => a.n > b.n || (a.n === b.n && a.titles > b.titles);

  let chosen: PackFit | undefined;
  const out: Partial<Recognition> = {};
  if (named) {
    chosen = anchor!;
    if (best && best !== chosen && beats(best, chosen))
      out.betterPack = { pack: best.pack.id, forms: best.n, titles: best.titles };
  } else if (anchor) {
    chosen = anchor;
    if (best && best !== chosen && best.n > chosen.n) {
      out.metaDisagrees = [{ claimed: anchor.pack.id, found: best.pack.id }];
      chosen = best;
    }
  } else if (ranked.length > 1 && ranked[0].n === ranked[1].n && ranked[0].score === ranked[1].score) {
    out.packCandidates = ranked.filter((x) => x.n === best.n && x.score === best.score).map((x) => x.pack.id);
  } else chosen = best;

  if (!chosen) {
    const skipped = wb.sheets.map((s): SkippedSheet => {
      const pre = preSkip(s, claimed) ?? (claimed.has(s.name) ? { sheet: s.name, reason: 'lianfang' as const } : null);
      if (pre) return pre;
      if (out.packCandidates) return { sheet: s.name, reason: 'ambiguous', candidates: out.packCandidates };
      return { sheet: s.name, reason: isNotes(gridOf(s)) ? 'notes' : 'unrecognised' };
    });
    return { forms: [], skipped, ...out };
  }
  return { pack: chosen.pack.id, ...readChosen(wb, chosen, fits, claimed, gridOf, out), ...out };
}

function readChosen(
  wb: WorkbookSnapshot,
  chosen: PackFit,
  fits: PackFit[],
  claimed: Set<string>,
  gridOf: (s: SheetSnapshot) => Grid,
  out: Partial<Recognition>,
): Pick<Recognition, 'forms' | 'skipped'> {
  const forms: RecognisedForm[] = [];
  const skipped: SkippedSheet[] = [];
  const copies: Array<{ at: number; rf: RecognisedForm }> = [];
  const disagree = (sheet: string, claim: string, found: string) =>
    (out.metaDisagrees ??= []).push({ sheet, claimed: claim, found });
  for (const s of wb.sheets) {
    const pre = preSkip(s, claimed);
    const v = chosen.verdict(s.name);
    if (pre || !v) {
      skipped.push(pre ?? { sheet: s.name, reason: 'unrecognised' });
      continue;
    }
    if (v.kind === 'skipped') {
      skipped.push(claimed.has(s.name) ? { sheet: s.name, reason: 'lianfang' } : otherPack(v.skipped, gridOf(s), fits));
      continue;
    }
    // Placed by shared column names only, while another programme's form title stands over it: that form.
    const titled = v.placement.titleRow ? null : otherPack({ sheet: s.name, reason: 'unrecognised' }, gridOf(s), fits);
    if (titled?.reason === 'otherPack') {
      skipped.push(titled);
      continue;
    }
    const rf = readForm(gridOf(s), chosen.pack, v.placement, v.how, v.instance);
    if (claimed.has(s.name)) copies.push({ at: forms.length, rf });
    else forms.push(rf);
    if (v.claimed) disagree(s.name, v.claimed, rf.form);
  }
  // A sheet lianfang's names claim is skipped only where it really is lianfang's copy of forms read elsewhere.
  for (const { at, rf } of copies.reverse()) {
    const form = chosen.pack.forms.find((f) => f.id === rf.form)!;
    if (isOwnCopy(rf, form, forms)) skipped.push({ sheet: rf.sheet, reason: 'lianfang' });
    else {
      forms.splice(at, 0, rf);
      disagree(rf.sheet, 'lianfang', rf.form);
    }
  }
  const order = new Map(wb.sheets.map((s, i) => [s.name, i]));
  skipped.sort((a, b) => order.get(a.sheet)! - order.get(b.sheet)!);
  return { forms: withContinuations(forms), skipped };
}

/**
 * A sheet the chosen pack cannot place, carrying another pack's form title: say which, never pass it silently. A
 * pack none of whose titles the sheet's first rows hold is not judged on it.
 */
function otherPack(skipped: SkippedSheet, grid: Grid, fits: PackFit[]): SkippedSheet {
  if (skipped.reason !== 'unrecognised') return skipped;
  const sheet = grid.sheet.name;
  for (const f of fits) {
    if (!mayStandTitled(grid, f.pack.forms)) continue;
    const v = f.verdict(sheet);
    if (v?.kind === 'placed' && v.placement.titleRow)
      return { sheet, reason: 'otherPack', candidates: [`${f.pack.id} ${v.placement.form.id}`] };
  }
  return skipped;
}

function packOfOverrides(overrides: Record<string, string>): string | undefined {
  const ids = new Set(Object.values(overrides));
  const fits = PACKS.filter((p) => [...ids].every((id) => p.forms.some((f) => f.id === id)));
  return ids.size && fits.length === 1 ? fits[0].id : undefined;
}

/** Sheets never read: hidden ones (lianfang's own hidden data says so), and empty ones. */
function preSkip(sheet: SheetSnapshot, claimed?: Set<string>): SkippedSheet | null {
  if (sheet.visibility !== 'visible')
    return { sheet: sheet.name, reason: claimed?.has(sheet.name) ? 'lianfang' : 'hidden' };
  if (!sheet.rows.some((row) => row.some((v) => !isBlank(v)))) return { sheet: sheet.name, reason: 'empty' };
  return null;
}

/** A sheet named as the next part of another: 附件1（续）, 附件1续表, 附件1(续2), 附件1-续 → 附件1. */
const CONTINUED = /^(.+?)[\s\-—_]*[(（]?(?:续表?|续页)\d*[)）]?$/;

/**
 * Marks each form on a sheet named as another's next part (附件1（续） after 附件1), where that sheet holds the same
 * form: the plans let a table go on 另续表, and such a part carries no header fields of its own.
 */
function withContinuations(forms: RecognisedForm[]): RecognisedForm[] {
  return forms.map((rf) => {
    const base = CONTINUED.exec(rf.sheet.normalize('NFKC').trim())?.[1]?.trim();
    const first =
      base && forms.find((f) => f !== rf && f.form === rf.form && f.sheet.normalize('NFKC').trim() === base);
    return first ? { ...rf, continues: first.sheet } : rf;
  });
}
