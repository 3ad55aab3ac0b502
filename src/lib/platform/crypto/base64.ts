import { CryptoFormatError } from './errors';

// Canonical base64 only: padded, no whitespace, unused trailing bits zero, so one value has one text.
const BASE64 =
	/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/][AQgw]==|[A-Za-z0-9+/]{2}[AEIMQUYcgkosw048]=)?$/;

/** Number of bytes `s` decodes to, or -1 when it is not canonical base64 (checked without decoding). */
export function base64ByteLength(s: string): number {
	if (!BASE64.test(s)) return -1;
	const padding = s.endsWith('==') ? 2 : s.endsWith('=') ? 1 : 0;
	return (s.length / 4) * 3 - padding;
}

export function toBase64(bytes: Uint8Array | ArrayBuffer): string {
	const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
	const parts: string[] = [];
	// Chunked: String.fromCharCode(...hugeArray) would overflow the call stack on large backups.
	for (let i = 0; i < view.length; i += 0x8000) {
		parts.push(String.fromCharCode(...view.subarray(i, i + 0x8000)));
	}
	return btoa(parts.join(''));
}

export function fromBase64(s: string): Uint8Array<ArrayBuffer> {
	if (typeof s !== 'string' || base64ByteLength(s) < 0) {
		throw new CryptoFormatError('Invalid base64');
	}
	const binary = atob(s);
	const bytes = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
	return bytes;
}
