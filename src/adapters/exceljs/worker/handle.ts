import { unitReport } from '../../../core/consolidate';
import { LianfangError, isLianfangError } from '../../../core/errors';
import type { WorkbookSnapshot } from '../../../core/port';
import { readWorkbookStreamed } from '../../xlsx/read';
import { prepareWorkbook, type ReadWarning } from '../safe/prepare';
import { failureReply } from './failure';
import type { ReadReply, ReadRequest } from './protocol';

/**
 * The body of every read worker (Node and browser): every check and the streaming reader straight into the
 * snapshot (no ExcelJS in the worker); errors as plain data. With `prepare`, also the bytes ExcelJS may load.
 */
export async function handleRead(req: ReadRequest): Promise<{ reply: ReadReply; transfer: ArrayBuffer[] }> {
  try {
    // Consolidation's second stage: the snapshot was read by another worker.
    if (req.snapshot && req.unit)
      return { reply: await unitReply(req, req.snapshot, [], req.unit.modified), transfer: [] };
    if (!req.bytes) throw new LianfangError('corrupt', { file: req.file, kind: 'unreadable' });
    const r = readWorkbookStreamed(req.bytes, req.file, { modified: req.modified || Boolean(req.unit) });
    if (req.unit) return { reply: await unitReply(req, r.snapshot, r.warnings, r.modified), transfer: [] };
    const bytes = req.prepare ? prepareWorkbook(req.bytes, req.file).bytes : undefined;
    return {
      reply: { id: req.id, ok: true, ...r, ...(bytes ? { bytes } : {}) },
      transfer: bytes ? [bytes.buffer as ArrayBuffer] : [],
    };
  } catch (e) {
    return { reply: failureReply(req.id, req.file, e), transfer: [] };
  }
}

/** The unit report of a read workbook (consolidation); the core's own failures keep their code. */
async function unitReply(
  req: ReadRequest,
  snapshot: WorkbookSnapshot,
  warnings: ReadWarning[],
  modified: string | undefined,
): Promise<ReadReply> {
  const { options, fileTime } = req.unit!;
  try {
    const unit = await unitReport(
      { file: req.file, snapshot, modified: modified ?? fileTime, ...(fileTime ? { fileTime } : {}) },
      options,
    );
    return { id: req.id, ok: true, snapshot: { sheets: [], names: [] }, warnings, unit };
  } catch (e) {
    if (isLianfangError(e)) return { id: req.id, ok: false, code: e.code, params: e.params };
    return { id: req.id, ok: false, code: 'internal_error', params: { file: req.file }, detail: String(e) };
  }
}
