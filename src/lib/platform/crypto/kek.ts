import { deriveKekHere, type KdfParams, type KdfReply, type KdfRequest } from './derive';
import { kdfParamsSchema, parseOrThrow } from './schema';

interface Pending {
	request: KdfRequest;
	resolve: (key: CryptoKey) => void;
	reject: (error: unknown) => void;
}

/** undefined: not tried yet; null: no worker here (node, CSP, load failure), derive on this thread. */
let worker: Worker | null | undefined;
let nextId = 1;
const pending = new Map<number, Pending>();

/** The worker is only a speed-up for the UI: whenever it fails, the same derivation runs here. */
function deriveHere({ request, resolve, reject }: Pending) {
	deriveKekHere(request.secret, request.kdf).then(resolve, reject);
}

function giveUpOnWorker(failed: Worker) {
	if (worker !== failed) return; // already given up (several error events)
	worker = null;
	failed.terminate();
	const stranded = [...pending.values()];
	pending.clear();
	stranded.forEach(deriveHere);
}

function getWorker(): Worker | null {
	if (worker !== undefined) return worker;
	if (typeof Worker === 'undefined') return (worker = null);
	try {
		const created = new Worker(new URL('./kdf.worker.ts', import.meta.url), { type: 'module' });
		created.addEventListener('message', ({ data }: MessageEvent<KdfReply>) => {
			const call = pending.get(data.id);
			if (!call) return;
			pending.delete(data.id);
			if ('key' in data) call.resolve(data.key);
			else deriveHere(call);
		});
		// A script that fails to load (blocked by CSP, offline without cache) arrives as 'error'.
		created.addEventListener('error', (event) => {
			event.preventDefault();
			giveUpOnWorker(created);
		});
		created.addEventListener('messageerror', () => giveUpOnWorker(created));
		worker = created;
	} catch {
		worker = null;
	}
	return worker;
}

/** For tests: forget the cached worker so the next call creates one again. Not exported by index.ts. */
export function resetKdfWorkerForTests() {
	worker?.terminate();
	worker = undefined;
	pending.clear();
}

/**
 * Derives a non-extractable AES-GCM-256 key-encryption key from a passphrase/PIN with PBKDF2.
 * In the browser this runs in a module Web Worker; in node (tests) on the calling thread.
 * Throws CryptoFormatError when `kdf` is malformed or out of bounds.
 */
export async function deriveKek(secret: string, kdf: KdfParams): Promise<CryptoKey> {
	const params = parseOrThrow(kdfParamsSchema, kdf, 'KDF parameters');
	const target = getWorker();
	if (!target) return deriveKekHere(secret, params);
	return new Promise((resolve, reject) => {
		const request: KdfRequest = { id: nextId++, secret, kdf: params };
		pending.set(request.id, { request, resolve, reject });
		target.postMessage(request);
	});
}
