import { parentPort } from 'node:worker_threads';
import { handleRead } from './handle';
import type { ReadRequest } from './protocol';

// Nobody reads the worker's console (its stdio is not piped to the CLI): keep it from piling up.
for (const k of ['log', 'info', 'warn', 'error', 'debug'] as const) console[k] = () => undefined;

/** Runs inside the worker thread: one request at a time, the reply transfers the sanitised bytes. */
parentPort?.on('message', async (req: ReadRequest) => {
  const { reply, transfer } = await handleRead(req);
  parentPort?.postMessage(reply, transfer);
});
