import type { Column } from '../forms/schema';
import type { FormContext } from './types';

const perForm = new WeakMap<FormContext, Map<string, unknown>>();
const memos = new WeakMap<FormContext, Map<string, Map<string, unknown>>>();

/** A value computed once per form (column lists, rule lists), so row checks stay cheap on 100,000 rows. */
export function once<T>(ctx: FormContext, key: string, make: () => T): T {
  let m = perForm.get(ctx);
  if (!m) perForm.set(ctx, (m = new Map()));
  let v = m.get(key) as T | undefined;
  if (v === undefined && !m.has(key)) m.set(key, (v = make()));
  return v as T;
}

/** The form's columns found on the sheet that satisfy `pick`, computed once per form; `key` names the selection. */
export const columnsWhere = (ctx: FormContext, key: string, pick: (c: Column) => boolean): Column[] =>
  once(ctx, key, () => ctx.present.filter((p) => pick(p.col)).map((p) => p.col));

/** Memoises a text → result function per form and key (enumerations repeat the same few spellings). */
export function cached<T>(ctx: FormContext, key: string, raw: string, make: (raw: string) => T): T {
  let all = memos.get(ctx);
  if (!all) memos.set(ctx, (all = new Map()));
  let m = all.get(key);
  if (!m) all.set(key, (m = new Map()));
  let v = m.get(raw) as T | undefined;
  if (v === undefined && !m.has(raw)) {
    v = make(raw);
    if (m.size < 50_000) m.set(raw, v);
  }
  return v as T;
}
