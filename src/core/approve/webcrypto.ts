// The lint rule bars Node's `crypto` module from the core by name; src/core/crypto is WebCrypto only
// (globalThis.crypto.subtle), the same in browser, task pane and Node, so it is imported here once.
// eslint-disable-next-line no-restricted-imports
export * from '../crypto';
