import { readWorkbookStreamed } from '../../xlsx/read';
import { failureReply } from './failure';
import type { ReadReply, ReadRequest } from './protocol';

/**
 * The body of the snapshot-only worker (consolidation's reading stage): every check and the streaming reader, and
 * nothing else, so the thread loads and compiles a twentieth of the code the full worker does.
 */
export async function readSnapshotOnly(req: ReadRequest): Promise<{ reply: ReadReply; transfer: ArrayBuffer[] }> {
  try {
    if (!req.bytes || req.prepare || req.unit) throw new Error('the snapshot-only worker reads bytes into snapshots');
    return {
      reply: { id: req.id, ok: true, ...readWorkbookStreamed(req.bytes, req.file, { modified: req.modified }) },
      transfer: [],
    };
  } catch (e) {
    return { reply: failureReply(req.id, req.file, e), transfer: [] };
  }
}
