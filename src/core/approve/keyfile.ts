import { z } from 'zod';
import { LianfangError } from '../errors';
import { exportPublicJwk, fingerprint, generateSigningKey, importPrivateKey, publicJwk, subtle } from '../crypto';
import { PublicJwkSchema } from './stamp';
import type { Signer } from './sign';

/**
 * A signer's key file (CLI): the private key as JWK. It never goes into a workbook; whoever holds the file
 * can sign in this person's name, so it says so inside.
 */
export const KEY_FILE_WARNING =
  '此文件含有您的签章私钥。持有此文件的任何人都能以您的名义签章:请妥善保管,切勿发送给他人或放入工作簿、共享文件夹。';

const PrivateJwkSchema = z
  .object({ kty: z.literal('EC'), crv: z.literal('P-256'), x: z.string(), y: z.string(), d: z.string() })
  .passthrough();

export const KeyFileSchema = z
  .object({
    app: z.literal('lianfang-key'),
    v: z.literal(1),
    warning: z.string(),
    name: z.string().min(1).max(50),
    created: z.string(),
    fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
    publicKey: PublicJwkSchema,
    privateKey: PrivateJwkSchema,
  })
  .strict();
export type KeyFile = z.infer<typeof KeyFileSchema>;

export async function createKeyFile(name: string, now = new Date()): Promise<KeyFile> {
  const clean = name.normalize('NFC').trim();
  if (!clean || clean.length > 50) throw new LianfangError('signer_name_invalid', { name });
  const pair = await generateSigningKey(true);
  const pub = await exportPublicJwk(pair.publicKey);
  const { kty, crv, x, y, d } = await subtle().exportKey('jwk', pair.privateKey);
  return {
    app: 'lianfang-key',
    v: 1,
    warning: KEY_FILE_WARNING,
    name: clean,
    created: now.toISOString(),
    fingerprint: await fingerprint(pub),
    publicKey: pub,
    privateKey: { kty: kty as 'EC', crv: crv as 'P-256', x: x!, y: y!, d: d! },
  };
}

/** Reads a key file, checking that its halves belong together and its fingerprint is its own. */
export async function signerFromKeyFile(text: string): Promise<Signer & { fingerprint: string }> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new LianfangError('key_file_invalid');
  }
  const r = KeyFileSchema.safeParse(raw);
  if (!r.success) throw new LianfangError('key_file_invalid');
  const kf = r.data;
  const pub = publicJwk(kf.publicKey);
  if (kf.privateKey.x !== pub.x || kf.privateKey.y !== pub.y) throw new LianfangError('key_file_invalid');
  if ((await fingerprint(pub)) !== kf.fingerprint) throw new LianfangError('key_file_invalid');
  return {
    name: kf.name,
    publicKey: pub,
    privateKey: await importPrivateKey(kf.privateKey),
    fingerprint: kf.fingerprint,
  };
}
