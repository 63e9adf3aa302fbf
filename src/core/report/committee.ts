import { combineReports, consolidationOps, type Counts, type UnitReport } from '../consolidate';
import type { Pack } from '../forms/pack';
import type { Op } from '../ops';
import type { ReportModel, ReportUnit } from './model';
import { printLikeReport } from './print';
import type { ReportSheet } from './rollupSheets';
import { riskPoints } from './risks';

/** A report unit as the consolidation counts it: totals by level × category, validation and sign-off status. */
function unitReportOf(pack: Pack, model: ReportModel, u: ReportUnit): UnitReport {
  const counts: Counts = Object.fromEntries(
    pack.grading.levels.map((l) => [l.name, Object.fromEntries(pack.categories.values.map((c) => [c, 0]))]),
  );
  let total = 0;
  let unlevelled = 0;
  for (const p of riskPoints(pack, { ...model, units: [u] })) {
    if (p.level < 0) {
      unlevelled++;
      continue;
    }
    const lv = pack.grading.levels[p.level].name;
    counts[lv][p.category] = (counts[lv][p.category] ?? 0) + 1;
    total++;
  }
  const stamps = u.forms.flatMap((f) => f.stamps);
  const complete = u.forms.filter((f) => {
    const steps = pack.forms.find((x) => x.id === f.form)?.signoff ?? [];
    return steps.length > 0 && steps.every((s) => f.stamps.some((st) => st.role === s.role && st.decision === '同意'));
  }).length;
  return {
    file: u.source ?? u.unit,
    unit: u.unit,
    pack: pack.id,
    counts,
    total,
    unlevelled,
    ...(u.validation.checked
      ? {
          validation: {
            valid: u.validation.errors === 0,
            errors: u.validation.errors,
            warnings: u.validation.warnings,
          },
        }
      : {}),
    ...(stamps.length
      ? {
          signoff: {
            stamps: stamps.length,
            forms: u.forms.length,
            complete,
            ok: stamps.every((s) => s.verification === 'valid' || s.verification === 'intact'),
            identity: stamps.every((s) => s.verification === 'valid')
              ? ('trusted' as const)
              : stamps.some((s) => s.verification === 'untrusted')
                ? ('untrusted' as const)
                : ('unchecked' as const),
          },
        }
      : {}),
  };
}

/**
 * The consolidation sheets (src/core/consolidate) for a committee's report over many units: every unit's
 * totals side by side with live totals, who handed in twice, and who of `expect` has not handed in.
 */
export function committeeSheets(pack: Pack, model: ReportModel, expect: string[] = []): ReportSheet[] {
  const c = combineReports(
    model.units.map((u) => unitReportOf(pack, model, u)),
    [],
    { pack: pack.id, expect },
  );
  const ops = consolidationOps(c);
  const names = ops.flatMap((o) => (o.kind === 'addSheet' ? [o.sheet] : []));
  // Every printed sheet of the report: A4, fit to width, page numbers (the units table is wide).
  names.forEach((sheet, i) => ops.push(printLikeReport(ops, sheet, i === 0 ? 'landscape' : 'portrait')));
  // One entry per sheet for the table of contents; the ops stay together in the first.
  return names.map((sheet, i): ReportSheet => ({
    sheet,
    what: i === 0 ? '各单位风险点数量并列(含合计)' : '报送情况:重复报送、未报送、校验与签章',
    ops: i === 0 ? ops : ([] as Op[]),
  }));
}
