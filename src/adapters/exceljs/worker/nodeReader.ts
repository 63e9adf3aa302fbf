import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { UnitReport } from '../../../core/consolidate';
import { LianfangError } from '../../../core/errors';
import type { WorkbookSnapshot } from '../../../core/port';
import { WORKER_MAX_OLD_GENERATION_MB, WORKER_MAX_YOUNG_GENERATION_MB, WORKER_TIMEOUT_MS } from '../safe/limits';
import type { ReadWarning } from '../safe/prepare';
import type { ReadReply, ReadRequest } from './protocol';

export interface WorkerReadResult {
  snapshot: WorkbookSnapshot;
  warnings: ReadWarning[];
  /** When the workbook was last saved, when asked for (ReadOptions.modified). */
  modified?: string;
  /** When asked for (ReadOptions.prepare): the sanitised bytes, safe to give ExcelJS on this thread. */
  bytes?: Uint8Array;
  /** When asked for (ReadOptions.unit): the workbook's consolidation report. */
  unit?: UnitReport;
  /** When asked for (ReadOptions.serialized): the snapshot as Node's serializer wrote it, for unitOf on another worker. */
  snapshotBytes?: Uint8Array;
  /** The file's own time, for readPath. */
  fileTime?: string;
}

/** What to read besides the snapshot. */
export type ReadOptions = Pick<ReadRequest, 'prepare' | 'modified' | 'unit' | 'serialized'>;

export interface WorkerReaderOptions {
  timeoutMs?: number;
  maxOldGenerationSizeMb?: number;
  /**
   * A worker that only reads bytes into snapshots (consolidation's reading stage, `read` with `modified` and
   * `serialized` only): it loads and compiles a twentieth of the full worker's code.
   */
  snapshotOnly?: boolean;
}

/** Set by scripts/build-cli.js in the compiled CLI. */
declare const LIANFANG_BUNDLE: boolean | undefined;
/**
 * The compiled CLI starts its own worker bundles beside it, through bin/worker.js (which runs them from the code cache
 * the build wrote); from sources (tests, bench), stubs that load tsx.
 */
const entry = (snapshotOnly: boolean | undefined): { file: string; workerData?: { bundle: string } } =>
  typeof LIANFANG_BUNDLE !== 'undefined' && LIANFANG_BUNDLE
    ? {
        file: path.join(__dirname, '..', 'bin', 'worker.js'),
        workerData: { bundle: path.join(__dirname, snapshotOnly ? 'snapshot-worker.js' : 'read-worker.js') },
      }
    : { file: path.join(__dirname, snapshotOnly ? 'nodeSnapshotEntry.js' : 'nodeEntry.js') };

/**
 * Reads untrusted workbooks in a worker thread with a heap limit and a time limit. One worker is
 * reused for a batch; a worker that runs out of memory or time is ended and the next file gets a
 * fresh one, so one bad file costs only itself.
 */
export class WorkerReader {
  private worker: Worker | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private nextId = 1;
  /** Reads asked for and not finished: the one the worker is on, and those waiting behind it. */
  private pending = 0;
  /** The last request posted, and to which worker. */
  private posted: { id: number; worker: Worker } | undefined;
  /** The request whose reply readNow awaits; replies to requests handed ahead that come first wait here. */
  private awaited: number | undefined;
  private early = new Map<number, ReadReply>();

  constructor(private readonly opts: WorkerReaderOptions = {}) {}

  read(bytes: Uint8Array, file: string, opts: ReadOptions = {}): Promise<WorkerReadResult> {
    // The caller keeps its bytes: send a copy (the reply transfers any sanitised bytes back).
    return this.ask({ id: this.nextId++, file, bytes, ...opts });
  }

  /** `read` of a file this worker reads itself (Node: no bytes through this thread); the result has its fileTime. */
  readPath(file: string, opts: ReadOptions = {}): Promise<WorkerReadResult> {
    return this.ask({ id: this.nextId++, file, path: file, ...opts });
  }

  /**
   * The unit report of a snapshot another worker read (`read` with `serialized`): consolidation's second stage, so
   * that one thread reads while another reports and each compiles only its own half of the code.
   */
  unitOf(snapshotBytes: Uint8Array, file: string, unit: NonNullable<ReadRequest['unit']>): Promise<UnitReport> {
    return this.ask({ id: this.nextId++, file, snapshotBytes, unit }).then((r) => r.unit!);
  }

