import { cellAddress } from '../a1';
import { displayText, isBlank, type CellValue } from '../cell';
import type { Params } from '../errors';
import type { Pack } from '../forms/pack';
import { matchLevel } from '../grade/levels';
import type { GradingScheme } from '../grade/scheme';
import { normaliseChoice } from '../normalise/choice';
import type { RecognisedForm, Recognition } from '../recognise/types';
import type { FlowchartSpec } from './spec';

/** One risk point as a diagram shows it, with the cell it came from. */
export interface ChartRisk {
  /** Index of the level in the scheme (0 = top); undefined when blank or not a level. */
  level?: number;
  levelText: string;
  text: string;
  /** Values of the spec's extra columns (表现形式 …), in order. */
  columns: string[];
  who: string;
  sheet: string;
  cell: string;
  /** Reading order across the workbook, to keep ties as typed. */
  order: number;
}

export interface ChartStage {
  name: string;
  risks: ChartRisk[];
}

/** A risk drawn beside the diagram, not on it: its stage is blank or none of the chart's. */
export interface UnplacedRisk extends ChartRisk {
  typedStage: string;
}

export interface Chart {
  unit: string;
  subject: string;
  details: Array<{ label: string; value: string }>;
  /** Listed in the subjects' form (附件2 / E1); false when only risks name it. */
  listed: boolean;
  stages: ChartStage[];
  unplaced: UnplacedRisk[];
}

/** Something a clerk should know about how the data was drawn: a zh-CN message code and its parameters. */
export interface FlowNotice {
  code: string;
  params: Params;
}

export interface FlowchartModel {
  spec: FlowchartSpec;
  charts: Chart[];
  notices: FlowNotice[];
}

const clean = (v: CellValue | undefined) => displayText(v ?? null).trim();
/**
 * Names compared as people mean them: spaces, line breaks, full-width forms and the quotes or 《》 a clerk puts
 * round a name do not make another power.
 */
