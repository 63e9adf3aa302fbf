import { waitForZip, type PartStream } from './zipBacklog';

/** ExcelJS's streaming workbook, with the parts its typings leave out. */
interface StreamBook {
  sharedStrings: { values: unknown[]; count: number };
  addSharedStrings(): Promise<void>;
  _openStream(path: string): PartStream & { write(text: string): void; end(): void };
}

const ESCAPES: Record<string, string> = { '"': '&quot;', '&': '&amp;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };
/** Text as ExcelJS escapes it (xmlEncode): the five entities, characters XML cannot hold left out. */
const xmlText = (t: string) => t.replace(/[<>&'"\x7F\x00-\x08\x0B\x0C\x0E-\x1F]/g, (c) => ESCAPES[c] ?? '');

/** Strings per write to the zip writer. */
const PER_WRITE = 2000;

/**
 * Writes the shared strings a piece at a time, the same XML as ExcelJS's SharedStringsXform, which builds the whole
 * table as one string first (a report of 100,000 rows: 90 MB of XML, several times that in memory at once).
 */
export function streamSharedStrings(book: unknown): void {
  const wb = book as StreamBook;
  const whole = wb.addSharedStrings.bind(wb);
  wb.addSharedStrings = async () => {
    const { values, count } = wb.sharedStrings;
    // Rich text (never in lianfang's operations) and an empty table go ExcelJS's own way.
    if (!count || values.some((v) => typeof v !== 'string')) return whole();
    const out = wb._openStream('/xl/sharedStrings.xml');
    out.write(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${count}" uniqueCount="${count}">`,
    );
    for (let i = 0; i < values.length; i += PER_WRITE) {
      let xml = '';
      for (const v of values.slice(i, i + PER_WRITE) as string[])
        xml += `<si><t${/^\s|\n|\s$/.test(v) ? ' xml:space="preserve"' : ''}>${xmlText(v)}</t></si>`;
      out.write(xml);
      await waitForZip(out);
    }
    out.write('</sst>');
    out.end(); // without text: StreamBuf.end(text) never finishes in batch mode
  };
}
