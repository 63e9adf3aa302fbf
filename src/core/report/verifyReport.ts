import { checkChain } from '../approve/chain';
import { canonicalValue } from '../approve/canonical';
import { digestOf, type ApprovedContent } from '../approve/content';
import { personOfHeader, unitOfHeader } from '../approve/identity';
import { locateForms, signedFields, type StampableForm } from '../approve/locate';
import { removedStamps } from '../approve/manifest';
import { keyConsistency } from '../approve/signers';
import { stableJson } from '../approve/stableJson';
import type { Stamp } from '../approve/stamp';
import {
  rosterVerdict,
  type FormProblem,
  type FormVerification,
  type VerifyOptions,
  type WorkbookVerification,
} from '../approve/verify';
import { displayText, type CellValue } from '../cell';
import { verifyBytes, fingerprint } from '../crypto';
import type { Form } from '../forms/schema';
import { findPack } from '../packs';
import type { WorkbookSnapshot } from '../port';
import { cellAt } from '../port';
import { parseRange } from '../a1';
import { anchorName } from '../meta/schema';
import { safeB64 } from '../approve/chain';
import { signedBytes, stampBody } from '../approve/stamp';
import { readReportData } from './hiddenData';
import type { ReportForm, ReportModel } from './model';
import { VERIFICATION_TEXT } from './formSheets';

/**
 * `verify` on a report workbook: the report carries each signed form's stamp records and the content they approved,
 * so the level above checks them again — signatures, chain, identity by its own roster — and checks that the report
 * prints what was signed. The words 核验有效 printed in a sign-off block count for nothing unless this agrees.
 */
export async function verifyReport(wb: WorkbookSnapshot, opts: VerifyOptions = {}): Promise<WorkbookVerification> {
  const model = readReportData(wb);
  const pack = findPack(model.pack);
  const anchors = reportAnchors(model);
  const located = locateForms(wb);
  const forms: FormVerification[] = [];
  const removed: WorkbookVerification['removed'] = [];
  let stampCount = 0;
  for (const unit of model.units) {
    const carried = unit.forms.flatMap((f) => f.signed?.stamps ?? []);
    stampCount += carried.length;
    const keyProblems = await keyConsistency(carried);
    for (const fm of unit.forms) {
      const def = pack?.forms.find((f) => f.id === fm.form);
      if (!def || (!fm.signed && !fm.stamps.length)) continue;
      const printed = located.find((l) => l.anchor === anchors.get(fm));
      const unitName = unitOfHeader(def, (k) => fm.header[k]);
      const base = {
        anchor: anchors.get(fm) ?? null,
        sheet: printed?.found.sheet ?? fm.sheet,
        form: def.id,
        title: def.title,
        ...(fm.instance ? { instance: fm.instance } : {}),
        unit: unitName,
      };
      if (!fm.signed) {
        // Made by a lianfang that did not carry stamps: the printed words cannot be checked.
        forms.push({
          ...base,
          steps: [],
          stamps: [],
          complete: false,
          ok: false,
          problems: [{ code: 'report_stamps_not_carried' }],
        });
        continue;
      }
      const contents = fm.signed.contents;
      const person = personOfHeader(def, (k) => fm.header[k]);
      const chain = await checkChain(
        fm.signed.stamps,
        def,
        unitName,
        { keyProblems, roster: opts.roster, person },
        async (stamp) => {
          const c = contents.find((x) => x.c14n === stamp.c14n);
          return c && (await digestOf(c)) === stamp.digest ? null : { unknownCells: true };
        },
      );
      const problems: FormProblem[] = [];
      if (contents.some((c) => !matchesModel(c, fm, def))) problems.push({ code: 'report_data_differs' });
      if (!printed) problems.push({ code: 'report_sheet_missing' });
      else {
        problems.push(...comparePrinted(printed, fm, def));
        problems.push(
          ...claimedVerdicts(
            wb,
            printed,
            chain.checks.filter((c) => c.active),
          ),
        );
      }
      forms.push({ ...base, ...chain.view, ok: chain.checks.every((c) => c.ok) && !problems.length, problems });
    }
    const authentic: Stamp[] = [];
    for (const s of carried)
      if (
        (await verifyBytes(s.key, safeB64(s.sig), signedBytes(stampBody(s)))) &&
        (await fingerprint(s.key)) === s.fingerprint
      )
        authentic.push(s);
    removed.push(...removedStamps(authentic, carried));
  }
  const intact = forms.every((f) => f.ok) && !removed.length;
  return {
    forms,
    orphans: [],
    removed,
    store: [],
    stampCount,
    ...rosterVerdict(
      forms.flatMap((f) => f.stamps),
      intact,
      opts,
    ),
    report: true,
  };
}

