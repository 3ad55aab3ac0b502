import { describe, expect, test } from 'vitest';
import {
	CryptoFormatError,
	MAX_ITERATIONS,
	MIN_ITERATIONS,
	boxSchema,
	fromBase64,
	kdfParamsSchema,
	toBase64,
	wrappedKeySchema
} from './index';

const b64 = (n: number, fill = 7) => toBase64(new Uint8Array(n).fill(fill));
const kdf = { name: 'PBKDF2', hash: 'SHA-256', iterations: MIN_ITERATIONS, salt: b64(16) };

describe('base64', () => {
	test('round-trips every byte value and agrees with Node', () => {
		const all = Uint8Array.from({ length: 256 }, (_, i) => i);
		for (const bytes of [new Uint8Array(0), all, all.subarray(1), all.subarray(2)]) {
			const text = toBase64(bytes);
			expect(text).toBe(Buffer.from(bytes).toString('base64'));
			expect(fromBase64(text)).toEqual(new Uint8Array(bytes));
		}
		expect(toBase64(all.buffer)).toBe(toBase64(all));
	});

	test('handles buffers larger than one chunk', () => {
		const big = Uint8Array.from({ length: 200_001 }, (_, i) => (i * 31 + (i >> 8)) & 0xff);
		expect(toBase64(big)).toBe(Buffer.from(big).toString('base64'));
		// Compared as text: toEqual walks a typed array element by element (seconds for 200 kB).
		expect(Buffer.from(fromBase64(toBase64(big))).toString('hex')).toBe(
			Buffer.from(big).toString('hex')
		);
	});

	test.each(['QQ', 'QQ=', 'Q===', 'QR==', 'QUJ=', 'QU JD', 'QUJD\n', '****', 'QUJD-_'])(
		'refuses non-canonical or invalid %j',
		(text) => {
			expect(() => fromBase64(text)).toThrow(CryptoFormatError);
		}
	);
});

describe('kdfParamsSchema', () => {
	test('accepts valid parameters at both bounds', () => {
		expect(kdfParamsSchema.parse(kdf)).toEqual(kdf);
		expect(kdfParamsSchema.safeParse({ ...kdf, iterations: MAX_ITERATIONS }).success).toBe(true);
	});

	test.each([
		['iterations below MIN', { iterations: MIN_ITERATIONS - 1 }],
		['iterations above MAX', { iterations: MAX_ITERATIONS + 1 }],
		['fractional iterations', { iterations: MIN_ITERATIONS + 0.5 }],
		['iterations as text', { iterations: String(MIN_ITERATIONS) }],
		['15-byte salt', { salt: b64(15) }],
		['17-byte salt', { salt: b64(17) }],
		['salt that is not base64', { salt: '!!!!!!!!!!!!!!!!!!!!!!!!' }],
		['another hash', { hash: 'SHA-1' }],
		['another KDF', { name: 'Argon2id' }],
		['an unknown field', { pepper: 'x' }]
	])('refuses %s', (_, change) => {
		expect(kdfParamsSchema.safeParse({ ...kdf, ...change }).success).toBe(false);
	});
});

describe('wrappedKeySchema and boxSchema', () => {
	const wrapped = { kdf, iv: b64(12), wrapped: b64(48) };
	const box = { kdf, iv: b64(12), ciphertext: b64(16) };

	test('accept well-formed values', () => {
		expect(wrappedKeySchema.parse(wrapped)).toEqual(wrapped);
		expect(boxSchema.parse(box)).toEqual(box);
	});

	test.each([
		['11-byte iv', { iv: b64(11) }],
		['13-byte iv', { iv: b64(13) }],
		['bad base64 iv', { iv: 'not base64' }],
		['short wrapped key', { wrapped: b64(47) }],
		['long wrapped key', { wrapped: b64(49) }],
		['bad kdf', { kdf: { ...kdf, iterations: 1 } }]
	])('wrapped key: refuses %s', (_, change) => {
		expect(wrappedKeySchema.safeParse({ ...wrapped, ...change }).success).toBe(false);
	});

	test.each([
		['12-byte iv', { iv: b64(16) }],
		['ciphertext shorter than the GCM tag', { ciphertext: b64(15) }],
		['bad base64 ciphertext', { ciphertext: 'QR==' }],
		['missing kdf', { kdf: undefined }]
	])('box: refuses %s', (_, change) => {
		expect(boxSchema.safeParse({ ...box, ...change }).success).toBe(false);
	});
});
