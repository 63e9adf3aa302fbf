import type { Params } from '../../../core/errors';
import type { WorkbookSnapshot } from '../../../core/port';
import type { ReadWarning } from '../safe/prepare';

/** What the page or the CLI sends a read worker: the raw bytes of one file and its name for messages. */
export interface ReadRequest {
  id: number;
  file: string;
  bytes: Uint8Array;
}

export type ReadReply =
  | { id: number; ok: true; snapshot: WorkbookSnapshot; warnings: ReadWarning[]; bytes: Uint8Array }
  | { id: number; ok: false; code: string; params: Params; detail?: string };
