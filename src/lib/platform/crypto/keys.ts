import { fromBase64, toBase64 } from './base64';
import { KDF_ITERATIONS, SALT_BYTES, type KdfParams } from './derive';
import { CryptoFormatError, WrongSecretError, isAuthFailure } from './errors';
import { deriveKek } from './kek';
import {
	DATA_KEY_BYTES,
	IV_BYTES,
	parseOrThrow,
	wrappedKeySchema,
	type WrappedKey
} from './schema';

const subtle = () => globalThis.crypto.subtle;
const encoder = new TextEncoder();
// Domain separation: a wrapped key and a backup box can never be passed off as each other.
const WRAP_AAD = encoder.encode('kansencirkel/data-key/v1');

export function randomBytes(length: number): Uint8Array<ArrayBuffer> {
	return globalThis.crypto.getRandomValues(new Uint8Array(length));
}

/** Fresh PBKDF2 parameters with a new random salt; bounds are checked when the KEK is derived. */
export function newKdfParams(iterations = KDF_ITERATIONS): KdfParams {
	return { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(randomBytes(SALT_BYTES)) };
}

function importDataKey(raw: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
	return subtle().importKey('raw', raw, { name: 'AES-GCM', length: 256 }, false, [
		'encrypt',
		'decrypt'
	]);
}

// AES-GCM encrypt of the raw key rather than AES-KW wrapKey: the GCM tag authenticates the wrap and
// the data key never has to exist as an extractable CryptoKey.
async function wrapRaw(raw: Uint8Array<ArrayBuffer>, secret: string, iterations?: number) {
	const kdf = newKdfParams(iterations);
	const kek = await deriveKek(secret, kdf);
	const iv = randomBytes(IV_BYTES);
	const wrapped = await subtle().encrypt(
		{ name: 'AES-GCM', iv, additionalData: WRAP_AAD },
		kek,
		raw
	);
	return { kdf, iv: toBase64(iv), wrapped: toBase64(wrapped) } satisfies WrappedKey;
}

/** Returns the raw data key bytes; the caller zeroes them when done. */
async function unwrapRaw(secret: string, wrapped: WrappedKey): Promise<Uint8Array<ArrayBuffer>> {
	const valid = parseOrThrow(wrappedKeySchema, wrapped, 'wrapped key');
	const kek = await deriveKek(secret, valid.kdf);
	let raw: ArrayBuffer;
	try {
		raw = await subtle().decrypt(
			{ name: 'AES-GCM', iv: fromBase64(valid.iv), additionalData: WRAP_AAD },
			kek,
			fromBase64(valid.wrapped)
		);
	} catch (error) {
		// GCM cannot tell a wrong secret from a changed wrap; a wrong secret is by far the likely one.
		if (isAuthFailure(error)) throw new WrongSecretError();
		throw error;
	}
	if (raw.byteLength !== DATA_KEY_BYTES) throw new CryptoFormatError('Unexpected data key length');
	return new Uint8Array(raw);
}

/**
 * New profile: a random AES-GCM-256 data key, wrapped with a KEK derived from `secret`.
 * Store `wrapped`; use `key` (non-extractable) for seal/open.
 */
export async function createDataKey(
	secret: string,
	opts: { iterations?: number } = {}
): Promise<{ wrapped: WrappedKey; key: CryptoKey }> {
	// Random bytes imported once as non-extractable: no extractable CryptoKey ever exists.
	const raw = randomBytes(DATA_KEY_BYTES);
	try {
		const wrapped = await wrapRaw(raw, secret, opts.iterations);
		return { wrapped, key: await importDataKey(raw) };
	} finally {
		raw.fill(0); // best effort: the engine may have copied it, but do not keep it around
	}
}

/** Unlock: WrongSecretError for a wrong secret, CryptoFormatError for malformed input. */
export async function unwrapDataKey(secret: string, wrapped: WrappedKey): Promise<CryptoKey> {
	const raw = await unwrapRaw(secret, wrapped);
	try {
		return await importDataKey(raw);
	} finally {
		raw.fill(0);
	}
}

/**
 * Change passphrase/PIN: the same data key under a new KEK (new salt, new IV), so records stay
 * readable without re-encryption. Iterations default to KDF_ITERATIONS, upgrading old profiles.
 */
export async function rewrapDataKey(
	oldSecret: string,
	newSecret: string,
	wrapped: WrappedKey,
	opts: { iterations?: number } = {}
): Promise<WrappedKey> {
	const raw = await unwrapRaw(oldSecret, wrapped);
	try {
		return await wrapRaw(raw, newSecret, opts.iterations);
	} finally {
		raw.fill(0);
	}
}
