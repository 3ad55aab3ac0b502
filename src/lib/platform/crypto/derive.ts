import { fromBase64 } from './base64';

// Kept free of zod and the rest of the module: kdf.worker.ts bundles this file and base64.ts only.

/** PBKDF2-SHA-256 iterations for new secrets (OWASP 2023 recommendation). */
export const KDF_ITERATIONS = 600_000;
/** Stored or imported parameters below this are refused: too cheap to brute-force. */
export const MIN_ITERATIONS = 100_000;
/** Stored or imported parameters above this are refused: a hostile backup must not hang the app. */
export const MAX_ITERATIONS = 10_000_000;
export const SALT_BYTES = 16;

export interface KdfParams {
	name: 'PBKDF2';
	hash: 'SHA-256';
	iterations: number;
	/** base64, 16 random bytes */
	salt: string;
}

export interface KdfRequest {
	id: number;
	secret: string;
	kdf: KdfParams;
}
export type KdfReply = { id: number; key: CryptoKey } | { id: number; error: string };

/** Derives the key-encryption key on this thread; callers validate `kdf` first. */
export async function deriveKekHere(secret: string, kdf: KdfParams): Promise<CryptoKey> {
	// NFC: "é" typed as one code point or as e + accent must unlock the same profile.
	const password = new TextEncoder().encode(secret.normalize('NFC'));
	const material = await globalThis.crypto.subtle.importKey('raw', password, 'PBKDF2', false, [
		'deriveKey'
	]);
	return globalThis.crypto.subtle.deriveKey(
		{ name: 'PBKDF2', hash: 'SHA-256', iterations: kdf.iterations, salt: fromBase64(kdf.salt) },
		material,
		{ name: 'AES-GCM', length: 256 },
		false,
		['encrypt', 'decrypt']
	);
}
