import type ExcelJS from 'exceljs';
import { snapshotWorkbook } from '../../adapters/exceljs/snapshot';
import { programmeOf, standing, type Belonging, type Programme, type Standing } from '../../core/consolidate';
import type { Pack } from '../../core/forms/pack';
import type { WorkbookSnapshot } from '../../core/port';

/** A workbook opened on the page (one per unit). */
export interface Doc {
  file: string;
  wb: ExcelJS.Workbook;
  /** Bumped when the workbook changes, so what is shown of it is read again. */
  version: number;
  /** The programme its own content belongs to, for choosing one when none is chosen yet. */
  programme: Programme;
  /** The programme the person said it belongs to, when asked (its content looked like another one). */
  assigned?: string;
}

// A Doc is replaced on every change, so what was read of one version is kept with that version only.
const snapshots = new WeakMap<Doc, WorkbookSnapshot>();
const standings = new WeakMap<Doc, Map<string, Standing>>();

export const docSnapshot = (d: Doc): WorkbookSnapshot => {
  let s = snapshots.get(d);
  if (!s) snapshots.set(d, (s = snapshotWorkbook(d.wb)));
  return s;
};

const withProgramme = (d: Omit<Doc, 'programme'>): Doc => {
  const doc = { ...d, programme: { how: 'none' } } as Doc;
  doc.programme = programmeOf(docSnapshot(doc));
  return doc;
};

export const newDoc = (file: string, wb: ExcelJS.Workbook): Doc => withProgramme({ file, wb, version: 0 });

/** The workbook after an edit: a new version, read again (inserted tables make a blank workbook ours). */
export const changedDoc = (d: Doc): Doc => withProgramme({ ...d, version: d.version + 1 });

/** How the workbook stands to a programme, by the core's recognition under it (betterPack: it fits another better). */
function standingFor(d: Doc, pack: string): Standing {
  if (d.assigned) return d.assigned === pack ? { belonging: 'same' } : { belonging: 'other', other: d.assigned };
  let m = standings.get(d);
  if (!m) standings.set(d, (m = new Map()));
  let s = m.get(pack);
  if (!s) m.set(pack, (s = standing(docSnapshot(d), pack)));
  return s;
}

/** How a workbook stands to the chosen programme; the person's own say-so comes first. */
export const docBelonging = (d: Doc, pack: Pack | undefined): Belonging =>
  pack ? standingFor(d, pack.id).belonging : 'none';

/** The programme a workbook is of when that is not the chosen one (the page asks, and leaves it out of the report). */
export const docOtherPack = (d: Doc, pack: Pack | undefined): string | undefined =>
  pack ? standingFor(d, pack.id).other : undefined;
