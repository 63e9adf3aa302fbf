import { fromBase64Url, fromHex, toBase64Url, toHex, utf8 } from './bytes';
import { exportPublicJwk, generateSigningKey, signBytes, verifyBytes, sha256Hex } from './ecdsa';
import { fingerprint, shortFingerprint } from './fingerprint';

describe('WebCrypto ECDSA P-256 through globalThis.crypto.subtle', () => {
  it('signs and verifies; a changed byte or another key fails', async () => {
    const a = await generateSigningKey(false);
    const b = await generateSigningKey(false);
    const pubA = await exportPublicJwk(a.publicKey);
    const pubB = await exportPublicJwk(b.publicKey);
    const data = utf8('同意。张三');
    const sig = await signBytes(a.privateKey, data);
    expect(sig.length).toBe(64);
    expect(await verifyBytes(pubA, sig, data)).toBe(true);
    expect(await verifyBytes(pubA, sig, utf8('同意。李四'))).toBe(false);
    expect(await verifyBytes(pubB, sig, data)).toBe(false);
    expect(await verifyBytes(pubA, new Uint8Array(3), data)).toBe(false);
  });

  it('a non-extractable private key cannot be exported', async () => {
    const a = await generateSigningKey(false);
    await expect(crypto.subtle.exportKey('jwk', a.privateKey)).rejects.toThrow();
  });

  it('fingerprints depend on the key only, shown in short groups', async () => {
    const a = await generateSigningKey(true);
    const pub = await exportPublicJwk(a.publicKey);
    const fp = await fingerprint(pub);
    expect(fp).toMatch(/^[0-9a-f]{64}$/);
    expect(await fingerprint({ ...pub })).toBe(fp);
    expect(shortFingerprint(fp)).toMatch(/^[0-9A-F]{4}( [0-9A-F]{4}){4}$/);
  });

  it('hex, base64url and SHA-256 agree with known values', async () => {
    expect(await sha256Hex(utf8('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    const bytes = Uint8Array.from([0, 1, 250, 255, 62, 63]);
    expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes);
    expect(toBase64Url(bytes)).not.toMatch(/[+/=]/);
    expect(fromHex(toHex(bytes))).toEqual(bytes);
  });
});
