import { identifiedSheets } from '../../core/meta/read';
import { findPack } from '../../core/packs';
import type { WorkbookSnapshot } from '../../core/port';

export interface SheetRow {
  name: string;
  hidden: boolean;
  /** The lianfang form this sheet holds, e.g. "A3 岗位廉政风险点登记表", when recognised. */
  form?: string;
}

export interface WorkbookSummary {
  packName?: string;
  sheets: SheetRow[];
}

/** What the page lists for an opened workbook: its sheets and which of them lianfang made (hidden sheets omitted). */
export function describeWorkbook(wb: WorkbookSnapshot): WorkbookSummary {
  const ids = identifiedSheets(wb);
  const pack = ids ? findPack(ids.pack) : undefined;
  const sheets = wb.sheets
    .filter((s) => s.visibility !== 'veryHidden')
    .map((s): SheetRow => {
      const id = ids?.sheets.find((x) => x.sheet === s.name);
      const title = id && pack?.forms.find((f) => f.id === id.form)?.title;
      return {
        name: s.name,
        hidden: s.visibility !== 'visible',
        ...(id ? { form: `${id.form} ${title ?? ''}`.trim() } : {}),
      };
    });
  return { packName: ids ? (pack?.name ?? ids.pack) : undefined, sheets };
}
