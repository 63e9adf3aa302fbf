import { cellAddress } from '../a1';
import { displayText, isBlank } from '../cell';
import type { Pack } from '../forms/pack';
import type { FactorKey, Form } from '../forms/schema';
import { message } from '../messages';
import type { Op } from '../ops';
import type { WorkbookSnapshot } from '../port';
import type { Recognition } from '../recognise/types';
import { schemeInForce, type SchemeSource } from '../settings/schemeSettings';
import { computeLevel, describeRule, type ComputedLevel } from './compute';
import { readFactors } from './factors';
import { levelNames, matchLevel } from './levels';
import type { GradingScheme, GradingSchemeInput } from './scheme';

export interface GradeOptions {
  pack: Pack;
  /** A scheme the task pane passes (wins over the workbook's settings sheet). */
  scheme?: GradingSchemeInput;
  /** Write the explanation as a note on the level cell (default true). */
  notes?: boolean;
}

export type RowGradeStatus =
  | 'filled' // level was blank, lianfang filled the computed one
  | 'agrees' // entered level equals the computed one
  | 'differs' // entered level stands, but needs 调整理由
  | 'entered' // entered level, no factors to compute from
  | 'incomplete' // some factors missing, no level entered
  | 'invalid' // a factor is not a valid score
  | 'unknownLevel' // entered text is none of the scheme's levels
  | 'empty'; // neither level nor factors

export interface RowGrade {
  form: string;
  sheet: string;
  row: number;
  levelCell?: string;
  entered?: string;
  /** 0 = top. The level that stands: entered when valid, else computed. */
  level?: number;
  levelName?: string;
  computed?: ComputedLevel;
  status: RowGradeStatus;
  /** The entered level differs from the computed one and no 调整理由 is given. */
  needsReason: boolean;
  reason?: string;
  missing?: FactorKey[];
  monitor?: string;
  /** What a person reads about this row (zh-CN), empty when all is well. */
  notes: string[];
}

export interface GradeResult {
  scheme: GradingScheme;
  source: SchemeSource;
  /** The rule in force, as a person reads it (recorded with the results). */
  rule: string;
  rows: RowGrade[];
  ops: Op[];
  counts: Record<RowGradeStatus, number> & { needsReason: number };
  /**
   * Sheets whose levels name who monitors them (监控责任) but that have no such column to write it in: said, not
   * skipped in silence.
   */
  unmonitored: Array<{ sheet: string; rows: number }>;
}

const levelColumn = (form: Form) => form.columns.find((c) => c.kind === 'level' && !c.extra);

/**
 * Grades every risk row of the recognised forms: computes levels from factor scores, fills blank levels,
 * never overwrites an entered one (a different one is flagged for 调整理由), fills 监控责任.
 */
