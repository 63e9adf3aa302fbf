import type { Roster } from '../approve/roster';
import type { WorkbookVerification } from '../approve/verify';
import { verifyAnyWorkbook } from '../report/verifyAny';
import type { Pack } from '../forms/pack';
import { message } from '../messages';
import { unitKey } from '../normalise/unit';
import { findPack } from '../packs';
import type { WorkbookSnapshot } from '../port';
import { recogniseWorkbook } from '../recognise';
import { sharingRecognition } from '../recognise/memo';
import { formsHandedIn, type FormHandedIn } from '../round/handedIn';
import { riskRows, riskSources } from '../rollup/riskRows';
import { rollupSheets, unitName } from '../rollup/rollupWorkbook';
import { schemeInForceOrPlan } from '../settings/schemeSettings';
import { validateWorkbook } from '../validate';
import { standingOf } from './programme';

/** One handed-in file: its snapshot, or why it could not be read (the door reads; the core never touches files). */
export interface UnitInput {
  file: string;
  /** When the workbook was last saved (its own modified date, else the file time), ISO 8601. */
  modified?: string;
  /** The file's time, ISO 8601: breaks ties between copies saved with the same workbook date. */
  fileTime?: string;
  snapshot?: WorkbookSnapshot;
  error?: { code: string; message: string };
}

export type Counts = Record<string, Record<string, number>>;

export interface UnitReport {
  file: string;
  unit: string;
  pack: string | null;
  modified?: string;
  fileTime?: string;
  /** Risk points by level × category (category '' when none); levels as the unit's pack names them. */
  counts: Counts;
  total: number;
  /** Rows whose level is blank or not one of the pack's levels. */
  unlevelled: number;
  validation?: { valid: boolean; errors: number; warnings: number };
  /** ok: every stamp intact and, when a roster was given, every signer on it; identity: whether anyone checked who signed. */
  signoff?: {
    stamps: number;
    forms: number;
    complete: number;
    ok: boolean;
    identity: 'trusted' | 'untrusted' | 'unchecked';
  };
  /** Set when the same unit handed in more than once. */
  duplicate?: { newest: boolean; copies: number };
  /** The unit's workbook belongs to another pack than the consolidation's. */
  otherPack?: boolean;
  /** Each form it holds, filled rows and sign-off state: what a round's deadlines check (core/round). */
  forms?: FormHandedIn[];
}

export interface Consolidation {
  pack: string | null;
  levels: string[];
  categories: string[];
  units: UnitReport[];
  missing: string[];
  unexpected: string[];
  duplicates: Array<{ unit: string; files: string[]; newest: string }>;
  unreadable: Array<{ file: string; code: string; reason: string }>;
  /** Files read but with no 单位名称 in any form. */
  noUnit: string[];
  /** Over every unit once (the newest copy of a duplicate). */
  total: Counts;
  /** Risk points graded, over every unit once. */
  grandTotal: number;
  /** Risk points whose level is blank or not one of the pack's, over every unit once: never left out unsaid. */
  unlevelled: number;
}

export interface ConsolidateOptions {
  /** Units expected to hand in (one name each). */
  expect?: string[];
  /** The programme; by default the pack most units belong to. */
  pack?: string;
  /** Run validation on each unit (default true). */
  validate?: boolean;
  /** Verify sign-off stamps (default true). */
  verify?: boolean;
  /** The signers' roster the committee issued: without it, no unit's signers count as verified. */
  roster?: Roster;
}

const emptyCounts = (pack: Pack | undefined): Counts =>
  Object.fromEntries(
    (pack?.grading.levels ?? []).map((l) => [l.name, Object.fromEntries(pack!.categories.values.map((c) => [c, 0]))]),
  );

/**
 * Reads one unit's workbook into its totals, validation and sign-off status. The three recognise the same
 * unchanged snapshot: they share one memo, so each sheet is judged once.
 */
export function unitReport(input: UnitInput & { snapshot: WorkbookSnapshot }, opts: ConsolidateOptions = {}) {
  return sharingRecognition(input.snapshot, () => readUnit(input, opts));
}

async function readUnit(input: UnitInput & { snapshot: WorkbookSnapshot }, opts: ConsolidateOptions) {
  const wb = input.snapshot;
  const own = [...rollupSheets(wb).values()];
  let recognition = recogniseWorkbook(wb, { ...(opts.pack ? { pack: opts.pack } : {}), ownSheets: own });
  // A unit of another programme is read as its own programme's (and left out of the totals), never recast.
  if (opts.pack && standingOf(recognition).belonging === 'other')
    recognition = recogniseWorkbook(wb, { ownSheets: own });
  const pack = recognition.pack ? findPack(recognition.pack) : undefined;
  const counts = emptyCounts(pack);
  let total = 0;
  let unlevelled = 0;
  if (pack) {
    const { scheme } = schemeInForceOrPlan(pack.id, pack.grading, wb);
    for (const r of riskRows(pack, scheme, riskSources(pack, recognition))) {
      if (r.level === undefined) {
        unlevelled++;
        continue;
      }
      const lv = scheme.levels[r.level].name;
      counts[lv] ??= {};
      counts[lv][r.category] = (counts[lv][r.category] ?? 0) + 1;
      total++;
    }
  }
  const report: UnitReport = {
    file: input.file,
    unit: unitName(recognition) || '',
    pack: pack?.id ?? null,
    ...(input.modified ? { modified: input.modified } : {}),
    ...(input.fileTime ? { fileTime: input.fileTime } : {}),
    counts,
    total,
    unlevelled,
  };
  if (opts.validate !== false && pack) {
    const v = validateWorkbook(wb, { pack: pack.id, ownSheets: own });
    report.validation = { valid: v.valid, errors: v.stats.errors, warnings: v.stats.warnings };
  }
  let verification: WorkbookVerification | undefined;
  if (opts.verify !== false) {
    // A lower level's report carries its stamp records: they are verified again, never its printed words.
    const v = (verification = await verifyAnyWorkbook(wb, { roster: opts.roster }));
    if (v.stampCount)
      report.signoff = {
        stamps: v.stampCount,
        forms: v.forms.length,
        complete: v.forms.filter((f) => f.complete).length,
        ok: v.ok,
        identity: !v.roster ? 'unchecked' : v.trusted ? 'trusted' : 'untrusted',
      };
  }
  if (pack) report.forms = formsHandedIn(pack, recognition.forms, verification);
  return report;
}

