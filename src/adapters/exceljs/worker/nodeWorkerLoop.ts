import { deserialize, serialize } from 'node:v8';
import { parentPort } from 'node:worker_threads';
import { inflateRawSync } from 'node:zlib';
import { readInputFileSync } from '../safe/inputFile';
import { useOneShotInflate } from '../safe/zip';
import { failureReply } from './failure';
import type { ReadReply, ReadRequest } from './protocol';

export type RequestHandler = (req: ReadRequest) => Promise<{ reply: ReadReply; transfer: ArrayBuffer[] }>;

/**
 * Runs inside a Node worker thread: one request at a time, in the order they come (the next one may arrive while
 * one is read: nodeReader hands it ahead); the reply transfers what it carries (sanitised bytes, a snapshot's bytes).
 */
export function serveRequests(handle: RequestHandler): void {
  // Node's own zlib inflates several times faster than fflate; a stream longer than `max` throws, as a broken one
  // does (readEntry then reads the part through its counting stream).
  useOneShotInflate((data, max) => {
    const out = inflateRawSync(data, { maxOutputLength: max });
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  });
  // Nobody reads the worker's console (its stdio is not piped to the CLI): keep it from piling up.
  for (const k of ['log', 'info', 'warn', 'error', 'debug'] as const) console[k] = () => undefined;

  /** A snapshot's bytes decoded, or a path read, here in the worker; then the request is handled as any other. */
  const handleHere = async (req: ReadRequest): ReturnType<RequestHandler> => {
    if (req.snapshotBytes)
      return handle({ ...req, snapshot: deserialize(req.snapshotBytes) as ReadRequest['snapshot'] });
    if (req.path === undefined) return handle(req);
    let read;
    try {
      read = readInputFileSync(req.path);
    } catch (e) {
      return { reply: failureReply(req.id, req.file, e), transfer: [] };
    }
    const fileTime = read.mtime.toISOString();
    // A unit report made here dates the unit by the file's time where its workbook has no save date.
    const unit = req.unit && { ...req.unit, fileTime: req.unit.fileTime ?? fileTime };
    const handled = await handle({ ...req, bytes: read.bytes, ...(unit ? { unit } : {}) });
    if (handled.reply.ok) handled.reply.fileTime = fileTime;
    return handled;
  };

  let turn: Promise<void> = Promise.resolve();
  parentPort?.on('message', (req: ReadRequest) => {
    turn = turn
      .then(async () => {
        const { reply, transfer } = await handleHere(req);
        // A snapshot going on to another worker crosses as the serializer's bytes, handed over without a copy.
        if (req.serialized && reply.ok) {
          const bytes = new Uint8Array(serialize(reply.snapshot)); // a copy that owns its whole buffer
          reply.snapshot = { sheets: [], names: [] };
          reply.snapshotBytes = bytes;
          transfer.push(bytes.buffer as ArrayBuffer);
        }
        parentPort?.postMessage(reply, transfer);
      })
      // A failure outside the handler ends the worker as an uncaught error would (the reader reports the file).
      .catch((e: unknown) => {
        setImmediate(() => {
          throw e;
        });
      });
  });
}
