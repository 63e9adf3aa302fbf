import { displayText, isBlank, type CellValue } from '../cell';
import type { Form, SignoffStep } from '../forms/schema';
import type { RecognisedForm } from '../recognise/types';
import { unitKey } from '../normalise/unit';
import { ANY_UNIT, normaliseName, sameName, type Roster, type RosterEntry } from './roster';
import { namesRole } from './roleWords';
import type { Stamp } from './stamp';

export type IdentityProblemCode =
  'signer_not_in_roster' | 'key_not_in_roster' | 'roster_name_mismatch' | 'role_not_in_roster' | 'unit_not_in_roster';

export interface IdentityProblem {
  code: IdentityProblemCode;
  /** The name the roster gives this key (roster_name_mismatch), the steps or units it allows. */
  other?: string;
}

/**
 * Who signed, as far as the roster tells: `trusted` (key, name, step and unit all on the roster), `untrusted`
 * (some of it is not), or `unchecked` (no roster: the key is only a key, whoever made it).
 */
export interface IdentityCheck {
  status: 'trusted' | 'untrusted' | 'unchecked';
  problems: IdentityProblem[];
}

export const UNCHECKED: IdentityCheck = { status: 'unchecked', problems: [] };

/** The unit a form is filled for: its 单位名称 (盖章) field, or the first header field about a unit. */
export function formUnit(def: Form, found: RecognisedForm): string | null {
  return unitOfHeader(def, (key) => found.header[key]?.value);
}

/** The person a per-person form is for (its 姓名 field), whom its 本人 step must be signed by. */
export function personOfHeader(def: Form, value: (key: string) => CellValue | undefined): string | null {
  const h = def.header.find((x) => x.key === 'name' || x.label === '姓名');
  const v = h ? value(h.key) : undefined;
  return v !== undefined && !isBlank(v) ? displayText(v).trim() : null;
}

/** 本人 is the person the form is for: the step whose role is self. */
export const isSelfStep = (step: SignoffStep | undefined): boolean => step?.role === 'self' || step?.who === '本人';

export function unitOfHeader(def: Form, value: (key: string) => CellValue | undefined): string | null {
  const fields = [...def.header.filter((h) => h.seal), ...def.header.filter((h) => !h.seal && /单位/.test(h.label))];
  for (const h of fields) {
    const v = value(h.key);
    if (v !== undefined && !isBlank(v)) return displayText(v).trim();
  }
  return null;
}

const allowsStep = (e: RosterEntry, step: SignoffStep): boolean =>
  e.roles.some((r) => sameName(r, step.who) || sameName(r, step.label) || namesRole(r, step.role));

/** A unit as a roster or a form's header writes it, with or without its (盖章). */
const unitOf = (u: string) => normaliseName(unitKey(u));

const allowsUnit = (e: RosterEntry, unit: string | null): boolean =>
  e.units.some((u) => u === ANY_UNIT) || (unit !== null && e.units.some((u) => unitOf(u) === unitOf(unit)));

/** Checks one stamp against the roster: the key must be listed, under the signer's name, for this step and unit. */
export function checkIdentity(
  roster: Roster | undefined,
  stamp: Stamp,
  step: SignoffStep | undefined,
  unit: string | null,
): IdentityCheck {
  if (!roster) return UNCHECKED;
  const byKey = roster.entries.filter((e) => e.fingerprint === stamp.fingerprint);
  if (!byKey.length) {
    const named = roster.entries.some((e) => sameName(e.name, stamp.signer));
    return { status: 'untrusted', problems: [{ code: named ? 'key_not_in_roster' : 'signer_not_in_roster' }] };
  }
  const mine = byKey.filter((e) => sameName(e.name, stamp.signer));
  if (!mine.length) return { status: 'untrusted', problems: [{ code: 'roster_name_mismatch', other: byKey[0].name }] };
  if (step && mine.some((e) => allowsStep(e, step) && allowsUnit(e, unit))) return { status: 'trusted', problems: [] };
  const problems: IdentityProblem[] = [];
  if (!step || !mine.some((e) => allowsStep(e, step)))
    problems.push({ code: 'role_not_in_roster', other: [...new Set(mine.flatMap((e) => e.roles))].join('、') });
  else if (!mine.some((e) => allowsStep(e, step) && allowsUnit(e, unit)))
    problems.push({ code: 'unit_not_in_roster', other: [...new Set(mine.flatMap((e) => e.units))].join('、') });
  return { status: 'untrusted', problems };
}
