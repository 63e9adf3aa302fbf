/**
 * Text from a workbook reaches the terminal inside our messages (cell values, sheet names, signer names).
 * A terminal obeys control characters in it: an escape sequence can clear a line and draw a fake
 * 「全部 5 个签章有效」, a carriage return can overwrite a warning, a bidi override can reverse a name.
 * Human output keeps tabs and line breaks and drops the rest; JSON keeps the data but escapes them.
 */

// ESC-introduced sequences: CSI (ESC [ … final byte), OSC/DCS/PM/APC/SOS (… BEL or ESC \), other escapes (ESC ( B …).
const ESCAPES = /\u001b(?:\[[0-?]*[ -/]*[@-~]?|[\]P^_X][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[ -/]*[0-~]?)/g;
// C1 CSI (U+009B) sequences, then any other C0/C1 control except tab and line feed.
const C1_CSI = /\u009b[0-?]*[ -/]*[@-~]?/g;
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
// Bidirectional overrides and isolates, which reorder what is shown; line/paragraph separators.
const BIDI = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const SEPARATORS = /[\u2028\u2029]/g;

export function terminalSafe(s: string): string {
  return s
    .replace(/\r\n/g, '\n')
    .replace(ESCAPES, '')
    .replace(C1_CSI, '')
    .replace(CONTROLS, '')
    .replace(BIDI, '')
    .replace(SEPARATORS, ' ');
}

/** JSON.stringify escapes C0 controls; this escapes the C1, bidi and separator characters too (still valid JSON). */
export const jsonSafe = (json: string): string =>
  json.replace(
    /[\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
