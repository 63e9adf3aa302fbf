import type { Signer } from '../../../core/approve';
import { exportPublicJwk, fingerprint, generateSigningKey, type PublicJwk } from '../../../core/crypto';
import { LianfangError } from '../../../core/errors';

/**
 * The signer's key in the browser: an ECDSA P-256 pair generated here with a NON-extractable private key,
 * kept in IndexedDB (which stores CryptoKey objects as they are). Script on this page can use the key to
 * sign but can never read it out; only the public key leaves, for stamps and trust lists.
 */
const DB = 'lianfang-keys';
const STORE = 'signers';
const ID = 'current';

export interface StoredSigner extends Signer {
  fingerprint: string;
  created: string;
}

/** What may be shared: the public half, for a trust list (`lianfang verify --trust`). */
export interface PublicSigner {
  name: string;
  fingerprint: string;
  publicKey: PublicJwk;
}

function openDb(idb: IDBFactory): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = idb.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

async function tx<T>(
  idb: IDBFactory,
  mode: IDBTransactionMode,
  fn: (s: IDBObjectStore) => IDBRequest<T> | undefined,
): Promise<T | undefined> {
  const db = await openDb(idb);
  try {
    return await new Promise<T | undefined>((resolve, reject) => {
      const t = db.transaction(STORE, mode);
      const req = fn(t.objectStore(STORE));
      t.oncomplete = () => resolve(req?.result);
      t.onerror = () => reject(t.error);
      t.onabort = () => reject(t.error);
    });
  } finally {
    db.close();
  }
}

const factory = (idb?: IDBFactory): IDBFactory => {
  const f = idb ?? (globalThis as { indexedDB?: IDBFactory }).indexedDB;
  if (!f) throw new LianfangError('keystore_unavailable');
  return f;
};

/** The key this browser holds, or null before the first one is made. */
export async function loadSigner(idb?: IDBFactory): Promise<StoredSigner | null> {
  const rec = await tx<StoredSigner>(factory(idb), 'readonly', (s) => s.get(ID));
  return rec && rec.privateKey && rec.publicKey ? rec : null;
}

/** Makes this browser's key for `name` (replacing any earlier one: say so to the user before calling). */
export async function createSigner(name: string, idb?: IDBFactory): Promise<StoredSigner> {
  const clean = name.normalize('NFC').trim();
  if (!clean || clean.length > 50) throw new LianfangError('signer_name_invalid', { name });
  const pair = await generateSigningKey(false);
  const publicKey = await exportPublicJwk(pair.publicKey);
  const signer: StoredSigner = {
    name: clean,
    publicKey,
    privateKey: pair.privateKey,
    fingerprint: await fingerprint(publicKey),
    created: new Date().toISOString(),
  };
  await tx(factory(idb), 'readwrite', (s) => s.put(signer, ID));
  return signer;
}

export async function deleteSigner(idb?: IDBFactory): Promise<void> {
  await tx(factory(idb), 'readwrite', (s) => s.delete(ID));
}

export const publicSigner = (s: StoredSigner): PublicSigner => ({
  name: s.name,
  fingerprint: s.fingerprint,
  publicKey: s.publicKey,
});
