import { parseNumberText } from '../normalise/number';
import { SETTINGS_SHEET } from '../meta/owned';
import { z } from 'zod';
import { cellAddress } from '../a1';
import { displayText, isBlank, type CellValue } from '../cell';
import { LianfangError } from '../errors';
import type { FactorKey } from '../forms/schema';
import { columnTermOf } from '../forms/terms';
import { compact, labelKey } from '../normalise/text';
import { computeLevel } from '../grade/compute';
import { matchLevel } from '../grade/levels';
import { GradingRuleSchema, GradingSchemeSchema, type GradingScheme, type GradingSchemeInput } from '../grade/scheme';
import type { Op } from '../ops';
import { cellAt, type SheetSnapshot, type WorkbookSnapshot } from '../port';

/**
 * The unit's own grading scheme, kept in a visible sheet of its workbook so staff can read and change it:
 * one 项目 | 值 pair per row, a level matrix below. Versioned; every value is checked and a bad one is
 * reported with its cell.
 */
export { SETTINGS_SHEET };
export const SETTINGS_VERSION = 1;

const RULE_NAMES = { 分值阈值: 'thresholds', 矩阵: 'grid', 条件计数: 'criteria' } as const;
const COMBINE_NAMES = { 乘积: 'product', 求和: 'sum' } as const;
const LABELS = {
  title: 'lianfang 定级设置',
  version: '版本',
  rule: '规则',
  combine: '计分方式',
  of: '计分因素',
  raise: '上调一级',
  grid: '矩阵',
  json: '规则JSON',
};
const MIN_SUFFIX = '最低分';
/** 一级最低分 as people retype it: 一级 最低分, Ⅰ级最低分值, 一级分值下限, 一级下限. */
const MIN_LABEL = /^(.+?)(?:最低分值?|最低分数|分值下限|分数下限|下限)$/;
/** An item's label as typed (spaces, full-width forms, a colon, a note in brackets) matched to ours. */
const itemOf = (typed: string) => {
  const k = labelKey(typed);
  return Object.values(LABELS).find((l) => labelKey(l) === k);
};

export type SchemeSource = { kind: 'pack'; pack: string } | { kind: 'settings'; sheet: string } | { kind: 'override' };

export interface SchemeInForce {
  scheme: GradingScheme;
  source: SchemeSource;
}

/** The scheme to grade with: the task pane's override, else the workbook's settings sheet, else the pack's. */
export function schemeInForce(
  packId: string,
  packScheme: GradingScheme,
  wb: WorkbookSnapshot,
  override?: GradingSchemeInput,
): SchemeInForce {
  if (override) return { scheme: GradingSchemeSchema.parse(override), source: { kind: 'override' } };
  const fromSheet = readSchemeSettings(wb, packScheme);
  return fromSheet ?? { scheme: packScheme, source: { kind: 'pack', pack: packId } };
}

/**
 * For readers that count rather than grade (consolidation, comparison, the report's charts): a settings sheet that
 * cannot be read does not lose the unit. The plan's scheme counts meanwhile; validation reports the bad cell.
 */
export function schemeInForceOrPlan(packId: string, packScheme: GradingScheme, wb: WorkbookSnapshot): SchemeInForce {
  try {
    return schemeInForce(packId, packScheme, wb);
  } catch (e) {
    if (!(e instanceof LianfangError) || e.code !== 'settings_invalid') throw e;
    return { scheme: packScheme, source: { kind: 'pack', pack: packId } };
  }
}

const bad = (sheet: string, row: number, col: number, value: CellValue, reason: string) =>
  new LianfangError('settings_invalid', { sheet, cell: cellAddress(row, col), value: displayText(value), reason });

