import { displayText, isBlank } from '../cell';
import type { Pack } from '../forms/pack';
import type { Roster } from '../approve/roster';
import type { WorkbookSnapshot } from '../port';
import { readUnitSettings, type UnitSettings } from '../settings/unit';
import { hasReportData, readReportData } from './hiddenData';
import { REPORT_SCHEMA_VERSION, type ReportModel, type ReportUnit } from './model';
import { gradeForReport, recogniseForReport, stampsForReport, validateForReport } from './seams';

export interface ReportSource {
  /** File name (shown on the cover, used when the workbook names no unit). */
  name: string;
  snapshot: WorkbookSnapshot;
}

/**
 * The units a source contributes: a filled workbook is one unit; a report workbook made by a lower
 * level's lianfang contributes every unit it carries, read back from its hidden data exactly.
 */
export async function collectUnits(pack: Pack, source: ReportSource, roster?: Roster): Promise<ReportUnit[]> {
  if (hasReportData(source.snapshot)) {
    const inner = readReportData(source.snapshot);
    return inner.units.map((u) => ({ ...u, source: u.source ?? source.name }));
  }
  const wb = source.snapshot;
  const recognition = recogniseForReport(wb, pack);
  const levels = gradeForReport(wb, recognition, pack);
  const stamps = await stampsForReport(wb, roster);
  const forms = recognition.forms.map((f) => {
    const form = pack.forms.find((x) => x.id === f.form)!;
    const header: Record<string, ReportUnit['forms'][number]['header'][string]> = {};
    for (const h of form.header) header[h.key] = f.header[h.key]?.value ?? null;
    return {
      form: f.form,
      sheet: f.sheet,
      ...(f.instance ? { instance: f.instance } : {}),
      header,
      rows: f.rows.map((r) => ({
        row: r.row,
        cells: { ...r.cells },
        ...(levels.get(`${f.sheet}!${r.row}`) ?? { level: null, levelSource: 'none' as const }),
      })),
      ...(f.words ? { words: f.words } : {}),
      stamps: stamps.get(f.sheet)?.stamps ?? [],
      ...(stamps.get(f.sheet)?.signed ? { signed: stamps.get(f.sheet)!.signed } : {}),
    };
  });
  return [
    {
      unit: unitName(forms, pack) ?? storedUnit(wb)?.unitName ?? '', // no name: printed as such, never the file's
      source: source.name,
      forms,
      validation: validateForReport(wb, pack),
    },
  ];
}

/** The unit's name as its tables give it: the first filled 单位名称 / 单位 / 填报单位 field. */
function unitName(forms: ReportUnit['forms'], pack: Pack): string | undefined {
  for (const f of forms) {
    const form = pack.forms.find((x) => x.id === f.form)!;
    for (const h of form.header)
      if ((h.seal || /单位/.test(h.label)) && !isBlank(f.header[h.key] ?? null))
        return displayText(f.header[h.key]).trim();
  }
  return undefined;
}

export interface ReportModelRequest {
  pack: Pack;
  sources: ReportSource[];
  /** yyyy-mm-dd: the door passes today's date (the core never reads a clock). */
  generated: string;
  /** 报送期间; default: the generated year, 年度. */
  period?: string;
  /**
   * Seal images (PNG, base64) by unit name, for the 公章 steps signed 同意: a workbook snapshot carries no
   * images, so the door passes the unit's seal as it has it. Key '*': every unit without its own entry.
   */
  seals?: Record<string, string>;
  /** The signers' roster: a stamp reads 核验有效 only when its signer is on it; without one, 身份未核验. */
  roster?: Roster;
}

export async function reportModel(req: ReportModelRequest): Promise<ReportModel> {
  return {
    app: 'lianfang-report',
    schema: REPORT_SCHEMA_VERSION,
    pack: req.pack.id,
    packName: req.pack.name,
    plan: req.pack.plan,
    period: req.period ?? `${req.generated.slice(0, 4)}年度`,
    generated: req.generated,
    // A seal passed by the door comes first; else the one the workbook keeps in its unit settings.
    units: (
      await Promise.all(
        req.sources.map(async (s) => {
          const kept = storedUnit(s.snapshot)?.sealPng;
          return (await collectUnits(req.pack, s, req.roster)).map((u) =>
            withSeal(req.pack, withSeal(req.pack, u, req.seals), kept ? { '*': kept } : undefined),
          );
        }),
      )
    ).flat(),
  };
}

/** The unit settings a workbook keeps (单位名称, 公章); damaged settings are ignored here, the pane reports them. */
function storedUnit(wb: WorkbookSnapshot): UnitSettings | null {
  try {
    return readUnitSettings(wb);
  } catch {
    return null;
  }
}

function withSeal(pack: Pack, unit: ReportUnit, seals: Record<string, string> | undefined): ReportUnit {
  const png = !seals ? undefined : Object.hasOwn(seals, unit.unit) ? seals[unit.unit] : seals['*'];
  if (!png) return unit;
  const sealed = (form: string, role: string) =>
    !!pack.forms.find((f) => f.id === form)?.signoff.find((s) => s.role === role)?.seal;
  return {
    ...unit,
    forms: unit.forms.map((f) => ({
      ...f,
      stamps: f.stamps.map((s) =>
        sealed(f.form, s.role) && s.decision === '同意' && !s.sealPng ? { ...s, sealPng: png } : s,
      ),
    })),
  };
}
