import { Zip, zipSync, type ZipInputFile } from 'fflate';

/** A native deflate (raw, no header) and CRC-32, where the door has them: the CLI registers Node's zlib. */
export interface NativeDeflate {
  deflateRaw(data: Uint8Array): Uint8Array<ArrayBuffer>;
  crc32(data: Uint8Array): number;
}

let native: NativeDeflate | undefined;

/**
 * Lets the CLI compress with Node's zlib: the parts of a written workbook are deflated in native code, several
 * times faster than fflate's JavaScript (which the page keeps) and with nothing to warm up in a short-lived
 * process. fflate still lays out the zip.
 */
export const useNativeDeflate = (n: NativeDeflate | undefined): void => void (native = n);

/** Zips a workbook's parts, deflated. */
export function zipParts(files: Record<string, Uint8Array>): Uint8Array {
  if (!native) return zipSync(files, { level: 6 });
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((err, chunk) => {
    if (err) failure = err;
    else chunks.push(chunk);
  });
  for (const [filename, data] of Object.entries(files)) {
    const part: ZipInputFile = { filename, size: data.length, crc: native.crc32(data), compression: 8 };
    zip.add(part);
    part.ondata!(null, native.deflateRaw(data), true);
  }
  zip.end();
  if (failure) throw failure;
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
