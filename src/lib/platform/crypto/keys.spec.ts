import { describe, expect, test, vi } from 'vitest';
import {
	CryptoFormatError,
	KDF_ITERATIONS,
	MAX_ITERATIONS,
	MIN_ITERATIONS,
	WrongSecretError,
	createDataKey,
	deriveKek,
	fromBase64,
	open,
	rewrapDataKey,
	seal,
	toBase64,
	unwrapDataKey,
	wrappedKeySchema,
	type WrappedKey
} from './index';

const fast = { iterations: MIN_ITERATIONS };

function flipByte(base64: string, index = 0): string {
	const bytes = fromBase64(base64);
	bytes[index]! ^= 0x01;
	return toBase64(bytes);
}

describe('createDataKey', () => {
	// The only test at full cost: new keys and rewraps (upgrading old profiles) default to 600,000.
	test('uses 600,000 PBKDF2 iterations by default, also when rewrapping', async () => {
		const { wrapped } = await createDataKey('correct horse battery staple');
		expect(KDF_ITERATIONS).toBe(600_000);
		expect(wrapped.kdf.iterations).toBe(600_000);
		const old = await createDataKey('oud', fast);
		const rewrapped = await rewrapDataKey('oud', 'nieuw', old.wrapped);
		expect(rewrapped.kdf.iterations).toBe(600_000);
	});

	test('returns a storable wrapped key with fresh salt and IV each time', async () => {
		const a = await createDataKey('geheim', fast);
		const b = await createDataKey('geheim', fast);
		expect(wrappedKeySchema.parse(JSON.parse(JSON.stringify(a.wrapped)))).toEqual(a.wrapped);
		expect(a.wrapped.kdf).toMatchObject({ name: 'PBKDF2', hash: 'SHA-256', iterations: 100_000 });
		expect(fromBase64(a.wrapped.kdf.salt)).toHaveLength(16);
		expect(fromBase64(a.wrapped.iv)).toHaveLength(12);
		expect(a.wrapped.kdf.salt).not.toBe(b.wrapped.kdf.salt);
		expect(a.wrapped.iv).not.toBe(b.wrapped.iv);
		expect(a.wrapped.wrapped).not.toBe(b.wrapped.wrapped);
	});

	test('refuses iteration counts outside the bounds before deriving', async () => {
		await expect(createDataKey('x', { iterations: MIN_ITERATIONS - 1 })).rejects.toThrow(
			CryptoFormatError
		);
		await expect(createDataKey('x', { iterations: MAX_ITERATIONS + 1 })).rejects.toThrow(
			CryptoFormatError
		);
	});
});

