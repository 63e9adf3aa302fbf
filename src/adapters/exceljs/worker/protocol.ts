import type { ConsolidateOptions, UnitReport } from '../../../core/consolidate';
import type { Params } from '../../../core/errors';
import type { WorkbookSnapshot } from '../../../core/port';
import type { ReadWarning } from '../safe/prepare';

/** What the page or the CLI sends a read worker: the raw bytes of one file and its name for messages. */
export interface ReadRequest {
  id: number;
  file: string;
  bytes: Uint8Array;
  /** Also hand back the file rewritten for ExcelJS (prepareWorkbook), for a door that will modify it. */
  prepare?: boolean;
  /** Also read when the workbook was last saved (docProps/core.xml). */
  modified?: boolean;
  /**
   * Consolidation: reduce the workbook to its unit report in the worker (reply `unit`, no snapshot), so that
   * many files run on as many threads and only small totals cross back.
   */
  unit?: { options: ConsolidateOptions; fileTime?: string };
}

export type ReadReply =
  | {
      id: number;
      ok: true;
      /** Empty when a unit report was asked for. */
      snapshot: WorkbookSnapshot;
      warnings: ReadWarning[];
      unit?: UnitReport;
      modified?: string;
      /** When asked for: the sanitised bytes, safe for ExcelJS. */
      bytes?: Uint8Array;
    }
  | { id: number; ok: false; code: string; params: Params; detail?: string };
