import type { CellValue } from '../cell';
import type { Pack } from '../forms/pack';
import type { Column, Form } from '../forms/schema';
import type { Op } from '../ops';
import type { ReportModel, ReportRow, ReportUnit, ReportForm } from './model';
import type { ReportSheet } from './rollupSheets';
import { riskColumns, text } from './roles';
import { R, SheetWriter } from './writer';
import { unitLabel } from './unitLabel';

interface CatalogueRow {
  unit: ReportUnit;
  data: ReportForm;
  row: ReportRow;
}

interface CatalogueSpec {
  sheet: string;
  title: string;
  what: string;
  form: Form;
  /** Column labels to print, in order (a label the form lacks is skipped). */
  labels?: string[];
  /** Leading columns taken from the unit/instance: 填报部门 … */
  lead?: Array<{ label: string; width: number; value: (r: CatalogueRow) => CellValue }>;
  filter?: (r: CatalogueRow) => boolean;
  sort?: (a: CatalogueRow, b: CatalogueRow) => number;
}

const byLabel = (form: Form, label: string): Column | undefined =>
  form.columns.find((c) => c.label === label || c.aliases.includes(label));

/**
 * A register compiled from one form's rows across every unit and instance, numbered afresh. Laid out when its
 * operations are asked for (a register of 100,000 rows is written and dropped before the next sheet is made).
 */
function catalogue(pack: Pack, model: ReportModel, spec: CatalogueSpec): ReportSheet {
  return {
    sheet: spec.sheet,
    what: spec.what,
    get ops() {
      return catalogueOps(pack, model, spec);
    },
  };
}

function catalogueOps(pack: Pack, model: ReportModel, spec: CatalogueSpec): Op[] {
  const { form } = spec;
  const printed = form.columns.filter((c) => !c.extra && c.kind !== 'seq');
  const cols = spec.labels ? spec.labels.map((l) => byLabel(form, l)).filter((c): c is Column => !!c) : printed;
  const levelCol = riskColumns(pack, form).level;
  let rows: CatalogueRow[] = model.units.flatMap((unit) =>
    unit.forms.filter((f) => f.form === form.id).flatMap((data) => data.rows.map((row) => ({ unit, data, row }))),
  );
  if (spec.filter) rows = rows.filter(spec.filter);
  if (spec.sort) rows = [...rows].sort(spec.sort);
  const lead = spec.lead ?? [];
  const w = new SheetWriter(spec.sheet, [6, ...lead.map((l) => l.width), ...cols.map((c) => c.width ?? 12)]);
  w.line(spec.title, R.title, 18);
  w.line(
    `${model.units.length > 1 ? `${model.units.length} 个单位` : model.units[0] ? unitLabel(model.units[0]) : ''}　${model.period}`,
    R.subtitle,
    12,
  );
  const levels = pack.grading.levels;
  const values = rows.map((r, i): CellValue[] => [
    i + 1,
    ...lead.map((l) => l.value(r)),
    ...cols.map((c) => (c === levelCol ? (r.row.level ?? r.row.cells[c.key] ?? null) : (r.row.cells[c.key] ?? null))),
  ]);
  const centeredKinds = ['level', 'choice', 'date', 'timeLimit', 'yesno', 'score', 'percent'];
  const t = w.table(['序号', ...lead.map((l) => l.label), ...cols.map((c) => c.label)], values, {
    centered: [0, ...cols.flatMap((c, i) => (centeredKinds.includes(c.kind) ? [i + 1 + lead.length] : []))],
    fills: rows.map((r) => levels.find((l) => l.name === r.row.level)?.fill),
  });
  return w.ops({ titleRows: `1:${t.headerRow}` });
}

const levelRank = (pack: Pack, r: CatalogueRow) => {
  const i = pack.grading.levels.findIndex((l) => l.name === r.row.level);
  return i < 0 ? 99 : i;
};
const cmpText = (a: CellValue | undefined, b: CellValue | undefined) =>
  text(a).localeCompare(text(b), 'zh-Hans-CN-u-co-pinyin');

