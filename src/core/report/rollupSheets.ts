import { columnLetter } from '../a1';
import type { CellValue } from '../cell';
import { drawLegend } from '../build/legend';
import { computeLevel } from '../grade/compute';
import type { Pack } from '../forms/pack';
import type { Op } from '../ops';
import type { ReportModel } from './model';
import { gradedOf, levelCounts, percent, riskPoints, type RiskPoint } from './risks';
import { R, SheetWriter } from './writer';
import { unitLabel } from './unitLabel';

export interface ReportSheet {
  sheet: string;
  /** What the table of contents says the sheet holds. */
  what: string;
  ops: Op[];
}

/** 汇总: counts by level × category for each unit, with the share of the top level. */
export function summarySheet(pack: Pack, model: ReportModel, sheet = '汇总'): ReportSheet {
  const levels = pack.grading.levels.map((l) => l.name);
  const points = riskPoints(pack, model);
  const w = new SheetWriter(sheet, [22, 14, ...levels.map(() => 9), 9, 9, 11]);
  w.line(`${pack.levelLabel}汇总表`, R.title, 18);
  w.line(`${model.packName}　${model.period}`, R.subtitle, 12);
  const rows: CellValue[][] = [];
  const fills: Array<string | undefined> = [];
  const cats = [...new Set([...pack.categories.values, ...points.map((p) => p.category)])];
  for (const unit of model.units) {
    const mine = points.filter((p) => p.unit === unit);
    for (const cat of cats) {
      const sel = mine.filter((p) => p.category === cat);
      if (!sel.length && !pack.categories.values.includes(cat)) continue;
      const c = levelCounts(pack, sel);
      rows.push([
        unitLabel(unit),
        cat || '（未填类别）',
        ...c.byLevel,
        c.ungraded,
        c.total,
        percent(c.byLevel[0], gradedOf(c)),
      ]);
      fills.push(undefined);
    }
    const c = levelCounts(pack, mine);
    rows.push([unitLabel(unit), '小计', ...c.byLevel, c.ungraded, c.total, percent(c.byLevel[0], gradedOf(c))]);
    fills.push('FFF7F7F7');
  }
  const all = levelCounts(pack, points);
  const head = ['单位', pack.categories.label, ...levels, '未定级', '合计', `${levels[0]}占已定级比例`];
  const t = w.table(head, rows, {
    centered: head.map((_, i) => i).slice(2),
    fills,
    totals: ['合计', '', ...all.byLevel, all.ungraded, all.total, percent(all.byLevel[0], gradedOf(all))],
  });
  w.blank();
  w.line(
    `${levels[0]}风险点占已定级风险点的 ${percent(all.byLevel[0], gradedOf(all))}${all.ungraded ? `（另有未定级 ${all.ungraded} 个）` : ''}。${pack.grading.basis ?? ''}`,
    R.note,
    10,
  );
  return {
    sheet,
    what: `按${pack.levelLabel}和${pack.categories.label}统计的风险点数量`,
    ops: w.ops({ titleRows: `1:${t.headerRow}` }),
  };
}

/**
 * The top-level risks with who monitors each (谁的风险谁防,谁是领导谁控). Forms are named as the plan names them
 * (附件3 …); where the plan names nobody to monitor, the list has no 监控责任 column.
 */
export function topRisksSheet(pack: Pack, model: ReportModel): ReportSheet {
  const top = pack.grading.levels[0];
  const sheet = `${top.name}风险清单`;
  const monitored = !!top.monitor || topPoints(pack, model).some((p) => p.monitor);
  return {
    sheet,
    what: `全部${top.name}风险点${monitored ? '及其监控责任' : ''}`,
    // Laid out when asked for: a list of many thousand rows is written and dropped before the next sheet is made.
    get ops() {
      return topRisksOps(pack, model, sheet, monitored);
    },
  };
}

const topPoints = (pack: Pack, model: ReportModel) => riskPoints(pack, model).filter((p) => p.level === 0);

function topRisksOps(pack: Pack, model: ReportModel, sheet: string, monitored: boolean): Op[] {
  const top = pack.grading.levels[0];
  const points = topPoints(pack, model);
  const many = model.units.length > 1;
  const who = (p: RiskPoint) => p.monitor || top.monitor || '';
  const w = new SheetWriter(sheet, [6, ...(many ? [18] : []), 18, monitored ? 44 : 56, 12, ...(monitored ? [24] : [])]);
  w.line(`${top.name}（${top.colour}色）廉政风险点${monitored ? '及监控责任' : ''}清单`, R.title, 18);
  w.line(`${model.packName}　${model.period}`, R.subtitle, 12);
  drawLegend(pack, ++w.row, 1, w.cols, w);
  const rows = points.map((p, i): CellValue[] => [
    i + 1,
    ...(many ? [unitLabel(p.unit)] : []),
    formLabel(p),
    p.text,
    p.category,
    ...(monitored ? [who(p)] : []),
  ]);
  const t = w.table(
    [
      '序号',
      ...(many ? ['单位'] : []),
      '所在表格 / 岗位',
      '风险点',
      pack.categories.label,
      ...(monitored ? ['监控责任'] : []),
    ],
    rows,
    {
      centered: [0, many ? 4 : 3],
      fills: rows.map(() => top.fill),
      empty: `没有${top.name}风险点。`,
    },
  );
  return w.ops({ titleRows: `1:${t.headerRow}` });
}

