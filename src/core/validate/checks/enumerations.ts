import { matchStage } from '../../flowchart/model';
import { levelAliases } from '../../grade/levels';
import { displayText } from '../../cell';
import { normaliseChoice, normaliseYesNo } from '../../normalise/choice';
import { normaliseLevel } from '../../normalise/level';
import { cached, columnsWhere } from '../fast';
import { blank } from '../../normalise/blank';
import { cellIssue, setCell } from '../issue';
import type { FormContext, RowCheck } from '../types';

const KINDS = new Set(['level', 'choice', 'yesno']);

/** Options of a column: the pack's levels, the column's list, or 是/否. */
export function optionsOf(ctx: FormContext, kind: string, options?: string[]): string[] {
  if (kind === 'level') return ctx.pack.grading.levels.map((l) => l.name);
  if (kind === 'yesno') return ['是', '否'];
  return options ?? [];
}

/**
 * A column that names the stage a risk is drawn at in one of the plan's diagrams (puyang 流程环节): read as the
 * diagram reads it (申请 → 提出, 3.审核, 反馈阶段), so that validation and the flowchart agree.
 */
const stageSpec = (ctx: FormContext, key: string) =>
  ctx.pack.flowcharts.find((f) => f.stages && f.risks.form === ctx.form.id && f.risks.stage === key);

/**
 * 风险等级, 风险类别/类型, 权力类型, 排查类别, 预警级别, 处置方式, 是/否: one of the listed values. What people
 * really type (Ⅰ级, 高风险, full-width, stray spaces) is accepted with a notice and its fix; anything else is an error,
 * except in an open list (the plan gives examples, not a closed list), which takes any text.
 */
export const enumerations: RowCheck = {
  id: 'enumerations',
  scope: 'row',
  run: (ctx, row, index) => {
    const out = [];
    for (const col of columnsWhere(ctx, 'enum', (c) => KINDS.has(c.kind))) {
      const v = row.cells[col.key];
      if (blank(v)) continue;
      // A merged group cell applies to many rows: judge it once, on the first row it covers.
      if (col.group && index > 0 && ctx.rf.rows[index - 1].cells[col.key] === v) continue;
      const options = cached(ctx, 'options', col.key, () => optionsOf(ctx, col.kind, col.options));
      const raw = displayText(v);
      const canonical =
        typeof v === 'boolean'
          ? normaliseYesNo(v)
          : cached(ctx, col.key, raw, (t) =>
              col.kind === 'level'
                ? normaliseLevel(t, options, levelAliases(ctx.pack.grading))
                : col.kind === 'yesno'
                  ? normaliseYesNo(t)
                  : stageOrChoice(ctx, col.key, t, options),
            );
      // An open list only suggests (A2 公开形式): any other text is the user's own channel.
      if (canonical === null && col.open) continue;
      if (canonical === null)
        out.push(cellIssue(ctx, row.row, col, 'enum_invalid', 'error', v, { options: options.join('、') }));
      else if (canonical !== v)
        out.push(
          cellIssue(
            ctx,
            row.row,
            col,
            'value_normalised',
            'notice',
            v,
            { canonical },
            setCell(ctx, row.row, col.key, canonical),
          ),
        );
    }
    return out;
  },
};

function stageOrChoice(ctx: FormContext, key: string, typed: string, options: string[]): string | null {
  const spec = stageSpec(ctx, key);
  return spec ? matchStage(typed, spec.stages!, spec.stageAliases) : normaliseChoice(typed, options);
}
