import { displayText, type CellValue } from '../cell';
import type { Form } from '../forms/schema';

/** A form's column naming the leader who controls a risk: railway's 管控领导, hangzhou's 责任领导. */
export const leaderColumn = (form: Form): string | undefined =>
  form.columns.find((c) => /^(管控|责任|主管)领导$/.test(c.label))?.key;

/**
 * Who monitors a risk point, as the plan says: the row's own 监控责任, else its controlling leader (谁是领导谁控),
 * else who the plan puts in charge of its level; '' when the plan names nobody.
 */
export function monitorOf(form: Form, cells: Record<string, CellValue>, levelMonitor: string | undefined): string {
  const own = displayText(cells.monitor ?? null).trim();
  if (own) return own;
  const key = leaderColumn(form);
  const leader = key ? displayText(cells[key] ?? null).trim() : '';
  return leader || levelMonitor || '';
}

/** The post or person a risk belongs to where the form names one per row (railway's 责任人: 谁的风险谁防). */
export function ownerOf(form: Form, cells: Record<string, CellValue>): string {
  const key = form.columns.find((c) => c.label === '责任人')?.key;
  return key ? displayText(cells[key] ?? null).trim() : '';
}
