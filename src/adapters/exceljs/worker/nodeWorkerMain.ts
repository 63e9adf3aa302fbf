import { parentPort } from 'node:worker_threads';
import { handleRead } from './handle';
import type { ReadRequest } from './protocol';

/** Runs inside the worker thread: one request at a time, the reply transfers the sanitised bytes. */
parentPort?.on('message', async (req: ReadRequest) => {
  const { reply, transfer } = await handleRead(req);
  parentPort?.postMessage(reply, transfer);
});