/** Reads the settings sheet over the pack's scheme; null when the workbook has none. Throws LianfangError naming the cell. */
export function readSchemeSettings(wb: WorkbookSnapshot, base: GradingScheme): SchemeInForce | null {
  const sheet = wb.sheets.find((s) => s.name === SETTINGS_SHEET);
  if (!sheet) return null;
  const name = sheet.name;
  const input: GradingSchemeInput = structuredClone(base);
  let ruleKind = base.rule.kind;
  const thresholds = base.rule.kind === 'thresholds' ? structuredClone(base.rule) : null;
  let combine: 'product' | 'sum' | undefined;
  const mins = new Map<number, number>();
  let raise: Array<{ factor: FactorKey; atLeast: number }> | undefined;
  let of: FactorKey[] | undefined;
  let grid: number[][] | undefined;
  let jsonRule: GradingSchemeInput['rule'] | undefined;
  let version: number | undefined;

  for (let r = 1; r <= sheet.rows.length; r++) {
    const typed = displayText(cellAt(sheet, r, 1)).trim();
    const v = cellAt(sheet, r, 2);
    if (!typed || typed.startsWith('说明') || typed.startsWith('#')) continue;
    const label = itemOf(typed) ?? labelKey(typed);
    const minOf = MIN_LABEL.exec(label);
    if (label === LABELS.title) continue;
    if (label === LABELS.version) {
      version = typeof v === 'number' ? v : Number(displayText(v));
      if (version !== SETTINGS_VERSION)
        throw new LianfangError('settings_version', {
          sheet: name,
          value: displayText(v),
          supported: SETTINGS_VERSION,
        });
    } else if (label === LABELS.rule) {
      const k = RULE_NAMES[compact(displayText(v)) as keyof typeof RULE_NAMES];
      if (!k) throw bad(name, r, 2, v, `应为 ${Object.keys(RULE_NAMES).join('、')} 之一`);
      ruleKind = k;
    } else if (label === LABELS.combine) {
      combine = COMBINE_NAMES[compact(displayText(v)) as keyof typeof COMBINE_NAMES];
      if (!combine) throw bad(name, r, 2, v, '应为 乘积 或 求和');
    } else if (label === LABELS.of) {
      of = parseFactors(base, displayText(v), () =>
        bad(name, r, 2, v, `应写成「${base.factors.map((f) => f.label).join('×')}」这样,用 × 或 、 分隔本方案的因素`),
      );
    } else if (minOf && matchLevel(base, minOf[1]) !== undefined) {
      const li = matchLevel(base, minOf[1])!;
      // As clerks type a threshold: 10, １０, 10分.
      const n = typeof v === 'number' ? v : (parseNumberText(displayText(v)) ?? NaN);
      if (!Number.isFinite(n) || isBlank(v)) throw bad(name, r, 2, v, '应为数字');
      mins.set(li, n);
    } else if (label === LABELS.raise) {
      raise = parseRaise(base, displayText(v), () =>
        bad(name, r, 2, v, '应写成「自由裁量权大小≥5、资金关联程度≥5」或「无」'),
      );
    } else if (label === LABELS.grid) {
      grid = readGrid(sheet, r, base);
      r += grid.length + 1; // the column header row and the matrix itself
    } else if (label === LABELS.json) {
      if (isBlank(v)) continue;
      let raw: unknown;
      try {
        raw = JSON.parse(displayText(v));
      } catch {
        throw bad(name, r, 2, v, '不是有效的 JSON');
      }
      const p = GradingRuleSchema.safeParse(raw);
      if (!p.success) throw bad(name, r, 2, v, z.prettifyError(p.error).replace(/\n/g, ' '));
      jsonRule = p.data;
    } else if (minOf) throw bad(name, r, 1, typed, `没有这个等级(${base.levels.map((l) => l.name).join('、')})`);
    else throw new LianfangError('settings_unknown_item', { sheet: name, cell: cellAddress(r, 1), value: typed });
  }

  if (jsonRule) input.rule = jsonRule;
  else if (ruleKind === 'thresholds') {
    const t = thresholds ?? {
      kind: 'thresholds' as const,
      combine: 'product' as const,
      of: ['probability', 'impact'] as FactorKey[],
      bands: base.levels.map((_, level) => ({ min: 1, level })),
      raiseWhen: [],
    };
    const bands = mins.size ? [...mins].map(([level, min]) => ({ min, level })).sort((a, b) => b.min - a.min) : t.bands;
    input.rule = { ...t, combine: combine ?? t.combine, of: of ?? t.of, bands, raiseWhen: raise ?? t.raiseWhen };
  } else if (ruleKind === 'grid') {
    if (!grid)
      throw new LianfangError('settings_invalid', {
        sheet: name,
        cell: 'A',
        value: '',
        reason: '规则为「矩阵」时需要填写矩阵',
      });
    input.rule = { kind: 'grid', rows: 'probability', cols: 'impact', grid };
  }
  const parsed = GradingSchemeSchema.safeParse(input);
  if (!parsed.success)
    throw new LianfangError('settings_invalid', {
      sheet: name,
      cell: 'B',
      value: '',
      reason: z.prettifyError(parsed.error),
    });
  return { scheme: parsed.data, source: { kind: 'settings', sheet: name } };
}

/** The scheme's factor a person named, by any spelling (重要程度 for 权力重要程度, 几率 for 发生几率), or undefined. */
function factorNamed(base: GradingScheme, said: string): FactorKey | undefined {
  const k = labelKey(said);
  return base.factors.find((x) => labelKey(x.label) === k || x.key === said || x.key === columnTermOf(said)?.id)?.key;
}

function parseRaise(base: GradingScheme, text: string, fail: () => Error) {
  const t = compact(text);
  if (!t || t === '无') return [];
  return t.split(/[、,;]|或/).map((part) => {
    const m = /^(.+?)(?:≥|>=|=>|大于等于|大于或等于|不低于|达到)(\d+)分?$/.exec(part);
    const f = m ? factorNamed(base, m[1]) : undefined;
    if (!m || !f) throw fail();
    return { factor: f, atLeast: Number(m[2]) };
  });
}

