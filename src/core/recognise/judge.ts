import { displayText, isBlank } from '../cell';
import type { Pack } from '../forms/pack';
import { compact } from '../normalise/text';
import type { Grid } from './grid';
import { locateForm, scoreCeiling, type Placement } from './locate';
import { locateText } from './locateText';
import type { RecognisedForm, SkippedSheet } from './types';

const NOTE_OPENERS = ['填表说明', '说明', '备注', '注:', '注意事项', '附注'];

export type SheetVerdict =
  | {
      kind: 'placed';
      placement: Placement;
      how: RecognisedForm['how'];
      instance?: string;
      /** What lianfang's own identification claimed the sheet was, where the sheet's content says otherwise. */
      claimed?: string;
    }
  | { kind: 'skipped'; skipped: SkippedSheet };

const placed = (placement: Placement, how: RecognisedForm['how'], instance?: string): SheetVerdict => ({
  kind: 'placed',
  placement,
  how,
  ...(instance ? { instance } : {}),
});

/** Which form of `pack` a sheet is, by its title and heading alone; ties are ambiguous, never guessed. */
export function judgeByHeaders(grid: Grid, pack: Pack): SheetVerdict {
  const sheet = grid.sheet.name;
  const found = pack.forms
    .map((f) => locateForm(grid, f) ?? locateText(grid, f))
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
  return placed(found[0], 'headers');
}

/**
 * A sheet's form: the user's say-so first; else lianfang's hidden identification, but only as a hint — where
 * the sheet's own title and heading say it is another form (a forged or stale identification), the content wins
 * and the claim is kept for the report; an identified sheet that no longer looks like any form is still read as
 * its form where its title stands.
 */
export function judgeSheet(
  grid: Grid,
  pack: Pack,
  override: string | undefined,
  id: { form: string; instance?: string } | undefined,
): SheetVerdict {
  const sheet = grid.sheet.name;
  if (override) {
    const form = pack.forms.find((f) => f.id === override);
    const p = form ? locateForm(grid, form, true) : null;
    if (p) return placed(p, 'override');
    return { kind: 'skipped', skipped: { sheet, reason: 'unrecognised', candidates: form ? [form.id] : [] } };
  }
  if (!id) return judgeByHeaders(grid, pack);
  const claimed = pack.forms.find((f) => f.id === id.form);
  const own = claimed ? (locateForm(grid, claimed) ?? locateText(grid, claimed)) : null;
  // The claim stands where no other form could outscore it: those need not be placed (most of a unit's sheets).
  if (own && pack.forms.every((f) => f === claimed || scoreCeiling(grid, f, own.score) <= own.score))
    return placed(own, 'meta', id.instance);
  const byHeaders = judgeByHeaders(grid, pack);
  if (own) {
    const other = byHeaders.kind === 'placed' ? byHeaders.placement : null;
    if (!other || other.form.id === own.form.id || own.score >= other.score) return placed(own, 'meta', id.instance);
  }
  if (byHeaders.kind === 'placed') return { ...byHeaders, claimed: id.form };
  const forced = claimed ? locateForm(grid, claimed, true) : null;
  if (forced?.titleRow) return placed(forced, 'meta', id.instance);
  return byHeaders;
}

/** A sheet of explanations: its first text opens like 填表说明 / 备注. */
export function isNotes(grid: Grid): boolean {
  for (let r = 1; r <= Math.min(grid.rowCount, 5); r++)
    for (let c = 1; c <= grid.width(r); c++) {
      const v = grid.at(r, c);
      if (isBlank(v)) continue;
      const t = compact(displayText(v));
      return NOTE_OPENERS.some((o) => t.startsWith(o));
    }
  return false;
}
