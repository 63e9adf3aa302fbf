import * as zlib from 'node:zlib';
import { useNativeDeflate } from '../../adapters/exceljs/zipParts';

/** Workbooks the CLI writes are deflated by Node's zlib (its crc32 arrived in Node 20.15: older ones keep fflate). */
export function registerNativeDeflate(): void {
  const { crc32 } = zlib as { crc32?: (data: Uint8Array) => number };
  useNativeDeflate(
    crc32
      ? {
          deflateRaw: (data) => {
            const out = zlib.deflateRawSync(data, { level: 6 });
            return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
          },
          crc32: (data) => crc32(data),
        }
      : undefined,
  );
}