export function gradeWorkbook(wb: WorkbookSnapshot, recognition: Recognition, opts: GradeOptions): GradeResult {
  const { pack } = opts;
  const { scheme, source } = schemeInForce(pack.id, pack.grading, wb, opts.scheme);
  const monitors = new Set(scheme.levels.map((l) => l.monitor).filter((m): m is string => !!m));
  const rows: RowGrade[] = [];
  const ops: Op[] = [];
  const names = levelNames(scheme);
  const unmonitored: GradeResult['unmonitored'] = [];

  for (const rf of recognition.forms) {
    if (rf.pack !== pack.id) continue;
    const form = pack.forms.find((f) => f.id === rf.form);
    const lc = form && levelColumn(form);
    if (!form || !lc || !(lc.key in rf.columns)) continue;
    const hasFactors = scheme.factors.some((f) => f.key in rf.columns);
    const monitorCol = rf.columns.monitor;
    // A formula is what someone entered, even where the file holds no result of it yet (saved by a program, never
    // opened in Excel): it reads blank, but lianfang never writes over it.
    const formulas = wb.sheets.find((s) => s.name === rf.sheet)?.formulas ?? {};
    for (const r of rf.rows) {
      const at = (key: string) => cellAddress(r.row, rf.columns[key]);
      const entered = r.cells[lc.key] ?? null;
      const reading = hasFactors ? readFactors(scheme, r.cells) : { values: {}, invalid: [] };
      const outcome = computeLevel(scheme, reading.values);
      const enteredLevel = matchLevel(scheme, entered);
      const reason = displayText(r.cells.adjustReason ?? null).trim() || undefined;
      const g: RowGrade = {
        form: form.id,
        sheet: rf.sheet,
        row: r.row,
        levelCell: at(lc.key),
        ...(isBlank(entered) ? {} : { entered: displayText(entered) }),
        status: 'empty',
        needsReason: false,
        ...(reason ? { reason } : {}),
        notes: [],
      };
      for (const bad of reading.invalid)
        g.notes.push(
          message('grade_bad_factor', { factor: bad.label, value: displayText(bad.value), min: bad.min, max: bad.max }),
        );
      if (outcome.ok) g.computed = outcome.computed;
      else if (!isBlank(entered) || Object.keys(reading.values).length) g.missing = outcome.missing;

      if (!isBlank(entered) && enteredLevel === undefined) {
        g.status = 'unknownLevel';
        g.notes.push(message('grade_unknown_level', { entered: displayText(entered), known: names.join('、') }));
      } else if (enteredLevel !== undefined) {
        g.level = enteredLevel;
        if (!g.computed) g.status = 'entered';
        else if (g.computed.level === enteredLevel) g.status = 'agrees';
        else {
          g.status = 'differs';
          g.needsReason = !reason;
          // Where 调整理由 already says why, the note says the difference is explained, never asks for it again.
          g.notes.push(
            message(reason ? 'grade_differs_explained' : 'grade_differs', {
              entered: displayText(entered),
              computed: g.computed.name,
              reason: reason ?? '',
            }),
          );
        }
      } else if (g.computed && formulas[at(lc.key)] !== undefined) {
        g.notes.push(message('grade_formula_uncalculated', { cell: at(lc.key), formula: `=${formulas[at(lc.key)]}` }));
      } else if (g.computed) {
        g.status = 'filled';
        g.level = g.computed.level;
        ops.push({ kind: 'setValues', sheet: rf.sheet, at: at(lc.key), values: [[g.computed.name]] });
      } else if (reading.invalid.length) g.status = 'invalid';
      else if (Object.keys(reading.values).length) {
        g.status = 'incomplete';
        const labels = outcome.ok
          ? []
          : outcome.missing.map((k) => scheme.factors.find((f) => f.key === k)?.label ?? k);
        g.notes.push(message('grade_missing_factors', { factors: labels.join('、') }));
      }
      if (reading.invalid.length && g.status !== 'unknownLevel' && !g.computed && g.status !== 'entered')
        g.status = 'invalid';
      if (g.level !== undefined) g.levelName = names[g.level];

      // 监控责任: filled where blank or where lianfang wrote another level's text before; a person's own text stays.
      const want = g.level !== undefined ? scheme.levels[g.level].monitor : undefined;
      if (want) g.monitor = want;
      if (want && !monitorCol && form.columns.some((c) => c.key === 'monitor')) {
        const last = unmonitored[unmonitored.length - 1];
        if (last?.sheet === rf.sheet) last.rows++;
        else unmonitored.push({ sheet: rf.sheet, rows: 1 });
      }
      if (monitorCol && want) {
        const have = displayText(r.cells.monitor ?? null).trim();
        if ((!have || (monitors.has(have) && have !== want)) && formulas[at('monitor')] === undefined)
          ops.push({ kind: 'setValues', sheet: rf.sheet, at: at('monitor'), values: [[want]] });
      }
      if (g.computed && opts.notes !== false) {
        const text = [message('grade_note', { text: g.computed.text }), ...g.notes].join('\n');
        ops.push({ kind: 'note', sheet: rf.sheet, cell: at(lc.key), text });
      }
      rows.push(g);
    }
  }
  const counts = {
    filled: 0,
    agrees: 0,
    differs: 0,
    entered: 0,
    incomplete: 0,
    invalid: 0,
    unknownLevel: 0,
    empty: 0,
    needsReason: 0,
  };
  for (const g of rows) {
    counts[g.status]++;
    if (g.needsReason) counts.needsReason++;
  }
  return { scheme, source, rule: describeRule(scheme), rows, ops, counts, unmonitored };
}
