import { fromBase64, toBase64 } from './base64';
import { CryptoFormatError, WrongSecretError, isAuthFailure } from './errors';
import { deriveKek } from './kek';
import { newKdfParams, randomBytes } from './keys';
import { IV_BYTES, boxSchema, parseOrThrow, type Box } from './schema';

// Domain separation from wrapped keys (see keys.ts).
const BOX_AAD = new TextEncoder().encode('kansencirkel/box/v1');

/** Encrypts text (a backup file) under a passphrase; the result is JSON-safe. */
export async function boxSeal(
	plaintext: string,
	passphrase: string,
	opts: { iterations?: number } = {}
): Promise<Box> {
	const kdf = newKdfParams(opts.iterations);
	const key = await deriveKek(passphrase, kdf);
	const iv = randomBytes(IV_BYTES);
	const ciphertext = await globalThis.crypto.subtle.encrypt(
		{ name: 'AES-GCM', iv, additionalData: BOX_AAD },
		key,
		new TextEncoder().encode(plaintext)
	);
	return { kdf, iv: toBase64(iv), ciphertext: toBase64(ciphertext) };
}

/**
 * Opens a box. A wrong passphrase and a changed ciphertext both throw WrongSecretError: the GCM tag
 * fails the same way for both, so they cannot be told apart. Malformed boxes: CryptoFormatError.
 */
export async function boxOpen(box: Box, passphrase: string): Promise<string> {
	const valid = parseOrThrow(boxSchema, box, 'encrypted box');
	const key = await deriveKek(passphrase, valid.kdf);
	let plain: ArrayBuffer;
	try {
		plain = await globalThis.crypto.subtle.decrypt(
			{ name: 'AES-GCM', iv: fromBase64(valid.iv), additionalData: BOX_AAD },
			key,
			fromBase64(valid.ciphertext)
		);
	} catch (error) {
		if (isAuthFailure(error)) throw new WrongSecretError();
		throw error;
	}
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(plain);
	} catch {
		throw new CryptoFormatError('Box content is not UTF-8 text');
	}
}
