import { z } from 'zod';
import { C14N_VERSION } from './canonical';
import { stableJson } from './stableJson';
import { utf8 } from '../crypto';

/** Version of the stamp record; a new version needs a migration in store.ts. */
export const STAMP_VERSION = 1;
export const OPINIONS = ['同意', '退回修改'] as const;
export type Opinion = (typeof OPINIONS)[number];

const b64url = z.string().regex(/^[A-Za-z0-9_-]+$/);
const hex64 = z.string().regex(/^[0-9a-f]{64}$/);

export const PublicJwkSchema = z
  .object({ kty: z.literal('EC'), crv: z.literal('P-256'), x: b64url.length(43), y: b64url.length(43) })
  .strict();

/** Everything the signature covers (the stamp minus its signature). */
export const StampBodySchema = z
  .object({
    v: z.literal(STAMP_VERSION),
    c14n: z.literal(C14N_VERSION),
    form: z.string().regex(/^[A-Z][0-9]{1,2}$/),
    /** The defined name that finds the form's sheet, even after a rename. */
    anchor: z.string().regex(/^LF[A-Z]*_[A-Za-z0-9_]{1,40}$/),
    /** The sheet's name when it was stamped (for messages only: the anchor decides). */
    sheet: z.string().max(31),
    role: z.string().regex(/^[a-z][A-Za-z0-9]*$/),
    signer: z.string().min(1).max(50),
    opinion: z.enum(OPINIONS),
    text: z.string().max(2000),
    /** ISO date-time with offset, from the signer's clock. */
    at: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/),
    /** SHA-256 of the canonical bytes of what was approved. */
    digest: hex64,
    key: PublicJwkSchema,
    fingerprint: hex64,
    /** SHA-256 of the previous stamp's signature bytes on this form (any round), null for the first. */
    prev: hex64.nullable(),
  })
  .strict();
export type StampBody = z.infer<typeof StampBodySchema>;

export const StampSchema = StampBodySchema.extend({ sig: b64url.max(200) }).strict();
export type Stamp = z.infer<typeof StampSchema>;

/** The bytes an ECDSA signature is made over: a domain tag, then the stamp body as deterministic JSON. */
export const signedBytes = (body: StampBody): Uint8Array => utf8(`lianfang-stamp-1\n${stableJson(body)}`);

export function stampBody(s: Stamp): StampBody {
  const { sig: _sig, ...body } = s;
  return body;
}