describe('data key', () => {
	test('is non-extractable AES-GCM-256, both when created and when unwrapped', async () => {
		const created = await createDataKey('pin 1234', fast);
		const unwrapped = await unwrapDataKey('pin 1234', created.wrapped);
		for (const key of [created.key, unwrapped]) {
			expect(key.extractable).toBe(false);
			expect(key.algorithm).toEqual({ name: 'AES-GCM', length: 256 });
			expect([...key.usages].sort()).toEqual(['decrypt', 'encrypt']);
			await expect(globalThis.crypto.subtle.exportKey('raw', key)).rejects.toThrow();
			await expect(globalThis.crypto.subtle.exportKey('jwk', key)).rejects.toThrow();
		}
	});

	test('unwrapping gives the same key: records sealed before unlock open after', async () => {
		const { wrapped, key } = await createDataKey('pin 1234', fast);
		const sealed = await seal(key, { naam: 'J.', score: 3 }, 'answers:1');
		const unlocked = await unwrapDataKey('pin 1234', wrapped);
		expect(await open(unlocked, sealed, 'answers:1')).toEqual({ naam: 'J.', score: 3 });
	});

	test('a wrong secret throws WrongSecretError', async () => {
		const { wrapped } = await createDataKey('pin 1234', fast);
		await expect(unwrapDataKey('pin 1235', wrapped)).rejects.toThrow(WrongSecretError);
		await expect(unwrapDataKey('', wrapped)).rejects.toThrow(WrongSecretError);
	});

	test('a changed wrapped key throws WrongSecretError, never yields a key', async () => {
		const { wrapped } = await createDataKey('pin 1234', fast);
		const bad = (change: Partial<WrappedKey>) =>
			unwrapDataKey('pin 1234', { ...wrapped, ...change });
		await expect(bad({ wrapped: flipByte(wrapped.wrapped, 5) })).rejects.toThrow(WrongSecretError);
		await expect(bad({ iv: flipByte(wrapped.iv) })).rejects.toThrow(WrongSecretError);
		await expect(
			bad({ kdf: { ...wrapped.kdf, salt: flipByte(wrapped.kdf.salt) } })
		).rejects.toThrow(WrongSecretError);
		await expect(bad({ kdf: { ...wrapped.kdf, iterations: MIN_ITERATIONS + 1 } })).rejects.toThrow(
			WrongSecretError
		);
	});

	test('malformed wrapped keys throw CryptoFormatError', async () => {
		const { wrapped } = await createDataKey('pin 1234', fast);
		const bad = (value: unknown) => unwrapDataKey('pin 1234', value as WrappedKey);
		await expect(bad(null)).rejects.toThrow(CryptoFormatError);
		await expect(bad({ ...wrapped, iv: 'nope' })).rejects.toThrow(CryptoFormatError);
		await expect(bad({ ...wrapped, wrapped: toBase64(new Uint8Array(32)) })).rejects.toThrow(
			CryptoFormatError
		);
		// A hostile backup asking for a billion iterations is refused before deriving anything.
		const derive = vi.spyOn(globalThis.crypto.subtle, 'deriveKey');
		const bits = vi.spyOn(globalThis.crypto.subtle, 'deriveBits');
		await expect(bad({ ...wrapped, kdf: { ...wrapped.kdf, iterations: 1e9 } })).rejects.toThrow(
			CryptoFormatError
		);
		expect(derive).not.toHaveBeenCalled();
		expect(bits).not.toHaveBeenCalled();
		derive.mockRestore();
		bits.mockRestore();
	});

	test('NFC and NFD spellings of the same secret unlock the same key', async () => {
		const nfc = 'caf\u00e9 \u00e9\u00e9n';
		const nfd = 'cafe\u0301 e\u0301e\u0301n';
		expect(nfc).not.toBe(nfd);
		const { wrapped, key } = await createDataKey(nfd, fast);
		const sealed = await seal(key, 'hallo', 'test');
		expect(await open(await unwrapDataKey(nfc, wrapped), sealed, 'test')).toBe('hallo');
		await expect(unwrapDataKey('cafe een', wrapped)).rejects.toThrow(WrongSecretError);
	});

	test('non-ASCII secrets (emoji, CJK) work', async () => {
		const secret = '🔐 秘密 Ünïcødé';
		const { wrapped } = await createDataKey(secret, fast);
		await expect(unwrapDataKey(secret, wrapped)).resolves.toHaveProperty('extractable', false);
	});
});

describe('rewrapDataKey', () => {
	test('keeps old records readable with the new secret and refuses the old one', async () => {
		const { wrapped, key } = await createDataKey('oud', fast);
		const sealed = await seal(key, ['a', 1, null], 'plans:7');
		const rewrapped = await rewrapDataKey('oud', 'nieuw', wrapped, fast);

		expect(rewrapped.kdf.salt).not.toBe(wrapped.kdf.salt);
		expect(rewrapped.iv).not.toBe(wrapped.iv);
		const unlocked = await unwrapDataKey('nieuw', rewrapped);
		expect(unlocked.extractable).toBe(false);
		expect(await open(unlocked, sealed, 'plans:7')).toEqual(['a', 1, null]);
		await expect(unwrapDataKey('oud', rewrapped)).rejects.toThrow(WrongSecretError);
	});

	test('a wrong old secret throws WrongSecretError', async () => {
		const { wrapped } = await createDataKey('oud', fast);
		await expect(rewrapDataKey('fout', 'nieuw', wrapped, fast)).rejects.toThrow(WrongSecretError);
	});
});

describe('deriveKek', () => {
	test('is deterministic for the same secret and parameters, and non-extractable', async () => {
		const { wrapped } = await createDataKey('x', fast);
		const a = await deriveKek('geheim', wrapped.kdf);
		const b = await deriveKek('geheim', wrapped.kdf);
		const other = await deriveKek('geheim', { ...wrapped.kdf, salt: flipByte(wrapped.kdf.salt) });
		expect(a.extractable).toBe(false);
		const iv = new Uint8Array(12);
		const ciphertext = await globalThis.crypto.subtle.encrypt({ name: 'AES-GCM', iv }, a, iv);
		await expect(
			globalThis.crypto.subtle.decrypt({ name: 'AES-GCM', iv }, b, ciphertext)
		).resolves.toBeInstanceOf(ArrayBuffer);
		await expect(
			globalThis.crypto.subtle.decrypt({ name: 'AES-GCM', iv }, other, ciphertext)
		).rejects.toThrow();
	});
});
