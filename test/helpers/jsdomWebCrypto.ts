import { webcrypto } from 'node:crypto';
import { TextDecoder, TextEncoder } from 'node:util';

/** Imported by jsdom tests that sign or verify in the pane: what every browser has and jsdom lacks. */
Object.assign(globalThis, { TextEncoder, TextDecoder });
// Node's WebCrypto refuses jsdom's typed arrays (another realm): hand it Buffers over the same memory.
const nodeBytes = (a: unknown) =>
  ArrayBuffer.isView(a)
    ? Buffer.from(a.buffer, a.byteOffset, a.byteLength)
    : a && typeof a === 'object' && 'byteLength' in a && !('buffer' in a)
      ? Buffer.from(new Uint8Array(a as ArrayBuffer))
      : a;
const subtle = new Proxy(webcrypto.subtle, {
  get: (target, prop) => {
    const v = Reflect.get(target, prop) as unknown;
    return typeof v === 'function' ? (...args: unknown[]) => v.apply(target, args.map(nodeBytes)) : v;
  },
});
const crypto = {
  subtle,
  getRandomValues: <T extends ArrayBufferView>(a: T) => (webcrypto.getRandomValues(nodeBytes(a) as Buffer), a),
  randomUUID: () => webcrypto.randomUUID(),
};
Object.defineProperty(globalThis, 'crypto', { value: crypto, configurable: true });
if (!Blob.prototype.text)
  Blob.prototype.text = function (this: Blob) {
    return new Promise<string>((resolve) => {
      const r = new FileReader();
      r.onload = () => resolve(String(r.result));
      r.readAsText(this);
    });
  };
