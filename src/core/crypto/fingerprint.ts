import { fromBase64Url } from './bytes';
import { sha256Hex, type PublicJwk } from './ecdsa';

/**
 * SHA-256 (hex) of the public key as an uncompressed point 04‖x‖y (65 bytes): the same key gives the same
 * fingerprint in every host, whatever JSON order or extra fields its JWK came with.
 */
export async function fingerprint(jwk: PublicJwk): Promise<string> {
  const point = new Uint8Array(65);
  point[0] = 4;
  point.set(fromBase64Url(jwk.x), 1);
  point.set(fromBase64Url(jwk.y), 33);
  return sha256Hex(point);
}

/** What people compare by eye: the first 80 bits in groups of four, "3f2a 9c01 …". */
export const shortFingerprint = (hex: string): string =>
  (hex.slice(0, 20).match(/.{1,4}/g) ?? []).join(' ').toUpperCase();
