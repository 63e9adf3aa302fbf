import { LianfangError } from '../../../core/errors';

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Names a stream in an OLE compound file's directory (UTF-16LE), enough to tell .xls from encrypted .xlsx. */
function hasOleStream(bytes: Uint8Array, name: string): boolean {
  const needle = new Uint8Array(name.length * 2);
  for (let i = 0; i < name.length; i++) needle[i * 2] = name.charCodeAt(i);
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * Refuses anything that is not a zip before any parser sees it: empty files, renamed text,
 * password-protected workbooks (an OLE container holding EncryptionInfo) and old .xls files.
 */
export function sniffFormat(bytes: Uint8Array, file: string): void {
  if (bytes.length === 0) throw new LianfangError('not_xlsx', { file, kind: 'empty' });
  if (bytes.length >= 8 && OLE.every((b, i) => bytes[i] === b)) {
    if (hasOleStream(bytes, 'EncryptionInfo') || hasOleStream(bytes, 'EncryptedPackage'))
      throw new LianfangError('encrypted', { file });
    throw new LianfangError('legacy_xls', { file });
  }
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b) {
    if (bytes[2] === 3 && bytes[3] === 4) return;
    if (bytes[2] === 5 && bytes[3] === 6) return; // an empty zip: the missing-part check names what is absent
  }
  if (looksLikeText(bytes.subarray(0, 512))) throw new LianfangError('not_xlsx', { file, kind: 'text' });
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) throw new LianfangError('corrupt', { file, kind: 'bad_zip' });
  throw new LianfangError('not_xlsx', { file, kind: 'unknown' });
}

function looksLikeText(head: Uint8Array): boolean {
  if (!head.length) return false;
  try {
    const s = new TextDecoder('utf-8', { fatal: true }).decode(
      head.subarray(0, head.length - 4 > 0 ? head.length - 4 : head.length),
    );
    return !/[\x00-\x08\x0e-\x1f]/.test(s);
  } catch {
    return false;
  }
}