const keyOf = (s: string) => s.normalize('NFKC').replace(/[\s《》〈〉“”‘’"'「」]+/g, '');
/** A name without the kind written after it in brackets: 科技项目立项(审批) is the power 科技项目立项. */
const bareOf = (key: string) => key.replace(/(?:\([^()]*\))+$/, '');

const unitOf = (rf: RecognisedForm, fallback: string) =>
  clean(rf.header.unit?.value)
    .replace(/[（(]盖章[)）]/g, '')
    .trim() || fallback;

/** A typed stage as one of the plan's: 审核, 审核环节, 3.审核, 审查 (an everyday name); null when none. */
export function matchStage(typed: string, stages: readonly string[], aliases: Record<string, string>): string | null {
  const bare = typed
    .normalize('NFKC')
    .replace(/^\s*[(（]?\d+[)）.、]?\s*/, '')
    .replace(/(环节|阶段)$/, '')
    .trim();
  return normaliseChoice(bare, stages, aliases) ?? normaliseChoice(typed, stages, aliases);
}

/**
 * The diagrams a workbook's own data draws: one per subject (power / 许可事项) listed in the subjects' form or
 * named by a risk, each with its stages in order and every risk point at its stage. Whatever cannot be placed is
 * kept beside the chart or named in a notice, never dropped in silence.
 */
export function flowchartModel(
  pack: Pack,
  spec: FlowchartSpec,
  scheme: GradingScheme,
  rec: Recognition,
  fallbackUnit: string,
): FlowchartModel {
  const notices: FlowNotice[] = [];
  const charts = new Map<string, Chart>();
  const formTitle = (id: string) => pack.forms.find((f) => f.id === id)?.title ?? id;
  const chartFor = (unit: string, subject: string, listed: boolean): Chart => {
    const k = `${keyOf(unit)}\u0000${keyOf(subject)}`;
    let c = charts.get(k) ?? (listed ? undefined : sameBare(unit, subject));
    if (!c) charts.set(k, (c = { unit, subject, details: [], listed, stages: [], unplaced: [] }));
    return c;
  };
  // A risk naming a power as the list does, but for the kind in brackets (科技项目立项 for 科技项目立项（审批）, or
  // the other way round): that power, where only one of the unit's listed powers is so named.
  const sameBare = (unit: string, subject: string): Chart | undefined => {
    const bare = bareOf(keyOf(subject));
    const found = [...charts.values()].filter(
      (c) => c.listed && keyOf(c.unit) === keyOf(unit) && bareOf(keyOf(c.subject)) === bare,
    );
    return bare && found.length === 1 ? found[0] : undefined;
  };
  const mine = (id: string) => rec.forms.filter((f) => f.pack === pack.id && f.form === id);

  const subjects = spec.subjects;
  const listFound = !!subjects && mine(subjects.form).length > 0;
  if (subjects)
    for (const rf of mine(subjects.form)) {
      // The column of names not found: one notice for the sheet, not one per row as if each were left blank.
      if (!(subjects.key in rf.columns)) {
        if (rf.rows.length)
          notices.push({
            code: 'flowchart_subject_column_missing',
            params: { sheet: rf.sheet, label: labelOf(pack, subjects.form, subjects.key), count: rf.rows.length },
          });
        continue;
      }
      for (const r of rf.rows) {
        const name = clean(r.cells[subjects.key]);
        if (!name) {
          notices.push({
            code: 'flowchart_subject_blank',
            params: { sheet: rf.sheet, row: r.row, label: spec.subjectLabel },
          });
          continue;
        }
        const c = chartFor(unitOf(rf, fallbackUnit), name, true);
        for (const d of subjects.details) {
          const v = clean(r.cells[d.key]);
          if (v && !c.details.some((x) => x.label === d.label)) c.details.push({ label: d.label, value: v });
        }
      }
    }
  for (const c of charts.values()) if (spec.stages) c.stages = spec.stages.map((name) => ({ name, risks: [] }));

  const rs = spec.risks;
  const unlisted = new Set<Chart>();
  let order = 0;
  for (const rf of mine(rs.form)) {
    const at = (row: number, key: string) => cellAddress(row, rf.columns[key] ?? 1);
    if (!(rs.subject in rf.columns)) {
      if (rf.rows.length)
        notices.push({
          code: 'flowchart_no_columns',
          params: {
            sheet: rf.sheet,
            count: rf.rows.length,
            title: spec.title,
            subject: labelOf(pack, rs.form, rs.subject),
            stage: labelOf(pack, rs.form, rs.stage),
          },
        });
      continue;
    }
    const unit = unitOf(rf, fallbackUnit);
    const whoFromHeader = rs.who.keys.map((k) => clean(rf.header[k]?.value));
    for (const r of rf.rows) {
      const text = clean(r.cells[rs.text]);
      const subject = clean(r.cells[rs.subject]);
      if (!subject) {
        notices.push({
          code: 'flowchart_risk_no_subject',
          params: {
            sheet: rf.sheet,
            cell: at(r.row, rs.subject),
            text,
            label: labelOf(pack, rs.form, rs.subject),
            title: spec.title,
          },
        });
        continue;
      }
      const levelCell = r.cells[rs.level];
      const level = isBlank(levelCell) ? undefined : matchLevel(scheme, levelCell);
      const who = rs.who.keys
        .map((k, i) => (k in rf.columns ? clean(r.cells[k]) : whoFromHeader[i]))
        .filter(Boolean)
        .join('\n');
      const risk: ChartRisk = {
        ...(level === undefined ? {} : { level }),
        levelText: level === undefined ? clean(levelCell) || '未定级' : scheme.levels[level].name,
        text,
        columns: rs.columns.map((c) => clean(r.cells[c.key])),
        who,
        sheet: rf.sheet,
        cell: at(r.row, rs.text),
        order: order++,
      };
      const chart = chartFor(unit, subject, false);
      if (!chart.listed && listFound && !unlisted.has(chart)) {
        unlisted.add(chart);
        notices.push({
          code: 'flowchart_subject_unlisted',
          params: {
            sheet: rf.sheet,
            cell: at(r.row, rs.subject),
            value: subject,
            label: spec.subjectLabel,
            list: formTitle(subjects!.form),
          },
        });
      }
      if (spec.stages && !chart.stages.length) chart.stages = spec.stages.map((name) => ({ name, risks: [] }));
      const typed = rs.stage in rf.columns ? clean(r.cells[rs.stage]) : '';
      const stageName = !typed ? null : spec.stages ? matchStage(typed, spec.stages, spec.stageAliases) : typed;
      if (stageName === null) {
        chart.unplaced.push({ ...risk, typedStage: typed });
        notices.push(
          typed
            ? {
                code: 'flowchart_stage_unknown',
                params: {
                  sheet: rf.sheet,
                  cell: at(r.row, rs.stage),
                  value: typed,
                  title: spec.title,
                  stages: (spec.stages ?? []).join('、'),
                },
              }
            : {
                code: 'flowchart_stage_blank',
                params: { sheet: rf.sheet, cell: at(r.row, rs.stage), text, title: spec.title },
              },
        );
        continue;
      }
      let stage = chart.stages.find((s) => keyOf(s.name) === keyOf(stageName));
      if (!stage) chart.stages.push((stage = { name: stageName, risks: [] }));
      stage.risks.push(risk);
    }
  }
  if (subjects && !listFound && charts.size)
    notices.push({ code: 'flowchart_no_list', params: { list: formTitle(subjects.form), label: spec.subjectLabel } });
  const byLevel = (a: ChartRisk, b: ChartRisk) => (a.level ?? 99) - (b.level ?? 99) || a.order - b.order;
  for (const c of charts.values()) for (const s of c.stages) s.risks.sort(byLevel);
  // Listed subjects in their list's order, then those only risks name, as first named.
  const all = [...charts.values()];
  return { spec, charts: [...all.filter((c) => c.listed), ...all.filter((c) => !c.listed)], notices };
}

function labelOf(pack: Pack, form: string, key: string): string {
  return pack.forms.find((f) => f.id === form)?.columns.find((c) => c.key === key)?.label ?? key;
}
