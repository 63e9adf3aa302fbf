import type { Pack } from '../forms/pack';
import type { ReportModel } from './model';
import { riskPoints } from './risks';

/** What validation recorded over a report's units: 错误, 提醒 and 提示 (the report's `info`), as 校验问题清单 lists them. */
export function validationCounts(model: ReportModel): { errors: number; warnings: number; notices: number } {
  const sum = (f: (u: ReportModel['units'][number]) => number) => model.units.reduce((n, u) => n + f(u), 0);
  return {
    errors: sum((u) => u.validation.errors),
    warnings: sum((u) => u.validation.warnings),
    notices: sum((u) => u.validation.issues.filter((i) => i.severity === 'info').length),
  };
}

export interface ReportCounts {
  units: number;
  forms: number;
  risks: number;
  /** Of them, those with a level of the plan (what 风险汇总 and consolidate count and take shares of). */
  graded: number;
  errors: number;
  warnings: number;
  notices: number;
}

/** The counts a report states, worked out once for its cover, the CLI's closing line and the page's notice. */
export function reportCounts(pack: Pack, model: ReportModel): ReportCounts {
  const points = riskPoints(pack, model);
  return {
    units: model.units.length,
    forms: model.units.reduce((n, u) => n + u.forms.length, 0),
    risks: points.length,
    graded: points.filter((p) => p.level >= 0).length,
    ...validationCounts(model),
  };
}
