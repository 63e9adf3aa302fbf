import { z } from 'zod';
import { stableJson } from './stableJson';
import { utf8 } from '../crypto';

/**
 * Stamp records. Version 2 (current) approves the printed form (lianfang-c14n-2), carries the workbook's
 * manifest of stamped forms and, where one person signs two steps, the reason given. Version 1 records
 * (lianfang-c14n-1) are still verified by their own rules (docs/canonical-form.md §7).
 */
export const STAMP_VERSION = 2;
export const OPINIONS = ['同意', '退回修改'] as const;
export type Opinion = (typeof OPINIONS)[number];

const b64url = z.string().regex(/^[A-Za-z0-9_-]+$/);
const hex64 = z.string().regex(/^[0-9a-f]{64}$/);
const formId = z.string().regex(/^[A-Z][0-9]{1,2}$/);
const anchorName = z.string().regex(/^LF[A-Z]*_[A-Za-z0-9_]{1,40}$/);

export const PublicJwkSchema = z
  .object({ kty: z.literal('EC'), crv: z.literal('P-256'), x: b64url.length(43), y: b64url.length(43) })
  .strict();

const common = {
  form: formId,
  /** The defined name that finds the form's sheet, even after a rename. */
  anchor: anchorName,
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
};

export const StampBodyV1Schema = z.object({ v: z.literal(1), c14n: z.literal('lianfang-c14n-1'), ...common }).strict();

/** One stamped form of the workbook as the signer saw it: how many stamps its chain had (this one included). */
export const BookEntrySchema = z
  .object({ anchor: anchorName, form: formId, sheet: z.string().max(31), n: z.number().int().min(1) })
  .strict();
export type BookEntry = z.infer<typeof BookEntrySchema>;

export const StampBodyV2Schema = z
  .object({
    v: z.literal(2),
    c14n: z.literal('lianfang-c14n-2'),
    ...common,
    /** Every stamped form of the workbook when this stamp was made: removing stamps later shows. */
    book: z.array(BookEntrySchema).max(2000),
    /** Why the same person (key or name) signs a second step of this chain; absent when they do not. */
    reason: z.string().min(1).max(500).optional(),
    /** For a 公章 step signed 同意: whether the printed seal is lianfang's red text seal or the unit's image. */
    seal: z.enum(['text', 'image']).optional(),
  })
  .strict();

export const StampBodySchema = z.union([StampBodyV1Schema, StampBodyV2Schema]);
export type StampBodyV1 = z.infer<typeof StampBodyV1Schema>;
export type StampBodyV2 = z.infer<typeof StampBodyV2Schema>;
export type StampBody = StampBodyV1 | StampBodyV2;

const sig = { sig: b64url.max(200) };
export const StampSchema = z.union([StampBodyV1Schema.extend(sig).strict(), StampBodyV2Schema.extend(sig).strict()]);
export type Stamp = z.infer<typeof StampSchema>;

/** The bytes an ECDSA signature is made over: a domain tag with the record's version, then the body as deterministic JSON. */
export const signedBytes = (body: StampBody): Uint8Array => utf8(`lianfang-stamp-${body.v}\n${stableJson(body)}`);

export function stampBody(s: Stamp): StampBody {
  const { sig: _sig, ...body } = s;
  return body;
}
