import { z } from 'zod';
import { base64ByteLength } from './base64';
import { MAX_ITERATIONS, MIN_ITERATIONS, SALT_BYTES, type KdfParams } from './derive';
import { CryptoFormatError } from './errors';

export const IV_BYTES = 12;
export const DATA_KEY_BYTES = 32;
export const TAG_BYTES = 16;

const base64 = (check: (bytes: number) => boolean, expected: string) =>
	z.string().refine((s) => check(base64ByteLength(s)), `expected base64 of ${expected}`);

// Strict objects: an unknown field in crypto parameters means a format we do not understand.
export const kdfParamsSchema: z.ZodType<KdfParams> = z.strictObject({
	name: z.literal('PBKDF2'),
	hash: z.literal('SHA-256'),
	iterations: z.int().min(MIN_ITERATIONS).max(MAX_ITERATIONS),
	salt: base64((n) => n === SALT_BYTES, `${SALT_BYTES} bytes`)
});

/** What is stored per profile: the random data key wrapped by a key derived from the passphrase/PIN. */
export interface WrappedKey {
	kdf: KdfParams;
	/** base64, 12 bytes */
	iv: string;
	/** base64 AES-GCM ciphertext (with tag) of the raw 32-byte data key */
	wrapped: string;
}

export const wrappedKeySchema: z.ZodType<WrappedKey> = z.strictObject({
	kdf: kdfParamsSchema,
	iv: base64((n) => n === IV_BYTES, `${IV_BYTES} bytes`),
	wrapped: base64((n) => n === DATA_KEY_BYTES + TAG_BYTES, `${DATA_KEY_BYTES + TAG_BYTES} bytes`)
});

/** Passphrase box for backup files; all binary as base64. */
export interface Box {
	kdf: KdfParams;
	iv: string;
	ciphertext: string;
}

export const boxSchema: z.ZodType<Box> = z.strictObject({
	kdf: kdfParamsSchema,
	iv: base64((n) => n === IV_BYTES, `${IV_BYTES} bytes`),
	ciphertext: base64((n) => n >= TAG_BYTES, `at least ${TAG_BYTES} bytes`)
});

/** Parses or throws CryptoFormatError, so callers see one error type for malformed input. */
export function parseOrThrow<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
	const result = schema.safeParse(value);
	if (result.success) return result.data;
	const issues = result.error.issues.map((i) => `${i.path.join('.') || '(root)'} ${i.message}`);
	throw new CryptoFormatError(`Invalid ${what}: ${issues.join('; ')}`);
}