/** The form as the plan names it (附件3, or its title) and the person or post the sheet is for. */
const formLabel = (p: RiskPoint): string =>
  [p.form.attachment ?? p.form.title, p.data.instance].filter(Boolean).join(' ');

/** 风险热力图: how many risks sit at each 发生概率 × 危害程度, each cell tinted with the level it grades to. */
export function heatMapSheet(pack: Pack, model: ReportModel): ReportSheet | null {
  const scheme = pack.grading;
  const [fy, fx] = [
    scheme.factors.find((f) => f.key === 'impact'),
    scheme.factors.find((f) => f.key === 'probability'),
  ];
  if (!fx || !fy) return null;
  const points = riskPoints(pack, model);
  const score = (p: RiskPoint, k: string) => Number(p.row.cells[k]);
  const scored = points.filter((p) => Number.isInteger(score(p, fx.key)) && Number.isInteger(score(p, fy.key)));
  if (!scored.length) return null;
  const sheet = '风险热力图';
  const xs = Array.from({ length: fx.max - fx.min + 1 }, (_, i) => fx.min + i);
  const ys = Array.from({ length: fy.max - fy.min + 1 }, (_, i) => fy.max - i);
  const w = new SheetWriter(sheet, [16, ...xs.map(() => 11)]);
  w.line('廉政风险热力图', R.title, 18);
  w.line(`${fy.label}(纵) × ${fx.label}(横),格内为风险点个数;颜色为该组合对应的${pack.levelLabel}`, R.subtitle, 12);
  drawLegend(pack, ++w.row, 1, w.cols, w);
  const rows = ys.map((y): CellValue[] => [
    `${fy.label} ${y}`,
    ...xs.map((x) => scored.filter((p) => score(p, fx.key) === x && score(p, fy.key) === y).length || null),
  ]);
  const t = w.table([`${fy.label} \\ ${fx.label}`, ...xs.map(String)], rows, { centered: xs.map((_, i) => i + 1) });
  const ops = w.ops({ titleRows: `1:${t.headerRow}` });
  ys.forEach((y, ri) =>
    xs.forEach((x, ci) => {
      const r = computeLevel(scheme, { [fx.key]: x, [fy.key]: y });
      if (r.ok) {
        const addr = `${columnLetter(ci + 2)}${t.first + ri}`;
        ops.push({ kind: 'style', sheet, range: addr, style: { fill: scheme.levels[r.computed.level].fill } });
      }
    }),
  );
  return { sheet, what: `${fy.label} × ${fx.label} 风险分布`, ops };
}

export function validationText(v: ReportModel['units'][number]['validation']): string {
  if (!v.checked) return '未校验';
  if (!v.errors && !v.warnings) return '通过';
  return `${v.errors} 个错误，${v.warnings} 个提醒`;
}

const SEVERITY_TEXT = { error: '错误', warning: '提醒', info: '提示' } as const;

/** 校验问题清单: what validation found, where, in the words lianfang shows everywhere else. */
export function issuesSheet(model: ReportModel): ReportSheet | null {
  const all = model.units.flatMap((u) => u.validation.issues.map((i) => ({ u, i })));
  if (!all.length) return null;
  const sheet = '校验问题清单';
  const many = model.units.length > 1;
  const w = new SheetWriter(sheet, [6, ...(many ? [18] : []), 18, 8, 8, 60]);
  w.line('校验问题清单', R.title, 18);
  w.line(`${model.packName}　${model.period}　共 ${all.length} 处`, R.subtitle, 12);
  const order = { error: 0, warning: 1, info: 2 };
  const rows = [...all]
    .sort((a, b) => order[a.i.severity] - order[b.i.severity])
    .map(({ u, i }, n): CellValue[] => [
      n + 1,
      ...(many ? [unitLabel(u)] : []),
      i.sheet ?? '',
      i.cell ?? '',
      SEVERITY_TEXT[i.severity],
      i.message,
    ]);
  const t = w.table(['序号', ...(many ? ['单位'] : []), '工作表', '单元格', '类别', '问题'], rows, {
    centered: [0, many ? 3 : 2, many ? 4 : 3],
    fills: rows.map((r) => (r[many ? 4 : 3] === '错误' ? 'FFFFC7CE' : undefined)),
  });
  return { sheet, what: `校验发现的 ${all.length} 处问题`, ops: w.ops({ titleRows: `1:${t.headerRow}` }) };
}
