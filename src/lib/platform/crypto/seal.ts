import { CryptoFormatError, TamperedError, isAuthFailure } from './errors';
import { IV_BYTES, TAG_BYTES } from './schema';

/** One encrypted record value; binary stays binary (IndexedDB stores it as is). */
export interface Sealed {
	iv: Uint8Array;
	data: ArrayBuffer;
}

const encoder = new TextEncoder();

// Tag checks instead of instanceof: values read back from IndexedDB may come from another realm.
const tag = (x: unknown) => Object.prototype.toString.call(x);

export function isSealed(x: unknown): x is Sealed {
	if (typeof x !== 'object' || x === null) return false;
	const { iv, data } = x as Record<string, unknown>;
	return (
		tag(iv) === '[object Uint8Array]' &&
		(iv as Uint8Array).byteLength === IV_BYTES &&
		tag(data) === '[object ArrayBuffer]' &&
		(data as ArrayBuffer).byteLength >= TAG_BYTES
	);
}

/**
 * Encrypts `value` as JSON (UTF-8) with a fresh random 96-bit IV. `aad` (e.g. "answers:<id>") is
 * authenticated but not stored: opening with another aad fails, so rows cannot be swapped.
 */
export async function seal(key: CryptoKey, value: unknown, aad: string): Promise<Sealed> {
	const json = JSON.stringify(value);
	if (json === undefined) throw new TypeError('seal: value is not JSON-serialisable');
	// Random IVs are safe for far more than the 2^32 messages per key that GCM allows.
	const iv = globalThis.crypto.getRandomValues(new Uint8Array(IV_BYTES));
	const data = await globalThis.crypto.subtle.encrypt(
		{ name: 'AES-GCM', iv, additionalData: encoder.encode(aad) },
		key,
		encoder.encode(json)
	);
	return { iv, data };
}

/**
 * Decrypts and JSON-parses. Wrong key, wrong aad or any changed byte: TamperedError (GCM cannot
 * tell these apart). Not a sealed value at all: CryptoFormatError.
 */
export async function open(key: CryptoKey, sealed: Sealed, aad: string): Promise<unknown> {
	if (!isSealed(sealed)) throw new CryptoFormatError('Not a sealed value');
	let plain: ArrayBuffer;
	try {
		plain = await globalThis.crypto.subtle.decrypt(
			// Copy the IV: it may be a view on a larger or shared buffer.
			{ name: 'AES-GCM', iv: new Uint8Array(sealed.iv), additionalData: encoder.encode(aad) },
			key,
			sealed.data
		);
	} catch (error) {
		if (isAuthFailure(error)) throw new TamperedError();
		throw error;
	}
	try {
		return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(plain));
	} catch {
		// Authentic but not our JSON: sealed by something else with this key.
		throw new CryptoFormatError('Sealed value is not JSON');
	}
}