/** The anchor (LF_<form>_<n>) each form got in the report, in the order reportFormSheets placed them. */
export function reportAnchors(model: ReportModel): Map<ReportForm, string> {
  const pack = findPack(model.pack);
  const out = new Map<ReportForm, string>();
  const counters = new Map<string, number>();
  for (const form of pack?.forms ?? [])
    for (const unit of model.units)
      for (const data of unit.forms.filter((f) => f.form === form.id)) {
        const n = (counters.get(form.id) ?? 0) + 1;
        counters.set(form.id, n);
        out.set(data, anchorName(form.id, n));
      }
  return out;
}

/** The signed content's header and table values equal the report's data for the form. */
function matchesModel(c: ApprovedContent, fm: ReportForm, def: Form): boolean {
  const skip = signedFields(def);
  const header: Record<string, string> = {};
  for (const [k, v] of Object.entries(fm.header)) {
    const t = canonicalValue(v);
    if (t !== null && !skip.includes(k)) header[k] = t;
  }
  const rows = fm.rows
    .map((r) =>
      Object.fromEntries(
        Object.entries(r.cells).flatMap(([k, v]) => (canonicalValue(v) === null ? [] : [[k, canonicalValue(v)!]])),
      ),
    )
    .filter((r) => Object.keys(r).length);
  const signedRows = c.c14n === 'lianfang-c14n-2' ? c.rows.map((r) => r.c) : c.rows;
  return stableJson({ header, rows }) === stableJson({ header: c.header, rows: signedRows });
}

const shown = (v: CellValue | undefined): string => {
  if (typeof v === 'boolean') return v ? '是' : '否';
  return displayText(v ?? null)
    .replace(/\s+/g, ' ')
    .trim();
};

/** The report's printed form sheet shows the report's data for the form: every header value and every row. */
function comparePrinted(printed: StampableForm, fm: ReportForm, def: Form): FormProblem[] {
  const out: FormProblem[] = [];
  const skip = signedFields(def);
  for (const h of def.header) {
    if (skip.includes(h.key)) continue;
    const want = shown(fm.header[h.key]);
    const lv = printed.found.header[h.key];
    if (want !== shown(lv?.value))
      out.push({ code: 'report_printed_differs', cell: lv?.cell, expected: want, now: shown(lv?.value) });
  }
  const keys = def.columns.map((c) => c.key);
  const line = (cells: Record<string, CellValue>) => keys.map((k) => shown(cells[k])).join('\t');
  const want = fm.rows.map((r) => line(r.cells)).filter((l) => l.replace(/\t/g, ''));
  const left = [...want];
  for (const r of printed.found.rows) {
    const l = line(r.cells);
    if (!l.replace(/\t/g, '')) continue;
    const i = left.indexOf(l);
    if (i >= 0) left.splice(i, 1);
    else out.push({ code: 'report_printed_differs', cell: `第 ${r.row} 行`, now: l.replace(/\t+/g, ' ').trim() });
  }
  for (const l of left) out.push({ code: 'report_printed_missing', expected: l.replace(/\t+/g, ' ').trim() });
  return out;
}

/** A block printing 核验有效 for a stamp that this verification does not find intact and on the roster. */
function claimedVerdicts(
  wb: WorkbookSnapshot,
  printed: StampableForm,
  active: FormVerification['stamps'],
): FormProblem[] {
  const sheet = wb.sheets.find((s) => s.name === printed.found.sheet);
  if (!sheet) return [];
  const out: FormProblem[] = [];
  for (const [role, at] of Object.entries(printed.found.signoff)) {
    const box = parseRange(at.valueCell);
    const text = displayText(cellAt(sheet, box.top, box.left));
    if (!text.includes(VERIFICATION_TEXT.valid)) continue;
    const c = active.find((x) => x.stamp.role === role);
    if (!c || !c.ok || c.identity.status !== 'trusted')
      out.push({ code: 'report_claims_valid', role, cell: at.valueCell });
  }
  return out;
}
