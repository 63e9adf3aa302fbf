/// <reference lib="webworker" />
import { handleRead } from './handle';
import type { ReadRequest } from './protocol';

/** Web Worker entry for the page: same checks and ExcelJS load as the CLI, off the page's thread. */
self.onmessage = async (e: MessageEvent<ReadRequest>) => {
  const { reply, transfer } = await handleRead(e.data);
  (self as unknown as { postMessage: (m: unknown, t: Transferable[]) => void }).postMessage(reply, transfer);
};
