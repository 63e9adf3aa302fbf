/**
 * Excel on the web rejects a request over 5 MB (RequestPayloadSizeLimitExceeded). We estimate each queued write
 * on the safe side (non-ASCII counted as a \uXXXX escape) and end a request well before the limit.
 */
/** One write waiting in a request: its estimated size, and the call that queues it on the context. */
export type Queued = { bytes: number; queue: () => void };

export const PAYLOAD_LIMIT = 5 * 1024 * 1024;
/** Our estimate counts CJK as 6 bytes (UTF-8 needs 3), so 2 MB estimated is at most about 2 MB sent. */
export const DEFAULT_BUDGET = 2 * 1024 * 1024;
/** Per queued action: object path, method name and ids in the request JSON. */
export const ACTION_COST = 200;

export function estimateBytes(v: unknown): number {
  const json = JSON.stringify(v) ?? '';
  let extra = 0;
  for (let i = 0; i < json.length; i++) if (json.charCodeAt(i) > 0x7f) extra += 5;
  return json.length + extra;
}

/** Splits a grid into row blocks (and, for a row too wide on its own, column blocks) that each fit the budget. */
export function splitGrid<T>(grid: T[][], budget: number): Array<{ row: number; col: number; cells: T[][] }> {
  const out: Array<{ row: number; col: number; cells: T[][] }> = [];
  let start = 0;
  let size = 0;
  const flush = (end: number) => {
    if (end > start) out.push({ row: start, col: 0, cells: grid.slice(start, end) });
    start = end;
    size = 0;
  };
  grid.forEach((row, i) => {
    const bytes = estimateBytes(row) + 2;
    if (bytes > budget) {
      flush(i);
      let c0 = 0;
      let part = 0;
      row.forEach((cell, c) => {
        const b = estimateBytes(cell) + 1;
        if (part + b > budget && c > c0) {
          out.push({ row: i, col: c0, cells: [row.slice(c0, c)] });
          c0 = c;
          part = 0;
        }
        part += b;
      });
      out.push({ row: i, col: c0, cells: [row.slice(c0)] });
      start = i + 1;
      return;
    }
    if (size + bytes > budget) flush(i);
    size += bytes;
  });
  flush(grid.length);
  return out;
}
