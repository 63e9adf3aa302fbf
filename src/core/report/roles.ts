import { displayText, type CellValue } from '../cell';
import type { Pack } from '../forms/pack';
import type { Column, Form } from '../forms/schema';

/** Which of a form's columns hold the risk's text, its category and its level (the rollups read these). */
export interface RiskColumns {
  level?: Column;
  category?: Column;
  text?: Column;
  measure?: Column;
}

export function riskColumns(pack: Pack, form: Form): RiskColumns {
  const cols = form.columns.filter((c) => !c.extra);
  const category =
    cols.find(
      (c) => c.kind === 'choice' && (c.label === pack.categories.label || c.aliases.includes(pack.categories.label)),
    ) ?? cols.find((c) => c.kind === 'choice' && c.options!.some((o) => pack.categories.values.includes(o)));
  const text =
    cols.find((c) => /风险点|主要廉政风险|风险描述/.test(c.label) && c.kind !== 'level') ??
    cols.find((c) => c.kind === 'longtext');
  const measure = cols.find((c) => /防控措施|控制措施/.test(c.label));
  return { level: cols.find((c) => c.kind === 'level'), category, text, measure };
}

/** Forms whose rows are graded risk points. */
export const isRiskForm = (pack: Pack, form: Form): boolean => !!riskColumns(pack, form).level;

export const text = (v: CellValue | undefined): string => displayText(v ?? null).trim();