/**
 * Puts every unit's totals side by side for the higher committee: who handed in, who did not, who twice,
 * which files could not be read. One bad file never stops the rest.
 */
export async function consolidate(inputs: UnitInput[], opts: ConsolidateOptions = {}): Promise<Consolidation> {
  const units: UnitReport[] = [];
  const unreadable: Consolidation['unreadable'] = [];
  for (const input of inputs) {
    if (!input.snapshot) {
      unreadable.push({
        file: input.file,
        code: input.error?.code ?? 'unreadable',
        reason: input.error?.message ?? message('consolidate_unreadable', { file: input.file, reason: '' }),
      });
      continue;
    }
    try {
      units.push(await unitReport({ ...input, snapshot: input.snapshot }, opts));
    } catch (e) {
      unreadable.push(unreadableOf(input.file, e));
    }
  }
  return combineReports(units, unreadable, opts);
}

/** A failure while reading a unit, as the committee reads it. */
export function unreadableOf(file: string, e: unknown): Consolidation['unreadable'][number] {
  const err = e as { code?: string; params?: Record<string, string | number> };
  const code = typeof err?.code === 'string' ? err.code : 'internal_error';
  return { file, code, reason: message(code, { file, ...(err?.params ?? {}) }) };
}

/** Combines unit reports made one by one (a door streaming many files) into the consolidation. */
export function combineReports(
  units: UnitReport[],
  unreadable: Consolidation['unreadable'],
  opts: ConsolidateOptions = {},
): Consolidation {
  const packId = opts.pack ?? mostCommon(units.map((u) => u.pack).filter((p): p is string => !!p));
  const pack = packId ? findPack(packId) : undefined;
  for (const u of units) if (pack && u.pack && u.pack !== pack.id) u.otherPack = true;

  const noUnit = units.filter((u) => !u.unit).map((u) => u.file);
  const named = units.filter((u) => u.unit);
  const byUnit = new Map<string, UnitReport[]>();
  for (const u of named) byUnit.set(unitKey(u.unit), [...(byUnit.get(unitKey(u.unit)) ?? []), u]);
  const duplicates: Consolidation['duplicates'] = [];
  for (const copies of byUnit.values()) {
    if (copies.length < 2) continue;
    // Saved the same second: the file's own time tells them apart (as the list's order does), then the name.
    const newest = [...copies].sort(newestFirst)[0];
    copies.forEach((c) => (c.duplicate = { newest: c === newest, copies: copies.length }));
    duplicates.push({ unit: newest.unit, files: copies.map((c) => c.file), newest: newest.file });
  }
  const expected = (opts.expect ?? []).map((s) => s.trim()).filter(Boolean);
  const expectedKeys = new Set(expected.map(unitKey));
  const missing = expected.filter((e) => !byUnit.has(unitKey(e)));
  const unexpected = expected.length
    ? [...byUnit.values()].map((c) => c[0].unit).filter((u) => !expectedKeys.has(unitKey(u)))
    : [];

  const total = emptyCounts(pack);
  let grandTotal = 0;
  let unlevelled = 0;
  for (const u of units) {
    if (u.otherPack || (u.duplicate && !u.duplicate.newest)) continue;
    unlevelled += u.unlevelled;
    for (const [lv, cats] of Object.entries(u.counts))
      for (const [c, n] of Object.entries(cats)) {
        total[lv] ??= {};
        total[lv][c] = (total[lv][c] ?? 0) + n;
        grandTotal += n;
      }
  }
  // Expected order first (the committee's own list), then the rest by name; copies of a unit together.
  const order = new Map(expected.map((e, i) => [unitKey(e), i]));
  const collator = new Intl.Collator('zh-CN');
  units.sort(
    (a, b) =>
      (order.get(unitKey(a.unit)) ?? 1e9) - (order.get(unitKey(b.unit)) ?? 1e9) ||
      collator.compare(a.unit, b.unit) ||
      newestFirst(a, b),
  );
  return {
    pack: pack?.id ?? null,
    levels: pack?.grading.levels.map((l) => l.name) ?? [],
    categories: pack ? [...pack.categories.values] : [],
    units,
    missing,
    unexpected,
    duplicates,
    unreadable,
    noUnit,
    total,
    grandTotal,
    unlevelled,
  };
}

/** Newest first: the workbook's saved date, then the file time, then the file name for a stable order. */
const newestFirst = (a: UnitReport, b: UnitReport): number =>
  (b.modified ?? '').localeCompare(a.modified ?? '') ||
  (b.fileTime ?? '').localeCompare(a.fileTime ?? '') ||
  a.file.localeCompare(b.file);

function mostCommon(xs: string[]): string | undefined {
  const n = new Map<string, number>();
  for (const x of xs) n.set(x, (n.get(x) ?? 0) + 1);
  return [...n].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
}
