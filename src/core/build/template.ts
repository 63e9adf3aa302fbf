import { append } from '../append';
import type { Pack, SampleInstance } from '../forms/pack';
import { META_SCHEMA_VERSION, META_SHEET, anchorName, type FormRef, type Meta } from '../meta/schema';
import { readMeta } from '../meta/read';
import type { Op } from '../ops';
import type { WorkbookSnapshot } from '../port';
import { explainSheetFor } from '../explain/sheet';
import { buildFormSheet } from './formSheet';
import { formSheetName, uniqueSheetName } from './sheetName';

export interface InsertPlan {
  ops: Op[];
  /** The sheets this plan adds, in order. */
  added: Array<{ form: string; sheet: string; anchor: string }>;
  /** Wanted names already taken by the user's sheets: the door asks before going on; we never overwrite. */
  clashes: Array<{ wanted: string; given: string }>;
  /** The workbook already belongs to another pack: the door must ask, not mix. */
  otherPack?: string;
}

export interface InsertRequest {
  pack: Pack;
  /** What the workbook holds now (empty for a new file). */
  existing?: WorkbookSnapshot;
  /** Filled instances (the demo); forms without one get a blank sheet. */
  instances?: SampleInstance[];
  /** Only these forms (default: every form of the pack). */
  forms?: string[];
}

const EMPTY: WorkbookSnapshot = { sheets: [], names: [] };

/** Plans the sheets of a pack into a workbook, beside whatever it already holds. */
export function planInsert(req: InsertRequest): InsertPlan {
  const existing = req.existing ?? EMPTY;
  const { pack } = req;
  const meta = readMeta(existing);
  const taken = existing.sheets.map((s) => s.name);
  const usedAnchors = new Set([...(meta?.forms.map((f) => f.anchor) ?? []), ...existing.names.map((n) => n.name)]);
  const forms = pack.forms.filter((f) => !req.forms || req.forms.includes(f.id));
  const ops: Op[] = [];
  const added: InsertPlan['added'] = [];
  const clashes: InsertPlan['clashes'] = [];
  const refs: FormRef[] = [...(meta?.forms ?? [])];

  for (const form of forms) {
    const filled = req.instances?.filter((i) => i.form === form.id) ?? [];
    const instances: Array<SampleInstance | undefined> = filled.length ? filled : [undefined];
    for (const inst of instances) {
      let n = 1;
      while (usedAnchors.has(anchorName(form.id, n))) n++;
      const anchor = anchorName(form.id, n);
      usedAnchors.add(anchor);
      const wanted = formSheetName(form.id, form.title, inst?.name);
      const sheet = uniqueSheetName(wanted, taken);
      if (sheet !== wanted && existing.sheets.some((s) => s.name.toLowerCase() === wanted.toLowerCase()))
        clashes.push({ wanted, given: sheet });
      taken.push(sheet);
      append(ops, buildFormSheet({ pack, form, sheet, anchor, header: inst?.header, rows: inst?.rows }).ops);
      added.push({ form: form.id, sheet, anchor });
      refs.push({ anchor, form: form.id, ...(inst?.name ? { instance: inst.name } : {}) });
    }
  }

  // What the plan says (levels, who monitors, thresholds, deadlines) travels with its tables, once per workbook.
  if (added.length) append(ops, explainSheetFor(pack, existing, taken));
  const newMeta: Meta = { app: 'lianfang', schema: META_SCHEMA_VERSION, pack: pack.id, forms: refs };
  ops.push(
    ...metaOps(
      newMeta,
      existing.sheets.some((s) => s.name === META_SHEET),
    ),
  );
  if (added.length && !existing.sheets.some((s) => s.visibility === 'visible'))
    ops.push({ kind: 'activate', sheet: added[0].sheet });
  return { ops, added, clashes, otherPack: meta && meta.pack !== pack.id ? meta.pack : undefined };
}

/** Writes the hidden identification: one JSON cell, in a sheet the user never sees. */
export function metaOps(meta: Meta, exists: boolean): Op[] {
  return [
    exists
      ? { kind: 'clearSheet', sheet: META_SHEET }
      : { kind: 'addSheet', sheet: META_SHEET, visibility: 'veryHidden' },
    { kind: 'setValues', sheet: META_SHEET, at: 'A1', values: [[JSON.stringify(meta)]] },
  ];
}
