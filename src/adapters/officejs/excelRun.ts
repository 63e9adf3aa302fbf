/** The one door to Excel: the real Excel.run in the task pane, a fake in tests. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export const officeExcelRun: ExcelRun = (batch) => Excel.run(batch);

/** Whether the running Excel has an ExcelApi requirement set (outside Office, e.g. in tests: yes). */
export type ApiCheck = (version: string) => boolean;

export const officeApiSupported: ApiCheck = (version) =>
  typeof Office === 'undefined' || Office.context?.requirements?.isSetSupported?.('ExcelApi', version) !== false;
