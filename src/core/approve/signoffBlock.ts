import { parseRange } from '../a1';
import { displayText } from '../cell';
import type { SheetSnapshot } from '../port';
import { cellAt, mergeHeadedBy } from '../port';
import { formUnit } from './identity';
import type { StampableForm } from './locate';
import type { Stamp } from './stamp';
import { visibleStampText } from './visible';

/**
 * The printed sign-off block is not signed content (each stamp writes into it), so it is checked against the
 * stamps instead: every signed step must print exactly what its stamp says, and a step without a stamp must
 * print nothing but its blank (（签字） 年 月 日). A block rewritten to 退回修改, another name, another seal unit,
 * or an approval typed into an unsigned step (whatever colon it uses) is caught here.
 */
export interface SignoffFinding {
  code: 'signoff_mismatch' | 'signoff_without_stamp' | 'signoff_missing';
  role: string;
  cell?: string;
  /** What the stamps say the block must show (signoff_mismatch). */
  expected?: string;
  /** What it shows. */
  now?: string;
}

const norm = (s: string): string =>
  s
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n');

/** Words a blank sign-off cell may print; anything else (同意, a name, a date) is a signature without a stamp. */
const BLANK_WORDS = ['签字', '签名', '签章', '盖章', '公章', '印章', '日期', '意见', '年', '月', '日'];
function isBlankBlock(text: string, extra: string[]): boolean {
  if (!text) return true;
  let rest = text.normalize('NFKC');
  for (const w of blankWords(extra)) if (rest.includes(w)) rest = rest.split(w).join('');
  return rest.replace(/[\s\p{P}\p{S}_]/gu, '') === '';
}

/** The step's own words and BLANK_WORDS, longest first, NFKC: made once per step (every unit's forms ask again). */
const wordLists = new Map<string, string[]>();
function blankWords(extra: string[]): string[] {
  const key = extra.join('\u0000');
  let words = wordLists.get(key);
  if (!words) {
    words = [...extra, ...BLANK_WORDS].sort((a, b) => b.length - a.length).map((w) => w.normalize('NFKC'));
    if (wordLists.size < 1000) wordLists.set(key, words);
  }
  return words;
}

/** What a stamp printed: its opinion, the text seal where one was drawn, the signer and the day. */
export function expectedTexts(stamp: Stamp, unit: string | null): string[] {
  const withSeal = visibleStampText(stamp, { unit: unit ?? undefined });
  const plain = visibleStampText(stamp);
  if (stamp.opinion !== '同意' || withSeal === plain) return [plain];
  if (stamp.v === 2) return [stamp.seal === 'text' ? withSeal : plain];
  return [withSeal, plain]; // version 1 did not record which seal was printed
}

/**
 * The stamp each step's block shows now: the step's stamp in the current round, else the 退回修改 it last wrote
 * (a return clears the round's blocks but keeps the returner's note), else none.
 */
export function shownStamp(role: string, all: Stamp[], active: Stamp[]): Stamp | undefined {
  const current = active.find((s) => s.role === role);
  if (current) return current;
  const last = [...all].reverse().find((s) => s.role === role);
  return last?.opinion === '退回修改' ? last : undefined;
}

export function checkSignoffBlock(
  sheet: SheetSnapshot | undefined,
  f: StampableForm,
  all: Stamp[],
  active: Stamp[],
): SignoffFinding[] {
  if (!sheet) return [];
  const out: SignoffFinding[] = [];
  const unit = formUnit(f.def, f.found);
  const lastCol = Math.max(1, ...Object.values(f.found.columns));
  for (const step of f.def.signoff) {
    const stamp = shownStamp(step.role, all, active);
    const at = f.found.signoff[step.role];
    if (!at) {
      if (stamp?.v === 2) out.push({ code: 'signoff_missing', role: step.role });
      continue;
    }
    const box = parseRange(at.valueCell);
    const now = displayText(cellAt(sheet, box.top, box.left));
    const right = rightOf(sheet, at.valueCell, lastCol);
    const words = [step.label, step.who];
    if (!stamp) {
      const text = [now, right].filter(Boolean).join(' ');
      if (!isBlankBlock(text, words))
        out.push({ code: 'signoff_without_stamp', role: step.role, cell: at.valueCell, now: text });
      continue;
    }
    const expected = expectedTexts(stamp, unit);
    if (!expected.some((e) => norm(e) === norm(now)) || !isBlankBlock(right, words))
      out.push({
        code: 'signoff_mismatch',
        role: step.role,
        cell: at.valueCell,
        expected: expected[0],
        now: [now, right].filter(Boolean).join(' '),
      });
  }
  return out;
}

/** Text in the block's row to the right of its value cell (and of the merged range it heads), within the form. */
function rightOf(sheet: SheetSnapshot, valueCell: string, lastCol: number): string {
  const c = parseRange(valueCell);
  const end = mergeHeadedBy(sheet, c.top, c.left)?.right ?? c.left;
  const parts: string[] = [];
  for (let col = end + 1; col <= lastCol; col++) {
    const t = displayText(cellAt(sheet, c.top, col)).trim();
    if (t) parts.push(t);
  }
  return parts.join(' ');
}
