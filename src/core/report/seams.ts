import { gradeWorkbook } from '../grade/gradeWorkbook';
import type { Pack } from '../forms/pack';
import type { WorkbookSnapshot } from '../port';
import type { Recognition } from '../recognise/types';
import type { Roster } from '../approve/roster';
import { contentOf } from '../approve/content';
import { locateForms } from '../approve/locate';
import { verifyWorkbook } from '../approve/verify';
import { recogniseWorkbook } from '../recognise/recognise';
import { validateWorkbook } from '../validate/run';
import type { CarriedStamps, ReportRow, ReportStamp, ReportUnit } from './model';

/*
 * The report's seams onto the other capabilities. Each is one small function, so wiring in the
 * real recogniser, validator, grader and stamp verifier is a one-line change here.
 */

/** Forms found in a workbook: lianfang's own sheets and hand-typed ones alike. */
export function recogniseForReport(wb: WorkbookSnapshot, pack: Pack): Recognition {
  return recogniseWorkbook(wb, { pack: pack.id });
}

/** The validation summary of a workbook, every issue with its zh-CN sentence. */
export function validateForReport(wb: WorkbookSnapshot, pack: Pack): ReportUnit['validation'] {
  const v = validateWorkbook(wb, { pack: pack.id });
  return {
    checked: true,
    errors: v.stats.errors,
    warnings: v.stats.warnings,
    issues: v.issues.map((i) => ({
      code: i.code,
      severity: i.severity === 'notice' ? 'info' : i.severity,
      sheet: i.sheet,
      cell: i.cell,
      message: i.message,
    })),
  };
}

/**
 * The stamps on each form (by sheet), each with the result of verifying it against the content it approved, and the
 * stamp records with the content they approved, carried into the report for the level above to verify again.
 */
export async function stampsForReport(
  wb: WorkbookSnapshot,
  roster?: Roster,
): Promise<Map<string, { stamps: ReportStamp[]; signed?: CarriedStamps }>> {
  const out = new Map<string, { stamps: ReportStamp[]; signed?: CarriedStamps }>();
  const checked = await verifyWorkbook(wb, { roster });
  const located = checked.forms.some((f) => f.stamps.length) ? locateForms(wb) : [];
  for (const f of checked.forms) {
    const stamps: ReportStamp[] = [];
    for (const step of f.steps) {
      if (!step.stamp) continue;
      const check = f.stamps.find((c) => c.stamp === step.stamp);
      const problems = check?.problems.map((p) => p.code) ?? [];
      stamps.push({
        role: step.role,
        who: step.who,
        name: step.stamp.signer,
        decision: step.stamp.opinion,
        opinion: step.stamp.text,
        date: step.stamp.at.slice(0, 10),
        verification: !check?.ok
          ? problems.includes('content_changed')
            ? 'changed'
            : 'invalid'
          : check.identity.status === 'trusted'
            ? 'valid'
            : check.identity.status === 'untrusted'
              ? 'untrusted'
              : 'intact',
      });
    }
    const form = located.find((x) => x.anchor !== null && x.anchor === f.anchor);
    const versions = [...new Set(f.stamps.filter((c) => c.active).map((c) => c.stamp.c14n))];
    const signed: CarriedStamps | undefined =
      form && f.anchor && f.stamps.length
        ? {
            anchor: f.anchor,
            stamps: f.stamps.map((c) => c.stamp),
            contents: versions.map((v) => contentOf(wb, form, v).content),
          }
        : undefined;
    out.set(f.sheet, { stamps, ...(signed ? { signed } : {}) });
  }
  return out;
}

export interface RowLevel {
  level: string | null;
  levelSource: ReportRow['levelSource'];
  monitor?: string;
}

/**
 * Each body row's level through the grading engine (gradeWorkbook: the workbook's own scheme settings,
 * an entered level stands, a blank one is computed from the factor scores), keyed by `${sheet}!${row}`.
 */
export function gradeForReport(wb: WorkbookSnapshot, recognition: Recognition, pack: Pack): Map<string, RowLevel> {
  const result = gradeWorkbook(wb, recognition, { pack, notes: false });
  const out = new Map<string, RowLevel>();
  for (const g of result.rows)
    out.set(`${g.sheet}!${g.row}`, {
      level: g.levelName ?? null,
      levelSource: g.levelName === undefined ? 'none' : g.status === 'filled' ? 'computed' : 'entered',
      ...(g.monitor ? { monitor: g.monitor } : {}),
    });
  return out;
}
