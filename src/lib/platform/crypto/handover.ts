import { z } from 'zod';
import { base64ByteLength, fromBase64, toBase64 } from './base64';
import { CryptoFormatError, TamperedError, isAuthFailure } from './errors';
import { randomBytes } from './keys';
import { IV_BYTES, TAG_BYTES, parseOrThrow } from './schema';

// Sealing a hand-over (a preparation from another device, a plan going home) to one receiving
// device, with no server: the receiver makes a one-time ECDH P-256 key pair and shows its public
// key (in a QR code); the sender makes its own one-time key pair, derives a shared AES-GCM key
// (ECDH → HKDF-SHA-256) and sends its public key with the ciphertext. Only the holder of the
// receiver's private key, which never leaves its CryptoKey, can open it; someone who photographs
// both screens holds two public keys and a ciphertext, which reveal nothing.

const subtle = () => globalThis.crypto.subtle;
const encoder = new TextEncoder();
const CURVE = { name: 'ECDH', namedCurve: 'P-256' } as const;
/** An uncompressed P-256 point: 0x04 ‖ x ‖ y. */
export const PUBLIC_KEY_BYTES = 65;
const INFO = encoder.encode('kansencirkel/handover/v1');

export interface HandoverKey {
	/** Non-extractable: it opens what was sealed to `publicKey`, on this device only. */
	privateKey: CryptoKey;
	/** base64 of the raw public point, for the QR code. */
	publicKey: string;
}

const publicKeyText = z
	.string()
	.refine((s) => base64ByteLength(s) === PUBLIC_KEY_BYTES, 'expected a P-256 public key');

/** What travels: the sender's one-time public key, the IV and the ciphertext, all base64. */
export const sealedHandoverSchema = z.strictObject({
	v: z.literal(1),
	from: publicKeyText,
	iv: z.string().refine((s) => base64ByteLength(s) === IV_BYTES, `expected ${IV_BYTES} bytes`),
	ciphertext: z.string().refine((s) => base64ByteLength(s) >= TAG_BYTES, 'expected ciphertext')
});
export type SealedHandover = z.output<typeof sealedHandoverSchema>;

/** A fresh one-time key pair for receiving one hand-over. */
export async function createHandoverKey(): Promise<HandoverKey> {
	const pair = (await subtle().generateKey(CURVE, false, ['deriveBits'])) as CryptoKeyPair;
	const raw = await subtle().exportKey('raw', pair.publicKey);
	return { privateKey: pair.privateKey, publicKey: toBase64(raw) };
}

async function importPublic(text: string): Promise<CryptoKey> {
	const raw = fromBase64(parseOrThrow(publicKeyText, text, 'public key'));
	try {
		// importKey checks that the point is on the curve.
		return await subtle().importKey('raw', raw, CURVE, false, []);
	} catch {
		throw new CryptoFormatError('Invalid public key');
	}
}

/**
 * The AES-GCM key both sides arrive at. Both public keys go into the HKDF salt, in a fixed order
 * (sender, receiver), so a key is bound to this one pair and cannot be replayed to another.
 */
async function sharedKey(
	privateKey: CryptoKey,
	peer: CryptoKey,
	senderPublic: Uint8Array<ArrayBuffer>,
	receiverPublic: Uint8Array<ArrayBuffer>,
	usage: 'encrypt' | 'decrypt'
): Promise<CryptoKey> {
	const bits = await subtle().deriveBits({ name: 'ECDH', public: peer }, privateKey, 256);
	const ikm = await subtle().importKey('raw', bits, 'HKDF', false, ['deriveKey']);
	const salt = new Uint8Array(PUBLIC_KEY_BYTES * 2);
	salt.set(senderPublic, 0);
	salt.set(receiverPublic, PUBLIC_KEY_BYTES);
	return subtle().deriveKey(
		{ name: 'HKDF', hash: 'SHA-256', salt, info: INFO },
		ikm,
		{ name: 'AES-GCM', length: 256 },
		false,
		[usage]
	);
}

/** Encrypts `plaintext` so that only the holder of `receiverPublicKey`'s private key opens it. */
export async function sealTo(
	receiverPublicKey: string,
	plaintext: string
): Promise<SealedHandover> {
	const receiver = await importPublic(receiverPublicKey);
	const mine = (await subtle().generateKey(CURVE, false, ['deriveBits'])) as CryptoKeyPair;
	const from = new Uint8Array(await subtle().exportKey('raw', mine.publicKey));
	const key = await sharedKey(
		mine.privateKey,
		receiver,
		from,
		fromBase64(receiverPublicKey),
		'encrypt'
	);
	const iv = randomBytes(IV_BYTES);
	const ciphertext = await subtle().encrypt(
		{ name: 'AES-GCM', iv, additionalData: INFO },
		key,
		encoder.encode(plaintext)
	);
	return { v: 1, from: toBase64(from), iv: toBase64(iv), ciphertext: toBase64(ciphertext) };
}

/**
 * Opens a hand-over sealed to `key`. Malformed input: CryptoFormatError. Sealed to another key,
 * or changed on the way: TamperedError (GCM cannot tell those apart).
 */
export async function openSealed(key: HandoverKey, sealed: unknown): Promise<string> {
	const valid = parseOrThrow(sealedHandoverSchema, sealed, 'hand-over');
	const sender = await importPublic(valid.from);
	const aes = await sharedKey(
		key.privateKey,
		sender,
		fromBase64(valid.from),
		fromBase64(key.publicKey),
		'decrypt'
	);
	let plain: ArrayBuffer;
	try {
		plain = await subtle().decrypt(
			{ name: 'AES-GCM', iv: fromBase64(valid.iv), additionalData: INFO },
			aes,
			fromBase64(valid.ciphertext)
		);
	} catch (error) {
		if (isAuthFailure(error)) throw new TamperedError('Hand-over failed authentication');
		throw error;
	}
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(plain);
	} catch {
		throw new CryptoFormatError('Hand-over content is not UTF-8 text');
	}
}
