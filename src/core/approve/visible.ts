import type { CellStyle, Op } from '../ops';
import type { Stamp } from './stamp';

/** Every visible stamp carries this before the signer's name; verification looks for it. */
export const VISIBLE_MARK = '签字:';
export const SIGN_PLACEHOLDER = '（签字）\n年　　月　　日';
export const SEAL_PLACEHOLDER = '（盖章）\n年　　月　　日';

const SEAL_RED = 'FFC00000';

/** 2026-11-26T09:30:00+08:00 → 2026年11月26日 (the signer's own calendar day). */
export function chineseDate(at: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(at);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : at;
}

/**
 * What the sign-off cell shows: "同意。\n签字:张三　2026年11月26日". For the unit's 公章 step without a seal
 * image lianfang draws a plain red text seal: 〔单位名称〕 in red bold, boxed.
 */
export function visibleStampText(stamp: Stamp, seal?: { unit?: string }): string {
  const opinion = stamp.opinion === '同意' ? `同意。${stamp.text}` : `退回修改:${stamp.text || '请修改后重新报送。'}`;
  const sealLine = seal && stamp.opinion === '同意' ? `〔${seal.unit || stamp.signer} · 核验章〕\n` : '';
  return `${opinion}\n${sealLine}${VISIBLE_MARK}${stamp.signer}　${chineseDate(stamp.at)}`;
}

export interface VisibleStampRequest {
  sheet: string;
  valueCell: string;
  /** The merged range the value cell heads (where an image goes). */
  range?: string;
  stamp: Stamp;
  seal: boolean;
  unit?: string;
  /** The unit's seal image (PNG, base64), uploaded once. */
  sealPng?: string;
}

export function visibleStampOps(req: VisibleStampRequest): Op[] {
  const { sheet, valueCell, stamp } = req;
  const textSeal = req.seal && stamp.opinion === '同意' && !req.sealPng;
  const ops: Op[] = [
    {
      kind: 'setValues',
      sheet,
      at: valueCell,
      values: [[visibleStampText(stamp, textSeal ? { unit: req.unit } : undefined)]],
    },
  ];
  const style: CellStyle = textSeal
    ? { color: SEAL_RED, bold: true, wrap: true, border: 'thin' }
    : { color: 'FF000000', bold: false, wrap: true };
  ops.push({ kind: 'style', sheet, range: valueCell, style });
  if (req.seal && stamp.opinion === '同意' && req.sealPng)
    ops.push({ kind: 'image', sheet, range: req.range ?? valueCell, pngBase64: req.sealPng });
  return ops;
}

/** Back to the printed blank after 退回修改 moved a round into history. */
export const clearVisibleOps = (sheet: string, valueCell: string, seal: boolean): Op[] => [
  { kind: 'setValues', sheet, at: valueCell, values: [[seal ? SEAL_PLACEHOLDER : SIGN_PLACEHOLDER]] },
  { kind: 'style', sheet, range: valueCell, style: { color: 'FF000000', bold: false } },
];
