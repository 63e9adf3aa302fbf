export * from './bytes';
export * from './ecdsa';
export * from './fingerprint';
export { subtle } from './subtle';
