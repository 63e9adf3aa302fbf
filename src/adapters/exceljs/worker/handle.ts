import { isLianfangError } from '../../../core/errors';
import { readSafely } from '../safe/load';
import type { ReadReply, ReadRequest } from './protocol';

/** The body of every read worker (Node and browser): checks, ExcelJS, snapshot; errors as plain data. */
export async function handleRead(req: ReadRequest): Promise<{ reply: ReadReply; transfer: ArrayBuffer[] }> {
  try {
    const r = await readSafely(req.bytes, req.file);
    return {
      reply: { id: req.id, ok: true, snapshot: r.snapshot, warnings: r.warnings, bytes: r.bytes },
      transfer: [r.bytes.buffer as ArrayBuffer],
    };
  } catch (e) {
    if (isLianfangError(e)) return { reply: { id: req.id, ok: false, code: e.code, params: e.params }, transfer: [] };
    const detail = e instanceof Error ? (e.stack ?? e.message) : String(e);
    return {
      reply: { id: req.id, ok: false, code: 'corrupt', params: { file: req.file, kind: 'unreadable' }, detail },
      transfer: [],
    };
  }
}
