/** Byte helpers the core can use in every host (browser, task pane, Node): no Buffer, no node:crypto. */
let encoder: TextEncoder | undefined;

/** Created on first use, so merely importing the core needs no TextEncoder (older test environments). */
export const utf8 = (s: string): Uint8Array => (encoder ??= new TextEncoder()).encode(s);

export const toHex = (b: Uint8Array): string => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');

export function fromHex(s: string): Uint8Array {
  if (!/^(?:[0-9a-f]{2})*$/i.test(s)) throw new RangeError('not hex');
  const out = new Uint8Array(s.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(s.slice(i * 2, i * 2 + 2), 16);
  return out;
}

export function toBase64Url(b: Uint8Array): string {
  let bin = '';
  for (const x of b) bin += String.fromCharCode(x);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(s: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(s)) throw new RangeError('not base64url');
  const b64 = s.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (s.length % 4)) % 4);
  const bin = atob(b64);
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

/** A fresh ArrayBuffer copy: WebCrypto wants BufferSource, and some hosts reject views into shared buffers. */
export const buf = (b: Uint8Array): ArrayBuffer => b.slice().buffer as ArrayBuffer;
