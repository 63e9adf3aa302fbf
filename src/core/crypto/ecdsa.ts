import { LianfangError } from '../errors';
import { buf, fromBase64Url, toHex } from './bytes';
import { subtle } from './subtle';

/** ECDSA P-256 with SHA-256; signatures are raw r‖s (64 bytes), as WebCrypto produces them everywhere. */
const ALG = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGN = { name: 'ECDSA', hash: 'SHA-256' } as const;

/** The public half as stored in stamps: only the fields that define the key, nothing else. */
export interface PublicJwk {
  kty: 'EC';
  crv: 'P-256';
  x: string;
  y: string;
}

export async function sha256(bytes: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await subtle().digest('SHA-256', buf(bytes)));
}

export const sha256Hex = async (bytes: Uint8Array): Promise<string> => toHex(await sha256(bytes));

/** A new key pair. In the browser pass extractable=false so the private key can never leave the key store. */
export async function generateSigningKey(extractable: boolean): Promise<CryptoKeyPair> {
  return (await subtle().generateKey(ALG, extractable, ['sign', 'verify'])) as CryptoKeyPair;
}

export async function exportPublicJwk(key: CryptoKey): Promise<PublicJwk> {
  const jwk = await subtle().exportKey('jwk', key);
  return publicJwk(jwk);
}

/** Keeps only kty/crv/x/y and checks them, so odd fields in a file or stamp never reach WebCrypto. */
export function publicJwk(jwk: JsonWebKey): PublicJwk {
  if (jwk.kty !== 'EC' || jwk.crv !== 'P-256' || typeof jwk.x !== 'string' || typeof jwk.y !== 'string')
    throw new LianfangError('key_invalid');
  if (fromBase64Url(jwk.x).length !== 32 || fromBase64Url(jwk.y).length !== 32) throw new LianfangError('key_invalid');
  return { kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y };
}

export async function importPublicKey(jwk: PublicJwk): Promise<CryptoKey> {
  try {
    return await subtle().importKey('jwk', { ...publicJwk(jwk), ext: true }, ALG, true, ['verify']);
  } catch (e) {
    throw new LianfangError('key_invalid', {}, { cause: e });
  }
}

export async function importPrivateKey(jwk: JsonWebKey): Promise<CryptoKey> {
  if (jwk.kty !== 'EC' || jwk.crv !== 'P-256' || typeof jwk.d !== 'string') throw new LianfangError('key_invalid');
  try {
    const { kty, crv, x, y, d } = jwk;
    return await subtle().importKey('jwk', { kty, crv, x, y, d, ext: false }, ALG, false, ['sign']);
  } catch (e) {
    throw new LianfangError('key_invalid', {}, { cause: e });
  }
}

export async function signBytes(privateKey: CryptoKey, data: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await subtle().sign(SIGN, privateKey, buf(data)));
}

/** False (never an exception) for a malformed key or signature: verification reports, it does not crash. */
export async function verifyBytes(jwk: PublicJwk, signature: Uint8Array, data: Uint8Array): Promise<boolean> {
  try {
    const key = await importPublicKey(jwk);
    return await subtle().verify(SIGN, key, buf(signature), buf(data));
  } catch {
    return false;
  }
}
