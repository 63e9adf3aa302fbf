import { LianfangError } from '../../../core/errors';
import { WORKER_TIMEOUT_MS } from '../safe/limits';
import type { ReadOptions, WorkerReadResult } from './nodeReader';
import type { ReadReply, ReadRequest } from './protocol';

export interface BrowserReadOptions extends ReadOptions {
  /** File name for messages. */
  file?: string;
  /** Aborting ends the worker at once (the page's 取消 button). */
  signal?: AbortSignal;
  timeoutMs?: number;
}

/**
 * Reads a workbook in a Web Worker the page can end: one worker per file, terminated when done,
 * aborted or out of time. Rejects with LianfangError only (timeout, aborted, or the read's own code).
 */
export function readInBrowserWorker(bytes: Uint8Array, opts: BrowserReadOptions = {}): Promise<WorkerReadResult> {
  const file = opts.file ?? '工作簿';
  return new Promise((resolve, reject) => {
    if (opts.signal?.aborted) return reject(new LianfangError('aborted', { file }));
    const worker = new Worker(new URL('./browserWorker.ts', import.meta.url));
    const end = (e?: LianfangError, r?: WorkerReadResult) => {
      clearTimeout(timer);
      opts.signal?.removeEventListener('abort', onAbort);
      worker.terminate();
      if (e) reject(e);
      else resolve(r!);
    };
    const onAbort = () => end(new LianfangError('aborted', { file }));
    const ms = opts.timeoutMs ?? WORKER_TIMEOUT_MS;
    const timer = setTimeout(() => end(new LianfangError('timeout', { file, seconds: Math.round(ms / 1000) })), ms);
    opts.signal?.addEventListener('abort', onAbort);
    worker.onmessage = (e: MessageEvent<ReadReply>) => {
      const reply = e.data;
      if (reply.ok) {
        const { id: _id, ok: _ok, ...result } = reply;
        end(undefined, result);
      } else end(new LianfangError(reply.code, reply.params));
    };
    worker.onerror = (e) => {
      e.preventDefault?.();
      end(new LianfangError('corrupt', { file, kind: 'unreadable', detail: e.message }));
    };
    const req: ReadRequest = { id: 1, file, bytes, prepare: opts.prepare, modified: opts.modified };
    worker.postMessage(req);
  });
}
