import type ExcelJS from 'exceljs';
import type { CellStyle } from '../../core/ops';
import { applyStyle, isEmpty } from './cells';

/**
 * The streaming writer's styles, each worked out once: a cell's style after a style operation depends only on
 * the style it had and the operation's look, so both are numbered by content and the result is one shared,
 * never-changed object per pair. ExcelJS then finds a cell's style id by that object (its WeakMap) instead of
 * serialising every cell's style again — the bulk of writing 100,000 styled rows.
 */
export class StyleCache {
  private readonly ids = new WeakMap<object, number>();
  private readonly byText = new Map<string, number>();
  private readonly results = new Map<string, Partial<ExcelJS.Style>>();
  private readonly scratch: ExcelJS.Cell;

  constructor(scratch: ExcelJS.Cell) {
    this.scratch = scratch;
  }

  /** The cell's style after `look`, as applyStyle leaves it, shared by every cell that gets there the same way. */
  apply(cell: ExcelJS.Cell, look: CellStyle): void {
    const key = `${this.id(cell.style, 's')}:${this.id(look, 'c')}`;
    let out = this.results.get(key);
    if (!out) {
      this.scratch.style = cell.style;
      applyStyle(this.scratch, look); // copies before changing: the style it started from stays as it was
      out = this.scratch.style;
      this.results.set(key, out);
      this.ids.set(out, this.textId(`s${JSON.stringify(out)}`));
    }
    cell.style = out;
  }

  private id(o: object | undefined, kind: string): number {
    if (!o || isEmpty(o)) return this.textId(`${kind}{}`); // a fresh cell's: no need to remember each one
    let id = this.ids.get(o);
    if (id === undefined) {
      id = this.textId(kind + JSON.stringify(o));
      this.ids.set(o, id);
    }
    return id;
  }

  private textId(text: string): number {
    let id = this.byText.get(text);
    if (id === undefined) this.byText.set(text, (id = this.byText.size));
    return id;
  }
}
