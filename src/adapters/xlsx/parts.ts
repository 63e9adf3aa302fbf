import { LianfangError } from '../../core/errors';
import { MAX_TOTAL_BYTES } from '../exceljs/safe/limits';
import { sniffFormat } from '../exceljs/safe/sniff';
import { decodeXml } from '../exceljs/safe/xml';
import { listZip, readEntry, type ZipEntry } from '../exceljs/safe/zip';

/**
 * The zip of a workbook nobody vouches for, opened for reading only the parts a snapshot needs: the central
 * directory is checked whole (entry count, claimed sizes, ratios, duplicates), each part is inflated on demand
 * within the same limits as every other read (zip.ts), and XML is decoded strictly (xml.ts).
 */
export class WorkbookZip {
  private readonly entries = new Map<string, ZipEntry>();
  private used = 0;

  constructor(
    private readonly bytes: Uint8Array,
    readonly file: string,
  ) {
    sniffFormat(bytes, file);
    for (const entry of listZip(bytes, file)) {
      if (entry.name.endsWith('/')) continue;
      if (this.entries.has(entry.name))
        throw new LianfangError('corrupt', { file, kind: 'bad_zip', part: entry.name, detail: 'duplicate' });
      this.entries.set(entry.name, entry);
    }
  }

  has(part: string): boolean {
    return this.entries.has(part);
  }

  names(): IterableIterator<string> {
    return this.entries.keys();
  }

  /** The part's bytes, inflated within the limits; undefined when absent. */
  bytesOf(part: string): Uint8Array | undefined {
    const entry = this.entries.get(part);
    if (!entry) return undefined;
    const data = readEntry(this.bytes, entry, this.file, MAX_TOTAL_BYTES - this.used);
    this.used += data.length;
    return data;
  }

  /** The part as text (UTF-8, or a declared GBK/UTF-16 …); undefined when absent. */
  text(part: string): string | undefined {
    const data = this.bytesOf(part);
    return data && decodeXml(data, this.file, part).xml;
  }

  /** Like text(), for a part the workbook cannot be read without. */
  required(part: string): string {
    const xml = this.text(part);
    if (xml === undefined) throw new LianfangError('corrupt', { file: this.file, kind: 'missing_part', part });
    return xml;
  }
}
