import { termOfColumn } from './terms';

/**
 * The required-column policy: the plan's own columns must be filled on every row; remarks (备注) and evidence
 * (佐证材料) may stay blank, as may lianfang's assessment columns (factors, 调整理由, 监控责任), 序号 (checked
 * for continuity instead) and rollup counts (blank means 0). A column says otherwise with `required` and
 * `requiredWhy` (D4 整改情况 is written after the warning is handled).
 */
export const OPTIONAL_TERMS: readonly string[] = ['remark', 'evidence'];

export function requiredByPolicy(c: {
  kind: string;
  extra?: boolean;
  term?: string;
  label: string;
  aliases?: readonly string[];
}): boolean {
  if (c.extra || c.kind === 'seq' || c.kind === 'count') return false;
  const term = termOfColumn(c);
  return !(term && OPTIONAL_TERMS.includes(term.id));
}
