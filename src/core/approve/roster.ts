import { z } from 'zod';
import { LianfangError } from '../errors';
import { fingerprint, fromBase64Url, signBytes, toBase64Url, utf8, verifyBytes, type PublicJwk } from '../crypto';
import { PublicJwkSchema } from './stamp';
import { stableJson } from './stableJson';

/**
 * 签章人名单 (roster): who may sign which steps for which units, issued and signed by the committee one level up.
 * A stamp proves which key signed; the roster says whose key that is and what its holder may sign. The file is
 * signed with the issuer's key, so any change to it shows; whether the issuer is who the file says is decided
 * by the reader: the roster they were given (docs/trust-model.md).
 */
export const ROSTER_APP = 'lianfang-roster';
export const ROSTER_VERSION = 1;
/** In `units`: this person may sign for any unit (the committee's own staff). */
export const ANY_UNIT = '*';

const hex64 = z.string().regex(/^[0-9a-f]{64}$/);
const name = z.string().trim().min(1).max(50);

export const RosterEntrySchema = z
  .object({
    name,
    fingerprint: hex64,
    /** Units whose forms this person may sign (单位名称 as the forms give it), or ['*']. */
    units: z.array(z.string().trim().min(1).max(100)).min(1).max(2000),
    /** Steps this person may sign: the names the forms print (本人, 部门负责人 …) or role ids (self, deptHead …). */
    roles: z.array(z.string().trim().min(1).max(50)).min(1).max(50),
    note: z.string().max(200).optional(),
  })
  .strict();
export type RosterEntry = z.infer<typeof RosterEntrySchema>;

export const RosterBodySchema = z
  .object({
    app: z.literal(ROSTER_APP),
    v: z.literal(ROSTER_VERSION),
    issuer: z.object({ name: z.string().trim().min(1).max(100), fingerprint: hex64, key: PublicJwkSchema }).strict(),
    /** When it was issued (ISO date-time): a newer roster from the same issuer replaces an older one. */
    issued: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/),
    entries: z.array(RosterEntrySchema).max(100_000),
  })
  .strict();
export type RosterBody = z.infer<typeof RosterBodySchema>;

export const RosterSchema = RosterBodySchema.extend({ sig: z.string().regex(/^[A-Za-z0-9_-]{1,200}$/) }).strict();
export type Roster = z.infer<typeof RosterSchema>;

const rosterBytes = (body: RosterBody): Uint8Array => utf8(`lianfang-roster-${ROSTER_VERSION}\n${stableJson(body)}`);

/** Signs a roster body with the issuer's private key (the body names the issuer's public key). */
export async function signRoster(body: RosterBody, privateKey: CryptoKey): Promise<Roster> {
  const checked = RosterBodySchema.parse(body);
  return { ...checked, sig: toBase64Url(await signBytes(privateKey, rosterBytes(checked))) };
}

export async function rosterBody(
  issuer: { name: string; key: PublicJwk },
  entries: RosterEntry[],
  issued: string,
): Promise<RosterBody> {
  return {
    app: ROSTER_APP,
    v: ROSTER_VERSION,
    issuer: { name: issuer.name.trim(), fingerprint: await fingerprint(issuer.key), key: issuer.key },
    issued,
    entries,
  };
}

/**
 * Reads a roster file and checks it: its shape, that its issuer fingerprint is its issuer key's, and its
 * signature. Anything else is a LianfangError naming what is wrong (never a half-trusted roster).
 */
export async function parseRoster(text: string, file = ''): Promise<Roster> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new LianfangError('roster_invalid', { file, reason: '不是有效的 JSON' });
  }
  const r = RosterSchema.safeParse(raw);
  if (!r.success) {
    const first = r.error.issues[0];
    throw new LianfangError('roster_invalid', { file, reason: `${first.path.join('.') || '(根)'}: ${first.message}` });
  }
  const roster = r.data;
  if ((await fingerprint(roster.issuer.key)) !== roster.issuer.fingerprint)
    throw new LianfangError('roster_signature_invalid', { file, issuer: roster.issuer.name });
  const { sig, ...body } = roster;
  let sigBytes: Uint8Array;
  try {
    sigBytes = fromBase64Url(sig);
  } catch {
    sigBytes = new Uint8Array();
  }
  if (!(await verifyBytes(roster.issuer.key, sigBytes, rosterBytes(body))))
    throw new LianfangError('roster_signature_invalid', { file, issuer: roster.issuer.name });
  return roster;
}

/** Names and units compare without spaces, full-width forms or case: 「濮阳市 科技局」 = 「濮阳市科技局」. */
export const sameName = (a: string, b: string): boolean => normaliseName(a) === normaliseName(b);
export function normaliseName(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[\s\u3000]+/g, '')
    .toLowerCase();
}
