import { describe, expect, test } from 'vitest';
import {
	CryptoFormatError,
	MIN_ITERATIONS,
	WrongSecretError,
	boxOpen,
	boxSchema,
	boxSeal,
	createDataKey,
	fromBase64,
	toBase64,
	type Box
} from './index';

const fast = { iterations: MIN_ITERATIONS };
const backup = JSON.stringify({ format: 'kansencirkel-backup', notities: ['Zoë 🎒', 'e\u0301'] });

describe('boxSeal/boxOpen', () => {
	test('round-trips text through a JSON file', async () => {
		const box = await boxSeal(backup, 'lange wachtzin', fast);
		const file = JSON.stringify(box);
		expect(file).not.toContain('notities');
		const read = boxSchema.parse(JSON.parse(file));
		expect(read.kdf.iterations).toBe(MIN_ITERATIONS);
		expect(await boxOpen(read, 'lange wachtzin')).toBe(backup);
	});

	test('round-trips empty and large text', async () => {
		const large = 'x'.repeat(300_000) + 'é';
		for (const text of ['', large]) {
			expect(await boxOpen(await boxSeal(text, 'pw', fast), 'pw')).toBe(text);
		}
	});

	test('uses a fresh salt and IV every time', async () => {
		const a = await boxSeal(backup, 'pw', fast);
		const b = await boxSeal(backup, 'pw', fast);
		expect(a.kdf.salt).not.toBe(b.kdf.salt);
		expect(a.iv).not.toBe(b.iv);
		expect(a.ciphertext).not.toBe(b.ciphertext);
	});

	test('a wrong passphrase throws WrongSecretError', async () => {
		const box = await boxSeal(backup, 'lange wachtzin', fast);
		await expect(boxOpen(box, 'lange wachtzim')).rejects.toThrow(WrongSecretError);
	});

	test('NFC and NFD spellings of a passphrase open the same box', async () => {
		const box = await boxSeal(backup, 'cr\u00e8me', fast);
		expect(await boxOpen(box, 'cre\u0300me')).toBe(backup);
	});

	test('a flipped ciphertext or IV byte is rejected (as WrongSecretError)', async () => {
		const box = await boxSeal(backup, 'pw', fast);
		const flip = (base64: string, index: number) => {
			const bytes = fromBase64(base64);
			bytes[index]! ^= 0x01;
			return toBase64(bytes);
		};
		const length = fromBase64(box.ciphertext).length;
		for (const index of [0, length - 1]) {
			const changed = { ...box, ciphertext: flip(box.ciphertext, index) };
			await expect(boxOpen(changed, 'pw')).rejects.toThrow(WrongSecretError);
		}
		await expect(boxOpen({ ...box, iv: flip(box.iv, 0) }, 'pw')).rejects.toThrow(WrongSecretError);
	});

	test('a wrapped data key cannot be passed off as a box', async () => {
		const { wrapped } = await createDataKey('pw', fast);
		const box: Box = { kdf: wrapped.kdf, iv: wrapped.iv, ciphertext: wrapped.wrapped };
		await expect(boxOpen(box, 'pw')).rejects.toThrow(WrongSecretError);
	});

	test('malformed boxes throw CryptoFormatError', async () => {
		const box = await boxSeal(backup, 'pw', fast);
		const bad = (value: unknown) => boxOpen(value as Box, 'pw');
		await expect(bad(undefined)).rejects.toThrow(CryptoFormatError);
		await expect(bad({ ...box, ciphertext: undefined })).rejects.toThrow(CryptoFormatError);
		await expect(bad({ ...box, ciphertext: box.ciphertext + ' ' })).rejects.toThrow(
			CryptoFormatError
		);
		await expect(bad({ ...box, kdf: { ...box.kdf, iterations: 1e12 } })).rejects.toThrow(
			CryptoFormatError
		);
	});
});
