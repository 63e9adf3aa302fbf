import { readPlainFirst } from './plainScan';

/** Excel's escape for characters XML cannot hold: _x000D_ is a carriage return. */
export const unescapeOoxml = (s: string): string =>
  s.indexOf('_x') < 0 ? s : s.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/**
 * xl/sharedStrings.xml: one string per <si>, rich-text runs joined, phonetic guides (<rPh>) left out.
 * An empty <si/> is no value at all (null), as ExcelJS reads it.
 */
export function readSharedStrings(xml: string, file: string, part: string): Array<string | null> {
  return readPlainFirst(xml, file, part, (scan) => {
    const out: Array<string | null> = [];
    let current: string | null = null;
    let text: string | undefined;
    let phonetic = 0;
    scan({
      open(tag) {
        if (tag === 'si') current = null;
        else if (tag === 'rPh') phonetic++;
        else if (!phonetic && (tag === 't' || tag === 'r')) {
          current ??= '';
          if (tag === 't') text = '';
        }
      },
      text(t) {
        if (text !== undefined) text += t;
      },
      close(tag) {
        if (tag === 't' && text !== undefined) {
          current += unescapeOoxml(text);
          text = undefined;
        } else if (tag === 'rPh') phonetic--;
        else if (tag === 'si') out.push(current);
      },
    });
    return out;
  });
}
