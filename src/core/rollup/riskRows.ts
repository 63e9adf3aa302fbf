import { displayText, isBlank, type CellValue } from '../cell';
import type { Pack } from '../forms/pack';
import type { Form } from '../forms/schema';
import { matchLevel } from '../grade/levels';
import { normaliseChoice } from '../normalise/choice';
import type { GradingScheme } from '../grade/scheme';
import type { RecognisedForm, Recognition } from '../recognise/types';
import type { BorrowedCells } from './borrowed';

/** The groupings the plans ask rollups by: 科室, 岗位, and railway's 许可事项. */
export const DIMENSIONS = [
  { key: 'dept', label: '科室' },
  { key: 'post', label: '岗位' },
  { key: 'item', label: '许可事项' },
] as const;
export type DimensionKey = (typeof DIMENSIONS)[number]['key'];

/** One risk form found in the workbook, with the columns rollups count over. */
export interface RiskSource {
  rf: RecognisedForm;
  form: Form;
  levelKey: string;
  categoryKey?: string;
  /** A column of the form that holds the risk point's text (for the 一级 list and COUNTA). */
  textKey?: string;
  /** Where each dimension comes from: a column of the table, or a header field (one value for the sheet). */
  dims: Partial<Record<DimensionKey, { column: string } | { header: string; value: string }>>;
  /** Rows whose counted values sit in another cell (merged down, or a group heading): set where counts are written. */
  borrowed?: BorrowedCells;
}

export interface RiskRow {
  source: RiskSource;
  row: number;
  cells: Record<string, CellValue>;
  /** Exactly as typed (what COUNTIFS compares). */
  levelText: string;
  /** The scheme's level for what was typed, normalised (1级 → 一级); undefined when none. */
  level?: number;
  /** The pack's category for what was typed (岗位职责风险 → 岗位职责), else the text as typed ('' when none). */
  category: string;
  /** The category exactly as typed. */
  categoryText: string;
  dims: Partial<Record<DimensionKey, string>>;
  text: string;
}

/** The category column of a form: labelled as the pack names its categories, or a choice among them. */
function categoryColumn(pack: Pack, form: Form): string | undefined {
  const label = pack.categories.label;
  const byLabel = form.columns.find((c) => c.kind !== 'level' && (c.label === label || c.aliases.includes(label)));
  if (byLabel) return byLabel.key;
  const values = new Set(pack.categories.values);
  return form.columns.find((c) => c.kind === 'choice' && (c.options ?? []).filter((o) => values.has(o)).length >= 2)
    ?.key;
}

/** Every risk form (a form with a level column, not itself a rollup) of the pack found in the workbook. */
export function riskSources(pack: Pack, recognition: Recognition): RiskSource[] {
  const out: RiskSource[] = [];
  for (const rf of recognition.forms) {
    if (rf.pack !== pack.id) continue;
    const form = pack.forms.find((f) => f.id === rf.form);
    if (!form || form.kind === 'rollup') continue;
    const level = form.columns.find((c) => c.kind === 'level' && !c.extra);
    if (!level || !(level.key in rf.columns)) continue;
    const cat = categoryColumn(pack, form);
    const text =
      form.columns.find((c) => c.required && c.kind === 'longtext') ??
      form.columns.find((c) => c.required && c.kind === 'text' && !c.group && !DIMENSIONS.some((d) => d.key === c.key));
    const dims: RiskSource['dims'] = {};
    for (const d of DIMENSIONS) {
      if (d.key in rf.columns) dims[d.key] = { column: d.key };
      else if (rf.header[d.key] && !isBlank(rf.header[d.key].value))
        dims[d.key] = { header: d.key, value: displayText(rf.header[d.key].value).trim() };
    }
    out.push({
      rf,
      form,
      levelKey: level.key,
      ...(cat && cat in rf.columns ? { categoryKey: cat } : {}),
      ...(text && text.key in rf.columns ? { textKey: text.key } : {}),
      dims,
    });
  }
  return out;
}

/** The pack's category a typed text stands for, as validation accepts it (岗位职责风险 → 岗位职责); else the text. */
export function canonicalCategory(pack: Pack, source: RiskSource, typed: string): string {
  if (!source.categoryKey || !typed.trim()) return typed;
  const col = source.form.columns.find((c) => c.key === source.categoryKey);
  const hit = normaliseChoice(typed, col?.options?.length ? col.options : pack.categories.values);
  return hit ?? typed;
}

export function riskRows(pack: Pack, scheme: GradingScheme, sources: RiskSource[]): RiskRow[] {
  return sources.flatMap((source) =>
    source.rf.rows.map((r): RiskRow => {
      const dims: RiskRow['dims'] = {};
      for (const [k, d] of Object.entries(source.dims) as Array<[DimensionKey, RiskSource['dims'][DimensionKey]]>)
        dims[k] = d && 'column' in d ? displayText(r.cells[d.column] ?? null) : (d?.value ?? '');
      const levelText = displayText(r.cells[source.levelKey] ?? null);
      const categoryText = source.categoryKey ? displayText(r.cells[source.categoryKey] ?? null) : '';
      return {
        source,
        row: r.row,
        cells: r.cells,
        levelText,
        level: matchLevel(scheme, r.cells[source.levelKey] ?? null),
        category: canonicalCategory(pack, source, categoryText),
        categoryText,
        dims,
        text: source.textKey ? displayText(r.cells[source.textKey] ?? null) : '',
      };
    }),
  );
}

/** The columns of a source that counts look at: level, category, the dimensions, the risk text. */
export function countedColumns(s: RiskSource): string[] {
  const dims = Object.values(s.dims).flatMap((d) => (d && 'column' in d ? [d.column] : []));
  return [s.levelKey, ...(s.categoryKey ? [s.categoryKey] : []), ...dims, ...(s.textKey ? [s.textKey] : [])];
}
