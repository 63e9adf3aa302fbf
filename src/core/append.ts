/**
 * Appends items one by one. `into.push(...items)` passes every item as an argument and overflows the call stack
 * past roughly 100,000 items (a 100,000-row form makes that many operations).
 */
export function append<T>(into: T[], items: readonly T[]): T[] {
  for (const item of items) into.push(item);
  return into;
}
