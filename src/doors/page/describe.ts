import { findPack } from '../../core/packs';
import type { WorkbookSnapshot } from '../../core/port';
import { recogniseWorkbook } from '../../core/recognise';

export interface SheetRow {
  name: string;
  hidden: boolean;
  /** The lianfang form this sheet holds, e.g. "A3 岗位廉政风险点登记表", when recognised. */
  form?: string;
  /** Found by its headings rather than lianfang's hidden identification (a workbook made by hand). */
  byHeaders?: boolean;
  rows?: number;
  /** A sheet lianfang itself wrote (校验报告, 风险汇总 …). */
  own?: boolean;
}

export interface WorkbookSummary {
  packId?: string;
  packName?: string;
  /** The pack has its hidden identification (made by lianfang) rather than being guessed from headings. */
  identified: boolean;
  sheets: SheetRow[];
}

/**
 * What the page lists for an opened workbook: its sheets and which form lianfang recognises in each. Under the
 * chosen programme it is the very recognition validation, grading and signing use (so the list never names one
 * form while validation reads another); a workbook of another programme is described as its own.
 */
export function describeWorkbook(wb: WorkbookSnapshot, packId?: string): WorkbookSummary {
  const rec = recogniseWorkbook(wb, packId ? { pack: packId } : {});
  const pack = rec.pack ? findPack(rec.pack) : undefined;
  const sheets = wb.sheets
    .filter((s) => s.visibility !== 'veryHidden')
    .map((s): SheetRow => {
      const f = rec.forms.find((x) => x.sheet === s.name);
      const title = f && findPack(f.pack)?.forms.find((x) => x.id === f.form)?.title;
      const own = rec.skipped.some((x) => x.sheet === s.name && x.reason === 'lianfang');
      return {
        name: s.name,
        hidden: s.visibility !== 'visible',
        ...(own ? { own } : {}),
        ...(f ? { form: `${f.form} ${title ?? ''}`.trim(), byHeaders: f.how === 'headers', rows: f.rows.length } : {}),
      };
    });
  return {
    packId: rec.pack,
    packName: rec.pack ? (pack?.name ?? rec.pack) : undefined,
    identified: rec.forms.some((f) => f.how === 'meta'),
    sheets,
  };
}
