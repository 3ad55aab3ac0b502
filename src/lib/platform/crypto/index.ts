// Encryption at rest with WebCrypto only. A random data key encrypts records (seal/open); it is
// stored wrapped by a key derived from the passphrase/PIN (PBKDF2-SHA-256, AES-GCM-256).
export { toBase64, fromBase64 } from './base64';
export { KDF_ITERATIONS, MIN_ITERATIONS, MAX_ITERATIONS, type KdfParams } from './derive';
export { WrongSecretError, TamperedError, CryptoFormatError } from './errors';
export { kdfParamsSchema, wrappedKeySchema, boxSchema, type WrappedKey, type Box } from './schema';
export { deriveKek } from './kek';
export { createDataKey, unwrapDataKey, rewrapDataKey } from './keys';
export { seal, open, isSealed, type Sealed } from './seal';
export { boxSeal, boxOpen } from './box';
