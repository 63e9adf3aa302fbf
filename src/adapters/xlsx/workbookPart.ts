import { resolve } from '../exceljs/safe/normalise';
import { readPlainFirst } from './plainScan';
import { relId } from './tokenize';

export interface SheetEntry {
  name: string;
  state?: string;
  rid?: string;
}

export interface WorkbookPart {
  sheets: SheetEntry[];
  definedNames: Array<{ name: string; formula: string }>;
  date1904: boolean;
}

/** xl/workbook.xml: the sheets in order, the defined names with their formulas, the date system. */
export function readWorkbookPart(xml: string, file: string): WorkbookPart {
  return readPlainFirst(xml, file, 'xl/workbook.xml', (scan) => {
    const out: WorkbookPart = { sheets: [], definedNames: [], date1904: false };
    let name: string | undefined;
    let formula = '';
    scan({
      open(tag, attrs) {
        if (tag === 'sheet') {
          const a = attrs();
          out.sheets.push({ name: a.name ?? '', state: a.state, rid: relId(a) });
        } else if (tag === 'definedName') {
          name = attrs().name ?? '';
          formula = '';
        } else if (tag === 'workbookPr') out.date1904 = attrs().date1904 === '1';
      },
      text(t) {
        if (name !== undefined) formula += t;
      },
      close(tag) {
        if (tag !== 'definedName' || name === undefined) return;
        out.definedNames.push({ name, formula });
        name = undefined;
      },
    });
    return out;
  });
}

export interface Relationship {
  target: string;
  type: string;
  external: boolean;
}

/** A .rels part: id → target part (resolved against `base`, e.g. 'xl/'), type and whether it points outside. */
export function readRelationships(xml: string, file: string, part: string, base: string): Map<string, Relationship> {
  return readPlainFirst(xml, file, part, (scan) => {
    const rels = new Map<string, Relationship>();
    scan({
      open(tag, attrs) {
        if (tag !== 'Relationship') return;
        const a = attrs();
        if (!a.Id || !a.Target) return;
        const external = a.TargetMode === 'External';
        rels.set(a.Id, { target: external ? a.Target : resolve(base, a.Target), type: a.Type ?? '', external });
      },
    });
    return rels;
  });
}