/** 发生概率×危害程度 (× * x X 、 , + 和 与 between them), each factor by any spelling, none twice. */
function parseFactors(base: GradingScheme, text: string, fail: () => Error): FactorKey[] {
  const parts = compact(text)
    .split(/[×xX*·、,+;]|乘以|乘|和|与|加/)
    .filter(Boolean);
  const keys = parts.map((p) => factorNamed(base, p));
  if (!keys.length || keys.some((k) => !k) || new Set(keys).size !== keys.length) throw fail();
  return keys as FactorKey[];
}

/** The matrix under the 矩阵 row: first column the row factor 1..n, then one level name per column. */
function readGrid(sheet: SheetSnapshot, labelRow: number, base: GradingScheme): number[][] {
  const grid: number[][] = [];
  for (let r = labelRow + 2; r <= sheet.rows.length; r++) {
    if (isBlank(cellAt(sheet, r, 1))) break;
    const row: number[] = [];
    for (let c = 2; !isBlank(cellAt(sheet, r, c)); c++) {
      const v = cellAt(sheet, r, c);
      const li = matchLevel(base, v);
      if (li === undefined) throw bad(sheet.name, r, c, v, `应为 ${base.levels.map((l) => l.name).join('、')} 之一`);
      row.push(li);
    }
    if (!row.length) throw bad(sheet.name, r, 2, null, '矩阵行不能为空');
    grid.push(row);
  }
  if (!grid.length) throw bad(sheet.name, labelRow + 2, 1, null, '矩阵不能为空');
  return grid;
}

/** Writes the settings sheet for a scheme, so a unit can see and change what grades its risks. */
export function settingsSheetOps(scheme: GradingScheme, exists: boolean): Op[] {
  const rows: CellValue[][] = [
    [LABELS.title, null],
    [LABELS.version, SETTINGS_VERSION],
  ];
  const rule = scheme.rule;
  const label = (k: FactorKey) => scheme.factors.find((f) => f.key === k)?.label ?? k;
  const kindName = Object.entries(RULE_NAMES).find(([, k]) => k === rule.kind)![0];
  rows.push([LABELS.rule, kindName]);
  if (rule.kind === 'thresholds') {
    rows.push([LABELS.combine, rule.combine === 'product' ? '乘积' : '求和']);
    rows.push([LABELS.of, rule.of.map(label).join(rule.combine === 'product' ? '×' : '+')]);
    for (const b of rule.bands) rows.push([`${scheme.levels[b.level].name}${MIN_SUFFIX}`, b.min]);
    rows.push([
      LABELS.raise,
      rule.raiseWhen.length ? rule.raiseWhen.map((r) => `${label(r.factor)}≥${r.atLeast}`).join('、') : '无',
    ]);
  }
  if (rule.kind === 'criteria') rows.push([LABELS.json, JSON.stringify(rule)]);
  // The matrix the rule gives (规则=矩阵 reads it back): 发生概率 down, 危害程度 across — written only where these
  // two decide the level alone (a rule reading more factors has no 5 × 5 picture, and a blank cell would not read).
  const matrix: CellValue[][] = [];
  for (let p = 1; p <= 5; p++) {
    const row: CellValue[] = [p];
    for (let i = 1; i <= 5; i++) {
      if (rule.kind === 'grid') row.push(scheme.levels[rule.grid[p - 1]?.[i - 1] ?? rule.grid[0][0]].name);
      else {
        const r = computeLevel(scheme, { probability: p, impact: i });
        row.push(r.ok ? r.computed.name : null);
      }
    }
    matrix.push(row);
  }
  if (matrix.every((r) => r.every((v) => v !== null))) {
    const [down, across] = [label('probability'), label('impact')];
    rows.push([null, null], [LABELS.grid, `行:${down} 1–5,列:${across} 1–5`], [`${down}＼${across}`, 1, 2, 3, 4, 5]);
    rows.push(...matrix);
  }
  rows.push([null, null], ['说明', '修改后重新运行「计算等级」即按本表定级;删除本表则恢复方案默认规则。']);
  const width = Math.max(...rows.map((r) => r.length));
  const values = rows.map((r) => [...r, ...Array<CellValue>(width - r.length).fill(null)]);
  const sheet = SETTINGS_SHEET;
  return [
    exists ? { kind: 'clearSheet', sheet } : { kind: 'addSheet', sheet },
    { kind: 'setValues', sheet, at: 'A1', values },
    { kind: 'columnWidths', sheet, widths: [20, 36, 8, 8, 8, 8] },
    { kind: 'style', sheet, range: 'A1', style: { bold: true, size: 14 } },
  ];
}
