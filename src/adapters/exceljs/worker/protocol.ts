import type { ConsolidateOptions, UnitReport } from '../../../core/consolidate';
import type { Params } from '../../../core/errors';
import type { WorkbookSnapshot } from '../../../core/port';
import type { ReadWarning } from '../safe/prepare';

/**
 * What the page or the CLI sends a read worker: the raw bytes of one file and its name for messages; or, for
 * consolidation's second stage, the snapshot another worker read from them (`unit` with `snapshot`).
 */
export interface ReadRequest {
  id: number;
  file: string;
  bytes?: Uint8Array;
  /** Node: the file's path instead of its bytes; the worker reads it (readInputFileSync) and replies its time. */
  path?: string;
  /** The workbook another worker has read: only its unit report is made here. */
  snapshot?: WorkbookSnapshot;
  /** The same, as Node's serializer wrote it (the CLI passes it between workers without decoding it in between). */
  snapshotBytes?: Uint8Array;
  /** Hand the snapshot back as snapshotBytes (Node only): it goes on to another worker as it is. */
  serialized?: boolean;
  /** Also hand back the file rewritten for ExcelJS (prepareWorkbook), for a door that will modify it. */
  prepare?: boolean;
  /** Also read when the workbook was last saved (docProps/core.xml). */
  modified?: boolean;
  /**
   * Consolidation: reduce the workbook to its unit report in the worker (reply `unit`, no snapshot), so that
   * many files run on as many threads and only small totals cross back.
   */
  unit?: { options: ConsolidateOptions; fileTime?: string; modified?: string };
}

export type ReadReply =
  | {
      id: number;
      ok: true;
      /** Empty when a unit report or the serialized snapshot was asked for. */
      snapshot: WorkbookSnapshot;
      snapshotBytes?: Uint8Array;
      warnings: ReadWarning[];
      unit?: UnitReport;
      modified?: string;
      /** The file's own time (ISO 8601), when the worker read the file itself (`path`). */
      fileTime?: string;
      /** When asked for: the sanitised bytes, safe for ExcelJS. */
      bytes?: Uint8Array;
    }
  | { id: number; ok: false; code: string; params: Params; detail?: string };