/**
 * The plans' own compiled documents: railway's 《廉政风险防控手册》, the school's 岗位腐败风险点目录,
 * hangzhou's two lists. Each is a register over the forms, in the order the plan prescribes.
 */
export function packLayoutSheets(pack: Pack, model: ReportModel): ReportSheet[] {
  const form = (id: string) => pack.forms.find((f) => f.id === id);
  const out: ReportSheet[] = [];
  if (pack.id === 'railway-2014' && form('E1') && form('E2')) {
    const e2 = form('E2')!;
    const plan = byLabel(e2, '制度建设计划');
    out.push(
      catalogue(pack, model, {
        sheet: '手册一 职权目录',
        title: '《廉政风险防控手册》一、行政许可职权目录',
        what: '手册：职权目录',
        form: form('E1')!,
      }),
      catalogue(pack, model, {
        sheet: '手册二 风险分布',
        title: '《廉政风险防控手册》二、许可审批事项廉政风险分布',
        what: '手册：风险分布',
        form: e2,
        labels: ['许可事项', '流程环节', '廉政风险点', '表现形式', '风险类型', '风险等级'],
      }),
      catalogue(pack, model, {
        sheet: '手册三 防控措施',
        title: '《廉政风险防控手册》三、防控措施',
        what: '手册：防控措施',
        form: e2,
        labels: ['许可事项', '廉政风险点', '风险等级', '防控措施', '责任人'],
      }),
      catalogue(pack, model, {
        sheet: '手册四 制度建设计划',
        title: '《廉政风险防控手册》四、制度建设计划',
        what: '手册：制度建设计划',
        form: e2,
        labels: ['许可事项', '廉政风险点', '制度建设计划', '完成时限', '责任人'],
        filter: (r) => !!plan && text(r.row.cells[plan.key]) !== '',
      }),
    );
  }
  if (pack.id === 'school-2010' && form('D1')) {
    const d1 = form('D1')!;
    // 按风险等级、科室、职级、岗位顺序登记 (the form's sortBy), published as the 岗位腐败风险点目录.
    const keys = d1.sortBy.length ? d1.sortBy : ['level'];
    const levelKey = riskColumns(pack, d1).level?.key;
    out.push(
      catalogue(pack, model, {
        sheet: '岗位腐败风险点目录',
        title: '岗位腐败风险点目录',
        what: '按风险等级、科室、职级、岗位排列的风险点目录（公示用）',
        form: d1,
        sort: (a, b) => {
          for (const k of keys) {
            const d =
              k === levelKey ? levelRank(pack, a) - levelRank(pack, b) : cmpText(a.row.cells[k], b.row.cells[k]);
            if (d) return d;
          }
          return 0;
        },
      }),
    );
  }
  if (pack.id === 'hangzhou-2019' && form('C1') && form('C2')) {
    const groupOrder = (f: Form, r: CatalogueRow) => {
      const g = f.columns.find((c) => c.group);
      const i = g && f.groups ? f.groups.indexOf(text(r.row.cells[g.key])) : -1;
      return i < 0 ? 99 : i;
    };
    const c1 = form('C1')!;
    const c2 = form('C2')!;
    const dept = (r: CatalogueRow) => {
      const h = c2.header[0];
      return (h && text(r.data.header[h.key])) || r.data.instance || r.data.sheet;
    };
    out.push(
      catalogue(pack, model, {
        sheet: '局本级风险清单',
        title: `${c1.title}（局本级）`,
        what: '两张风险清单之一：局本级',
        form: c1,
        sort: (a, b) => groupOrder(c1, a) - groupOrder(c1, b),
      }),
      catalogue(pack, model, {
        sheet: '处室分局直属单位风险清单',
        title: c2.title,
        what: '两张风险清单之二：各处室、分局、直属单位',
        form: c2,
        lead: [{ label: '填报部门(单位)', width: 18, value: dept }],
        sort: (a, b) => cmpText(dept(a), dept(b)) || groupOrder(c2, a) - groupOrder(c2, b),
      }),
    );
  }
  return out;
}
