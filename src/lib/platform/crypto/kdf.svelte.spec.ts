import { afterEach, expect, test, vi } from 'vitest';
import { deriveKekHere } from './derive';
import { deriveKek, resetKdfWorkerForTests } from './kek';
import { MIN_ITERATIONS, toBase64, type KdfParams } from './index';

const params = (): KdfParams => ({
	name: 'PBKDF2',
	hash: 'SHA-256',
	iterations: MIN_ITERATIONS,
	salt: toBase64(crypto.getRandomValues(new Uint8Array(16)))
});

/** Encrypts with one key and decrypts with the other: true only if both are the same KEK. */
async function sameKey(a: CryptoKey, b: CryptoKey): Promise<boolean> {
	const iv = crypto.getRandomValues(new Uint8Array(12));
	const sealed = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, a, new Uint8Array([1, 2, 3]));
	return crypto.subtle.decrypt({ name: 'AES-GCM', iv }, b, sealed).then(
		(plain) => new Uint8Array(plain).join() === '1,2,3',
		() => false
	);
}

/** The real Worker, recording what kek.ts creates and what the worker answers. */
function spyOnWorkers() {
	const created: string[] = [];
	const replies: unknown[] = [];
	vi.stubGlobal(
		'Worker',
		class extends Worker {
			constructor(url: string | URL, options?: WorkerOptions) {
				super(url, options);
				created.push(String(url));
				this.addEventListener('message', (event) => replies.push(event.data));
			}
		}
	);
	return { created, replies };
}

afterEach(() => {
	// Each test starts without a worker cached by an earlier one.
	resetKdfWorkerForTests();
	vi.unstubAllGlobals();
});

test('the worker derives a key that decrypts what a main-thread key encrypted', async () => {
	const { created, replies } = spyOnWorkers();
	const kdf = params();

	// NFC in the worker, NFD on the main thread: both normalise the same way.
	const fromWorker = await deriveKek('wachtwoord \u00e9', kdf);
	const onMainThread = await deriveKekHere('wachtwoord e\u0301', kdf);

	expect(created).toEqual([expect.stringContaining('kdf.worker')]);
	expect(replies).toEqual([{ id: expect.any(Number), key: fromWorker }]);
	expect(fromWorker).toBeInstanceOf(CryptoKey);
	expect(fromWorker.extractable).toBe(false);
	expect(fromWorker.algorithm).toEqual({ name: 'AES-GCM', length: 256 });
	expect(await sameKey(onMainThread, fromWorker)).toBe(true);
	expect(await sameKey(fromWorker, onMainThread)).toBe(true);
	expect(await sameKey(await deriveKekHere('wachtwoord e', kdf), fromWorker)).toBe(false);
});

test('one worker serves concurrent calls, each answered with its own key', async () => {
	const { created, replies } = spyOnWorkers();
	const kdf = params();
	const secrets = ['een', 'twee', 'drie'];

	const keys = await Promise.all(secrets.map((secret) => deriveKek(secret, kdf)));

	expect(created).toHaveLength(1);
	expect(replies).toHaveLength(3);
	for (const [i, secret] of secrets.entries()) {
		expect(await sameKey(await deriveKekHere(secret, kdf), keys[i]!)).toBe(true);
	}
});

test('falls back to the main thread when the worker cannot be created', async () => {
	vi.stubGlobal(
		'Worker',
		class {
			constructor() {
				throw new DOMException('Refused by Content-Security-Policy', 'SecurityError');
			}
		}
	);
	const kdf = params();
	const key = await deriveKek('pin', kdf);
	expect(await sameKey(await deriveKekHere('pin', kdf), key)).toBe(true);
});

test('falls back to the main thread when the worker script fails to load', async () => {
	let terminated = 0;
	vi.stubGlobal(
		'Worker',
		class extends EventTarget {
			postMessage() {
				setTimeout(() => this.dispatchEvent(new Event('error', { cancelable: true })));
			}
			terminate() {
				terminated++;
			}
		}
	);
	const kdf = params();
	const [a, b] = await Promise.all([deriveKek('pin', kdf), deriveKek('ander', kdf)]);
	expect(terminated).toBe(1);
	expect(await sameKey(await deriveKekHere('pin', kdf), a)).toBe(true);
	expect(await sameKey(await deriveKekHere('ander', kdf), b)).toBe(true);
});
