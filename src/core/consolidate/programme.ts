import type { WorkbookSnapshot } from '../port';
import { recogniseWorkbook, type Recognition } from '../recognise';
import { hasReportData, readReportData } from '../report/hiddenData';
import { rollupSheets } from '../rollup/rollupWorkbook';

/**
 * The programme (pack) a workbook's own content belongs to when none is chosen: a lower level's report says it in
 * its data, a lianfang workbook in its identification, any other in the forms found. Once a programme is chosen,
 * `standing` says whether a workbook is of it: the committee's consolidation and the page's report both ask before
 * reading a unit, so neither ever reads one programme's forms as another's.
 */
export interface Programme {
  pack?: string;
  /** Packs its forms fit equally well (none of them named): the person's choice decides. */
  candidates?: string[];
  how: 'report' | 'identified' | 'forms' | 'none';
}

export function programmeOf(wb: WorkbookSnapshot): Programme {
  const report = reportPackOf(wb);
  if (report) return { pack: report, how: 'report' };
  const rec = recogniseWorkbook(wb, { ownSheets: [...rollupSheets(wb).values()] });
  if (rec.pack && rec.forms.length)
    return { pack: rec.pack, how: rec.forms.some((f) => f.how === 'meta') ? 'identified' : 'forms' };
  if (rec.packCandidates?.length) return { candidates: rec.packCandidates, how: 'forms' };
  return { how: 'none' };
}

/**
 * How a workbook stands to the chosen programme: its own ('same'), another programme's whose forms it fits better
 * ('other': recognition's betterPack, the core's signal that the doors must ask rather than switch), or holding no
 * programme's forms at all ('none').
 */
export type Belonging = 'same' | 'other' | 'none';

export interface Standing {
  belonging: Belonging;
  /** The programme it fits better, when 'other'. */
  other?: string;
}

/** The recognition under the chosen programme and how the workbook stands to it (one recognition, no second pass). */
export function standingOf(rec: Recognition, reportPack?: string): Standing {
  if (reportPack) return reportPack === rec.pack ? { belonging: 'same' } : { belonging: 'other', other: reportPack };
  if (rec.betterPack) return { belonging: 'other', other: rec.betterPack.pack };
  return { belonging: rec.forms.length ? 'same' : 'none' };
}

export function standing(wb: WorkbookSnapshot, pack: string): Standing {
  const report = reportPackOf(wb);
  if (report) return report === pack ? { belonging: 'same' } : { belonging: 'other', other: report };
  return standingOf(recogniseWorkbook(wb, { pack, ownSheets: [...rollupSheets(wb).values()] }));
}

/** The programme a lower level's report carries in its data, when the workbook is one. */
function reportPackOf(wb: WorkbookSnapshot): string | undefined {
  if (!hasReportData(wb)) return undefined;
  try {
    return readReportData(wb).pack;
  } catch {
    return undefined; // a damaged data sheet: judged by its forms like any other workbook
  }
}
