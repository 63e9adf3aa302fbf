import { deserialize, serialize } from 'node:v8';
import { parentPort } from 'node:worker_threads';
import { inflateRawSync } from 'node:zlib';
import { useOneShotInflate } from '../safe/zip';
import { handleRead } from './handle';
import type { ReadRequest } from './protocol';

// Node's own zlib inflates several times faster than fflate; a stream longer than `max` throws, as a broken one does
// (readEntry then reads the part through its counting stream).
useOneShotInflate((data, max) => {
  const out = inflateRawSync(data, { maxOutputLength: max });
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
});

// Nobody reads the worker's console (its stdio is not piped to the CLI): keep it from piling up.
for (const k of ['log', 'info', 'warn', 'error', 'debug'] as const) console[k] = () => undefined;

/**
 * Runs inside the worker thread: one request at a time, in the order they come (the next one may arrive while one
 * is read: nodeReader hands it ahead); the reply transfers the sanitised bytes.
 */
let turn: Promise<void> = Promise.resolve();
parentPort?.on('message', (req: ReadRequest) => {
  turn = turn
    .then(async () => {
      const { reply, transfer } = await handleRead(
        req.snapshotBytes ? { ...req, snapshot: deserialize(req.snapshotBytes) as ReadRequest['snapshot'] } : req,
      );
      // A snapshot going on to another worker crosses as the serializer's bytes, handed over without a copy.
      if (req.serialized && reply.ok) {
        const bytes = new Uint8Array(serialize(reply.snapshot));
        reply.snapshot = { sheets: [], names: [] };
        reply.snapshotBytes = bytes;
        transfer.push(bytes.buffer as ArrayBuffer);
      }
      parentPort?.postMessage(reply, transfer);
    })
    // A failure outside handleRead ends the worker as an uncaught error would (the reader reports the file).
    .catch((e: unknown) => {
      setImmediate(() => {
        throw e;
      });
    });
});
