import { describe, expect, test } from 'vitest';
import {
	CryptoFormatError,
	MIN_ITERATIONS,
	TamperedError,
	createDataKey,
	isSealed,
	open,
	seal,
	type Sealed
} from './index';

const { key } = await createDataKey('pin', { iterations: MIN_ITERATIONS });
const { key: otherKey } = await createDataKey('pin', { iterations: MIN_ITERATIONS });

const record = {
	id: 'a1',
	notitie: 'Zoë gaat graag naar school 🎒',
	scores: [1, 2, 3],
	klaar: false
};

function flip(bytes: Uint8Array, index: number): Uint8Array {
	const copy = new Uint8Array(bytes);
	copy[index]! ^= 0x80;
	return copy;
}

/** Stores a value in (fake-)IndexedDB and reads it back, as the storage layer will. */
async function throughIndexedDb<T>(value: T): Promise<T> {
	const db = await new Promise<IDBDatabase>((resolve, reject) => {
		const request = indexedDB.open(`crypto-spec-${Math.random()}`, 1);
		request.onupgradeneeded = () => request.result.createObjectStore('rows');
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});
	const tx = db.transaction('rows', 'readwrite');
	tx.objectStore('rows').put(value, 1);
	const read = tx.objectStore('rows').get(1);
	return new Promise((resolve, reject) => {
		tx.oncomplete = () => {
			db.close();
			resolve(read.result as T);
		};
		tx.onerror = () => reject(tx.error);
	});
}

describe('seal/open', () => {
	test.each([record, 'tekst', 42, 0, null, true, [], { nested: { deep: ['é', 'e\u0301'] } }])(
		'round-trips %j',
		async (value) => {
			const sealed = await seal(key, value, 'answers:a1');
			expect(isSealed(sealed)).toBe(true);
			expect(await open(key, sealed, 'answers:a1')).toEqual(value);
		}
	);

	test('keeps binary fields binary and survives IndexedDB', async () => {
		const sealed = await seal(key, record, 'answers:a1');
		expect(sealed.iv).toBeInstanceOf(Uint8Array);
		expect(sealed.iv).toHaveLength(12);
		expect(sealed.data).toBeInstanceOf(ArrayBuffer);
		const row = await throughIndexedDb({ id: 'a1', ...sealed });
		expect(isSealed(row)).toBe(true);
		expect(await open(key, row, 'answers:a1')).toEqual(record);
	});

	test('uses a fresh IV each call, so equal values give different ciphertexts', async () => {
		const seen = new Set<string>();
		for (let i = 0; i < 20; i++) {
			const { iv, data } = await seal(key, record, 'answers:a1');
			seen.add(Buffer.from(iv).toString('hex'));
			seen.add(Buffer.from(data).toString('hex'));
		}
		expect(seen.size).toBe(40);
	});

	test('the plaintext does not appear in the ciphertext', async () => {
		const { data } = await seal(key, record, 'answers:a1');
		expect(Buffer.from(data).toString('latin1')).not.toContain('school');
	});

	test('a flipped byte anywhere in data throws TamperedError', async () => {
		const sealed = await seal(key, record, 'answers:a1');
		const data = new Uint8Array(sealed.data);
		// First byte, a middle byte and the last byte (inside the GCM tag).
		for (const index of [0, data.length >> 1, data.length - 1]) {
			const changed = { iv: sealed.iv, data: flip(data, index).buffer as ArrayBuffer };
			await expect(open(key, changed, 'answers:a1')).rejects.toThrow(TamperedError);
		}
	});

	test('a flipped byte in the IV throws TamperedError', async () => {
		const sealed = await seal(key, record, 'answers:a1');
		await expect(open(key, { ...sealed, iv: flip(sealed.iv, 11) }, 'answers:a1')).rejects.toThrow(
			TamperedError
		);
	});

	test('a truncated ciphertext throws TamperedError', async () => {
		const sealed = await seal(key, record, 'answers:a1');
		const truncated = { ...sealed, data: sealed.data.slice(0, -1) };
		await expect(open(key, truncated, 'answers:a1')).rejects.toThrow(TamperedError);
	});

	test('another aad (a swapped row) throws TamperedError', async () => {
		const sealed = await seal(key, record, 'answers:a1');
		await expect(open(key, sealed, 'answers:a2')).rejects.toThrow(TamperedError);
		await expect(open(key, sealed, 'plans:a1')).rejects.toThrow(TamperedError);
		await expect(open(key, sealed, '')).rejects.toThrow(TamperedError);
	});

	test('another data key throws TamperedError', async () => {
		const sealed = await seal(key, record, 'answers:a1');
		await expect(open(otherKey, sealed, 'answers:a1')).rejects.toThrow(TamperedError);
	});

	test('values that are not sealed throw CryptoFormatError', async () => {
		const sealed = await seal(key, record, 'answers:a1');
		for (const value of [
			null,
			record,
			{ iv: Array.from(sealed.iv), data: sealed.data },
			{ iv: sealed.iv.subarray(1), data: sealed.data },
			{ iv: sealed.iv, data: new Uint8Array(sealed.data) },
			{ iv: sealed.iv, data: new ArrayBuffer(15) }
		]) {
			expect(isSealed(value)).toBe(false);
			await expect(open(key, value as Sealed, 'answers:a1')).rejects.toThrow(CryptoFormatError);
		}
	});

	test('refuses values JSON cannot represent', async () => {
		await expect(seal(key, undefined, 'x')).rejects.toThrow(TypeError);
		await expect(seal(key, () => 1, 'x')).rejects.toThrow(TypeError);
	});
});
