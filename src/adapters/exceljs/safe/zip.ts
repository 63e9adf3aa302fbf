import { Inflate, inflateSync } from 'fflate';
import { LianfangError } from '../../../core/errors';
import { MAX_COMPRESSION_RATIO, MAX_ENTRY_BYTES, MAX_TOTAL_BYTES, MAX_ZIP_ENTRIES, RATIO_GRACE_BYTES } from './limits';

/** One part of the zip, as its central directory describes it (sizes are claims, checked while inflating). */
export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  claimedSize: number;
  localOffset: number;
}

const SIG_EOCD = 0x06054b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;
const CHUNK = 64 * 1024;
/** Deflate's greatest possible expansion (258-byte matches in a few bits). */
const MAX_DEFLATE_RATIO = 1032;

const utf8 = new TextDecoder('utf-8');
const latin1 = new TextDecoder('latin1');

/** Reads the central directory without trusting it: every offset is bounds-checked. */
export function listZip(bytes: Uint8Array, file: string): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const corrupt = (kind: string, detail?: string) => new LianfangError('corrupt', { file, kind, detail });
  // The end record sits in the last 22 bytes plus a comment of at most 65535 bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === SIG_EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw corrupt('truncated');
  const count = view.getUint16(eocd + 10, true);
  const cdSize = view.getUint32(eocd + 12, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || cdOffset === 0xffffffff)
    throw new LianfangError('too_large', { file, what: 'total', limit: MAX_TOTAL_BYTES, actual: 'ZIP64' });
  if (count > MAX_ZIP_ENTRIES)
    throw new LianfangError('too_large', { file, what: 'entries', limit: MAX_ZIP_ENTRIES, actual: count });
  if (cdOffset + cdSize > eocd) throw corrupt('truncated');
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  let claimedTotal = 0;
  for (let n = 0; n < count; n++) {
    if (p + 46 > eocd || view.getUint32(p, true) !== SIG_CENTRAL) throw corrupt('bad_zip');
    const flags = view.getUint16(p + 8, true);
    const method = view.getUint16(p + 10, true);
    const compressedSize = view.getUint32(p + 20, true);
    const claimedSize = view.getUint32(p + 24, true);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    const localOffset = view.getUint32(p + 42, true);
    if (p + 46 + nameLen > eocd) throw corrupt('bad_zip');
    const raw = bytes.subarray(p + 46, p + 46 + nameLen);
    const name = (flags & 0x800 ? utf8 : latin1).decode(raw);
    if (flags & 1) throw new LianfangError('encrypted', { file });
    if (claimedSize === 0xffffffff || compressedSize === 0xffffffff)
      throw new LianfangError('too_large', {
        file,
        what: 'entry',
        part: name,
        limit: MAX_ENTRY_BYTES,
        actual: 'ZIP64',
      });
    if (claimedSize > MAX_ENTRY_BYTES)
      throw new LianfangError('too_large', {
        file,
        what: 'entry',
        part: name,
        limit: MAX_ENTRY_BYTES,
        actual: claimedSize,
      });
    claimedTotal += claimedSize;
    if (claimedTotal > MAX_TOTAL_BYTES)
      throw new LianfangError('too_large', { file, what: 'total', limit: MAX_TOTAL_BYTES, actual: claimedTotal });
    checkRatio(file, name, claimedSize, compressedSize);
    entries.push({ name, method, flags, compressedSize, claimedSize, localOffset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

function checkRatio(file: string, part: string, size: number, compressed: number) {
  if (size > RATIO_GRACE_BYTES && size > compressed * MAX_COMPRESSION_RATIO)
    throw new LianfangError('too_large', {
      file,
      what: 'ratio',
      part,
      limit: MAX_COMPRESSION_RATIO,
      actual: Math.round(size / Math.max(1, compressed)),
    });
}

/**
 * Inflates a whole raw deflate stream into at most `max` bytes; throws (or stops at `max`) when it is broken or
 * longer. fflate's by default; a host may offer a faster one (the CLI's read worker: Node's zlib).
 */
export type OneShotInflate = (data: Uint8Array, max: number) => Uint8Array;

let oneShot: OneShotInflate = (data, max) => inflateSync(data, { out: new Uint8Array(max) });

/** Used by readEntry for the parts that fit their claimed size (most parts): see OneShotInflate. */
export function useOneShotInflate(inflate: OneShotInflate): void {
  oneShot = inflate;
}

/**
 * Inflates one part, counting real output bytes: a part that inflates past its limits stops at once,
 * whatever its header claimed. `budget` is what is left of MAX_TOTAL_BYTES.
 */
export function readEntry(bytes: Uint8Array, entry: ZipEntry, file: string, budget: number): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const corrupt = (kind: string, detail?: string) =>
    new LianfangError('corrupt', { file, kind, part: entry.name, detail });
  const lo = entry.localOffset;
  if (lo + 30 > bytes.length || view.getUint32(lo, true) !== SIG_LOCAL) throw corrupt('bad_zip');
  const start = lo + 30 + view.getUint16(lo + 26, true) + view.getUint16(lo + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw corrupt('truncated');
  const data = bytes.subarray(start, end);
  const limit = Math.min(MAX_ENTRY_BYTES, budget);
  const tooLarge = (actual: number) =>
    entry.claimedSize > MAX_ENTRY_BYTES || limit === MAX_ENTRY_BYTES
      ? new LianfangError('too_large', { file, what: 'entry', part: entry.name, limit: MAX_ENTRY_BYTES, actual })
      : new LianfangError('too_large', { file, what: 'total', limit: MAX_TOTAL_BYTES, actual: `>${MAX_TOTAL_BYTES}` });
  if (entry.method === 0) {
    if (data.length > limit) throw tooLarge(data.length);
    return data;
  }
  if (entry.method !== 8) throw corrupt('bad_zip', `compression method ${entry.method}`);
  // Most parts are small: inflate in one call into a buffer of the claimed size (far faster than the stream).
  // Only when even a maximal deflate expansion of the input stays within the entry limit; a part that turns
  // out larger than it claimed goes through the counting stream below, which names the limit it crosses.
  if (data.length * MAX_DEFLATE_RATIO <= MAX_ENTRY_BYTES && entry.claimedSize < limit) {
    let out: Uint8Array | undefined;
    try {
      out = oneShot(data, entry.claimedSize + 1);
    } catch {
      // a broken stream: the counting stream below says where
    }
    if (out && out.length <= entry.claimedSize) return out;
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  let ended = false;
  const inflater = new Inflate((chunk, final) => {
    total += chunk.length;
    if (total > limit) throw tooLarge(total);
    checkRatio(file, entry.name, total, entry.compressedSize);
    chunks.push(chunk);
    if (final) ended = true;
  });
  try {
    for (let i = 0; i < data.length; i += CHUNK) inflater.push(data.subarray(i, i + CHUNK), i + CHUNK >= data.length);
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (e) {
    if (e instanceof LianfangError) throw e;
    throw corrupt('bad_zip', (e as Error).message);
  }
  if (!ended) throw corrupt('truncated');
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(total);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

/** Every part, inflated within the limits. Later duplicates of a name are refused (zip confusion). */
export function readZip(bytes: Uint8Array, file: string): Map<string, Uint8Array> {
  const parts = new Map<string, Uint8Array>();
  let used = 0;
  for (const entry of listZip(bytes, file)) {
    if (entry.name.endsWith('/')) continue;
    if (parts.has(entry.name))
      throw new LianfangError('corrupt', { file, kind: 'bad_zip', part: entry.name, detail: 'duplicate' });
    const data = readEntry(bytes, entry, file, MAX_TOTAL_BYTES - used);
    used += data.length;
    parts.set(entry.name, data);
  }
  return parts;
}