  private ask(req: ReadRequest): Promise<WorkerReadResult> {
    // The next file goes to a busy worker at once, so it starts on it the moment the file before is done instead of
    // waiting for a round trip through this thread. The worker reads one file at a time; this file's time limit
    // starts when its turn comes (readNow), and if the worker fails on the file before, a fresh one gets it again.
    // Only right behind the requests already posted to the live worker: replies then come back in the order asked.
    // (Handing every file ahead, not only the next, keeps a consolidation's reporting thread from waiting a round trip
    // between two units when it has several queued.)
    let handed: Worker | undefined;
    const w = this.worker;
    if (w && this.pending >= 1 && this.posted?.worker === w && this.posted.id === req.id - 1) {
      w.postMessage(req);
      handed = w;
      this.posted = { id: req.id, worker: w };
    }
    this.pending++;
    const run = this.queue.then(() => this.readNow(req, handed));
    this.queue = run.catch(() => undefined);
    void this.queue.then(() => this.pending--);
    return run;
  }

  /** Starts the worker now, ahead of its first request: a thread that will be asked later is then ready. */
  start(): void {
    this.spawn();
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = undefined;
    if (w) await w.terminate();
  }

  private spawn(): Worker {
    if (this.worker) return this.worker;
    const maxOld = this.opts.maxOldGenerationSizeMb ?? WORKER_MAX_OLD_GENERATION_MB;
    const { file, workerData } = entry(this.opts.snapshotOnly);
    const worker = new Worker(file, {
      workerData,
      resourceLimits: { maxOldGenerationSizeMb: maxOld, maxYoungGenerationSizeMb: WORKER_MAX_YOUNG_GENERATION_MB },
      stdout: true,
      stderr: true,
    });
    // stdout/stderr: true keeps parser chatter out of the CLI's output. (Do not resume() these
    // streams: a flowing worker stdio stream keeps the process alive after the CLI is done.)
    worker.unref();
    worker.on('message', (reply: ReadReply) => {
      if (reply.id !== this.awaited) this.early.set(reply.id, reply);
    });
    this.worker = worker;
    return worker;
  }

  private readNow(req: ReadRequest, handed: Worker | undefined): Promise<WorkerReadResult> {
    const { id, file } = req;
    const worker = this.spawn();
    const timeoutMs = this.opts.timeoutMs ?? WORKER_TIMEOUT_MS;
    const maxOld = this.opts.maxOldGenerationSizeMb ?? WORKER_MAX_OLD_GENERATION_MB;
    return new Promise<WorkerReadResult>((resolve, reject) => {
      const done = () => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        worker.unref();
      };
      const fail = (e: LianfangError) => {
        done();
        if (this.worker === worker) this.worker = undefined;
        void worker.terminate();
        reject(e);
      };
      const timer = setTimeout(
        () => fail(new LianfangError('timeout', { file, seconds: Math.round(timeoutMs / 1000) })),
        timeoutMs,
      );
      const onMessage = (reply: ReadReply) => {
        if (reply.id !== id) return;
        done();
        if (reply.ok) {
          const { id: _id, ok: _ok, ...result } = reply;
          resolve(result);
        } else
          reject(
            new LianfangError(reply.code, reply.params, reply.detail ? { cause: new Error(reply.detail) } : undefined),
          );
      };
      const onError = (e: Error & { code?: string }) =>
        fail(
          e.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new LianfangError('out_of_memory', { file, mb: maxOld }, { cause: e })
            : new LianfangError('corrupt', { file, kind: 'unreadable', detail: e.message }, { cause: e }),
        );
      const onExit = (code: number) =>
        fail(new LianfangError('corrupt', { file, kind: 'unreadable', detail: `worker exited (${code})` }));
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.ref();
      this.awaited = id;
      // Posted only now: nothing later can have been handed to this worker yet (handing needs the id before posted).
      if (handed !== worker) {
        worker.postMessage(req);
        this.posted = { id, worker };
      }
      const first = this.early.get(id);
      this.early.delete(id);
      if (first && handed === worker) onMessage(first);
    });
  }
}
