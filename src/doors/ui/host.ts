import type { Op } from '../../core/ops';
import type { WorkbookSnapshot } from '../../core/port';

/**
 * What the shared React screens need from where they run. The task pane implements it over office-js
 * (src/adapters/officejs), the standalone page over an ExcelJS workbook held in the browser.
 * Components get a Host (or plain functions) as props and never import a host API themselves.
 */
export interface Host {
  kind: 'excel' | 'file';
  /** Reads the whole workbook in one batch. */
  read(signal?: AbortSignal): Promise<WorkbookSnapshot>;
  /** Applies core operations (batched by the host). */
  apply(ops: readonly import('../../core/ops').Op[], signal?: AbortSignal): Promise<void>;
  /**
   * Shows a cell to the user (task pane: selects it in Excel; page: opens a preview of the cells around it).
   * `message` says why it is shown (an issue's text); hosts that show Excel itself may ignore it.
   */
  select?(sheet: string, cell: string, message?: string): Promise<void>;
  /**
   * Opens .xlsx bytes as a new workbook (task pane: a new Excel window). Only where the host can; the page downloads
   * instead. Throws a LianfangError when this Excel cannot (too old for ExcelApi 1.8).
   */
  openNewWorkbook?(bytes: Uint8Array): Promise<void>;
}

export type { Op };
