/**
 * ExcelJS's streaming writer writes on regardless of back-pressure: XML it produces faster than the zip writer
 * compresses piles up in memory (hundreds of MB for a report of 100,000 rows). Its writers look here and wait.
 */

/** Uncompressed XML allowed to wait for compression. */
const MAX_BACKLOG = 4 << 20;
/** Turns of the event loop a pause waits at most, should the zip writer not be taking this part yet. */
const MAX_WAIT_TURNS = 10_000;

/** ExcelJS's StreamBuf for one part of the package, and the streams archiver pipes it to. */
export interface PartStream {
  buffers?: Array<{ length: number }>;
  pipes?: Array<{
    writableLength?: number;
    readableLength?: number;
    // archiver's streams (readable-stream 2) keep their queues here
    _writableState?: { length: number };
    _readableState?: { length: number };
  }>;
}

/** What a part's stream holds that the zip writer has not compressed yet. */
function backlog(s: PartStream): number {
  let n = 0;
  for (const b of s.buffers ?? []) n += b.length;
  for (const p of s.pipes ?? [])
    n += (p.writableLength ?? p._writableState?.length ?? 0) + (p.readableLength ?? p._readableState?.length ?? 0);
  return n;
}

/** Lets the zip writer catch up with a part before more of it is written. */
export async function waitForZip(s: PartStream): Promise<void> {
  let turns = 0;
  do await new Promise((ok) => setImmediate(ok));
  while (backlog(s) > MAX_BACKLOG && ++turns < MAX_WAIT_TURNS);
}
