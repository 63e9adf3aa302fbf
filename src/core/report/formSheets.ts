import { append } from '../append';
import { rangeAddress } from '../a1';
import { displayText, isDateValue, type CellValue } from '../cell';
import { buildFormSheet } from '../build/formSheet';
import type { RowRecord } from '../build/rows';
import { formSheetName, uniqueSheetName } from '../build/sheetName';
import type { Pack } from '../forms/pack';
import type { Form } from '../forms/schema';
import { anchorName, type FormRef } from '../meta/schema';
import type { Op } from '../ops';
import type { ReportForm, ReportModel, ReportStamp, ReportUnit } from './model';
import { riskColumns } from './roles';
import { unitLabel } from './unitLabel';

export const VERIFICATION_TEXT: Record<ReportStamp['verification'], string> = {
  valid: '核验有效',
  intact: '内容完整，签章人身份未核验',
  untrusted: '签章人与名单不符',
  changed: '签后内容已改动',
  invalid: '核验无效',
  unverified: '未核验',
};

export interface PlacedForm {
  unit: ReportUnit;
  form: Form;
  data: ReportForm;
  sheet: string;
}

/** Form cells as the sheet builder takes them: dates as yyyy-mm-dd, booleans as 是/否. */
function flat(v: CellValue | undefined): string | number | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? '是' : '否';
  return isDateValue(v) ? v.date : v.error;
}

/** Every form of every unit, in the plan's order, laid out by the template builder, stamps filled in. */
export function reportFormSheets(
  pack: Pack,
  model: ReportModel,
  taken: string[],
): { ops: Op[]; placed: PlacedForm[]; refs: FormRef[] } {
  const ops: Op[] = [];
  const placed: PlacedForm[] = [];
  const refs: FormRef[] = [];
  const many = model.units.length > 1;
  const counters = new Map<string, number>();
  for (const form of pack.forms) {
    const level = riskColumns(pack, form).level;
    for (const unit of model.units) {
      for (const data of unit.forms.filter((f) => f.form === form.id)) {
        const who = [many ? shortUnit(unitLabel(unit)) : '', instanceWords(form, data.instance)]
          .filter(Boolean)
          .join(' ');
        const sheet = uniqueSheetName(formSheetName(form.id, form.title, who || undefined), taken);
        taken.push(sheet);
        const n = (counters.get(form.id) ?? 0) + 1;
        counters.set(form.id, n);
        const anchor = anchorName(form.id, n);
        const header: Record<string, string | number | null> = {};
        for (const [k, v] of Object.entries(data.header)) header[k] = flat(v);
        const rows: RowRecord[] = data.rows.map((r) => {
          const rec: RowRecord = {};
          for (const [k, v] of Object.entries(r.cells)) rec[k] = flat(v);
          // A level the grading computed is printed where the plan prints the level — except on a signed form,
          // which prints exactly what its signers approved (the level above verifies it against their stamps).
          if (level && r.level && !data.signed && (rec[level.key] === null || rec[level.key] === ''))
            rec[level.key] = r.level;
          return rec;
        });
        const built = buildFormSheet({ pack, form, sheet, anchor, header, rows, words: data.words });
        append(ops, built.ops);
        append(ops, stampOps(form, sheet, built.layout, data.stamps, unitLabel(unit)));
        placed.push({ unit, form, data, sheet });
        refs.push({ anchor, form: form.id, ...(data.instance ? { instance: data.instance.slice(0, 100) } : {}) });
      }
    }
  }
  return { ops, placed, refs };
}

/** Fills each sign-off block from its stamp: decision and opinion, who and when, the verification; the seal image. */
function stampOps(
  form: Form,
  sheet: string,
  layout: ReturnType<typeof buildFormSheet>['layout'],
  stamps: ReportStamp[],
  unit: string,
): Op[] {
  const ops: Op[] = [];
  for (const s of stamps) {
    const step = form.signoff.find((x) => x.role === s.role);
    // A step signed in a header field (hangzhou 单位主要负责人(签字), a unit's seal) is filled there.
    const place = layout.signoffs[s.role];
    if (!place) continue;
    const r = place.row;
    const c = place.value[0];
    // The 公章 step without a seal image gets the plain red text seal approve draws in the source.
    const textSeal = !!step?.seal && s.decision === '同意' && !s.sealPng;
    const lines = [
      [s.decision, s.opinion].filter(Boolean).join(':'),
      ...(textSeal ? [`〔${unit} · 核验章〕`] : []),
      `${s.who} ${s.name}　${s.date}`,
      `（${VERIFICATION_TEXT[s.verification]}）`,
    ];
    ops.push({ kind: 'setValues', sheet, at: rangeAddress(r, c, r, c), values: [[lines.join('\n')]] });
    ops.push({ kind: 'rowHeight', sheet, row: r, height: textSeal ? 88 : 72 });
    if (textSeal)
      ops.push({ kind: 'style', sheet, range: rangeAddress(r, c, r, c), style: { color: 'FFC00000', bold: true } });
    if (s.sealPng)
      ops.push({
        kind: 'image',
        sheet,
        range: rangeAddress(r, c, r, place.value[1]),
        pngBase64: s.sealPng,
      });
  }
  return ops;
}

/** A unit's name short enough for a sheet name beside a form id and a person. */
export function shortUnit(unit: string): string {
  return displayText(unit).replace(/\s+/g, '').slice(0, 12);
}

/**
 * Who a per-person form is for, for its sheet name: a form left blank is known by its template sheet's name
 * (D2 党员干部勤廉责任卡), which the sheet name already says — not D2 D2 党员干部勤廉责任卡.
 */
function instanceWords(form: Form, instance: string | undefined): string {
  const rest = (instance ?? '').trim().replace(new RegExp(`^${form.id}(?![0-9A-Za-z])\\s*`), '');
  return rest === form.title ? '' : rest;
}
