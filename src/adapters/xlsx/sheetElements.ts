/**
 * The worksheet elements the fast path (sheetFast.ts) acts on, told apart by their names' char codes once per tag:
 * every other element is only checked for being well formed.
 */
export const enum Kind {
  Other,
  C,
  V,
  F,
  R,
  T,
  RPh,
  Row,
  Col,
  MergeCell,
  DataValidation,
  Hyperlink,
  ExtLst,
  X14,
}

/** The kind of the element whose name is `length` characters of `xml` from `from`. */
export function kindOf(xml: string, from: number, length: number): Kind {
  switch (length) {
    case 1:
      switch (xml.charCodeAt(from)) {
        case 99:
          return Kind.C;
        case 118:
          return Kind.V;
        case 102:
          return Kind.F;
        case 114:
          return Kind.R;
        case 116:
          return Kind.T;
      }
      return Kind.Other;
    case 3:
      return xml.startsWith('row', from)
        ? Kind.Row
        : xml.startsWith('rPh', from)
          ? Kind.RPh
          : xml.startsWith('col', from)
            ? Kind.Col
            : Kind.Other;
    case 6:
      return xml.startsWith('extLst', from) ? Kind.ExtLst : Kind.Other;
    case 9:
      return xml.startsWith('mergeCell', from)
        ? Kind.MergeCell
        : xml.startsWith('hyperlink', from)
          ? Kind.Hyperlink
          : Kind.Other;
    case 14:
      if (xml.startsWith('dataValidation', from)) return Kind.DataValidation;
  }
  return xml.startsWith('x14:', from) ? Kind.X14 : Kind.Other;
}
