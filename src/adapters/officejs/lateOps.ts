import type { Op } from '../../core/ops';

export type LateOp = Extract<Op, { kind: 'image' | 'note' }>;

/**
 * Seals and notes need a look at the workbook first (a range's position, whether a note exists): one request
 * to look, one to write, however many there are. Notes need ExcelApi 1.18 (keyed by cell address).
 */
export async function applyLate(
  ctx: Excel.RequestContext,
  ops: LateOp[],
  sheet: (name: string) => Excel.Worksheet,
): Promise<number> {
  const looks = ops.map((op) =>
    op.kind === 'image'
      ? sheet(op.sheet).getRange(op.range).load('left,top,width,height')
      : sheet(op.sheet).notes.getItemOrNullObject(op.cell).load('isNullObject'),
  );
  await ctx.sync();
  ops.forEach((op, i) => {
    if (op.kind === 'note') {
      const note = looks[i] as Excel.Note;
      if (op.text === null) {
        if (!note.isNullObject) note.delete();
      } else if (note.isNullObject) sheet(op.sheet).notes.add(op.cell, op.text);
      else note.content = op.text;
      return;
    }
    const box = looks[i] as Excel.Range;
    const size = pngSize(op.pngBase64);
    const scale = size ? Math.min(box.width / size.width, box.height / size.height) : 1;
    const shape = sheet(op.sheet).shapes.addImage(op.pngBase64);
    shape.lockAspectRatio = true;
    shape.left = box.left;
    shape.top = box.top;
    if (size) {
      shape.width = size.width * scale;
      shape.height = size.height * scale;
    }
  });
  await ctx.sync();
  return 2;
}

/** Width and height from a PNG's IHDR chunk (bytes 16–23), or null when it is not a PNG. */
export function pngSize(base64: string): { width: number; height: number } | null {
  const head = atob(base64.slice(0, 44));
  if (head.length < 24 || head.slice(1, 4) !== 'PNG') return null;
  const u32 = (i: number) =>
    ((head.charCodeAt(i) << 24) |
      (head.charCodeAt(i + 1) << 16) |
      (head.charCodeAt(i + 2) << 8) |
      head.charCodeAt(i + 3)) >>>
    0;
  return { width: u32(16), height: u32(20) };
}
