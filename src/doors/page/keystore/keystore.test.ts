import { IDBFactory } from 'fake-indexeddb';
import { createSigner, deleteSigner, loadSigner, publicSigner } from './keystore';
import { signBytes, verifyBytes } from '../../../core/crypto';

describe('browser key store', () => {
  it('keeps a non-extractable ECDSA key in IndexedDB that signs after reloading; only the public key leaves', async () => {
    const idb = new IDBFactory();
    expect(await loadSigner(idb)).toBeNull();
    const made = await createSigner(' 张三 ', idb);
    expect(made.name).toBe('张三');
    expect(made.privateKey.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('jwk', made.privateKey)).rejects.toThrow();

    const again = await loadSigner(idb); // a later visit: read back from IndexedDB
    expect(again?.fingerprint).toBe(made.fingerprint);
    const data = new TextEncoder().encode('同意');
    const sig = await signBytes(again!.privateKey, data);
    expect(await verifyBytes(made.publicKey, sig, data)).toBe(true);

    const shared = JSON.stringify(publicSigner(again!));
    expect(shared).not.toMatch(/"d"/);
    expect(JSON.parse(shared)).toEqual({ name: '张三', fingerprint: made.fingerprint, publicKey: made.publicKey });

    await deleteSigner(idb);
    expect(await loadSigner(idb)).toBeNull();
  });

  it('refuses an empty name', async () => {
    await expect(createSigner('　', new IDBFactory())).rejects.toMatchObject({ code: 'signer_name_invalid' });
  });
});
