import { LOCK_MINUTES, waitUntil, type LockMinutes, type Profile } from '$lib/domain/profile';

// The lock screen's first look at the profiles, without Dexie, zod or the repositories (they
// are most of the app's JavaScript and load while someone types their passphrase). It only
// reads: it never creates the database, never upgrades it and closes its connection at once.
// What it returns is shown, never trusted: the profile repository reads the same rows with its
// full schema as soon as storage has loaded, and every try is checked there.

/** The profiles as the lock screen shows them, or `undefined` when a quick look cannot tell. */
export async function peekProfiles(name: string, now = Date.now()): Promise<Profile[] | undefined> {
	if (typeof indexedDB === 'undefined') return undefined;
	try {
		if (typeof indexedDB.databases === 'function') {
			const all = await indexedDB.databases();
			if (!all.some((d) => d.name === name)) return [];
		}
		const rows = await readAll(name, 'profiles');
		if (rows === undefined) return undefined;
		const profiles: Profile[] = [];
		for (const row of rows) {
			const profile = asProfile(row);
			// A row this look does not understand: let the repository decide.
			if (!profile) return undefined;
			profiles.push({ ...profile, retryAt: waitUntil(profile, now) });
		}
		return profiles.sort((a, b) => a.label.localeCompare(b.label, 'nl'));
	} catch {
		return undefined;
	}
}

function readAll(name: string, store: string): Promise<unknown[] | undefined> {
	return new Promise((resolve, reject) => {
		const request = indexedDB.open(name);
		// No database yet (another tab deleted it a moment ago): do not create one here.
		request.onupgradeneeded = () => request.transaction?.abort();
		request.onerror = (event) => {
			event.preventDefault();
			resolve(undefined);
		};
		request.onblocked = () => resolve(undefined);
		request.onsuccess = () => {
			const db = request.result;
			db.onversionchange = () => db.close();
			if (!db.objectStoreNames.contains(store)) {
				db.close();
				resolve(undefined);
				return;
			}
			const read = db.transaction(store, 'readonly').objectStore(store).getAll();
			read.onsuccess = () => {
				db.close();
				resolve(read.result as unknown[]);
			};
			read.onerror = () => {
				db.close();
				reject(read.error);
			};
		};
	});
}

const isCount = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x) && x >= 0;

/** The wrapped key's outline (its bytes are the repository's to check, when a try is made). */
function isWrappedKey(value: unknown): boolean {
	if (value === null || typeof value !== 'object') return false;
	const w = value as Record<string, unknown>;
	const kdf = w.kdf as Record<string, unknown> | null | undefined;
	return (
		typeof w.iv === 'string' &&
		typeof w.wrapped === 'string' &&
		kdf !== null &&
		typeof kdf === 'object' &&
		typeof kdf.salt === 'string' &&
		typeof kdf.iterations === 'number'
	);
}

/** The fields the lock screen shows; anything unexpected is left to the repository's schema. */
function asProfile(row: unknown): Profile | undefined {
	if (row === null || typeof row !== 'object') return undefined;
	const r = row as Record<string, unknown>;
	if (typeof r.id !== 'string' || r.id.length < 1 || r.id.length > 64) return undefined;
	if (typeof r.label !== 'string' || r.label.length > 60) return undefined;
	if (r.secret !== 'passphrase' && r.secret !== 'pin') return undefined;
	if (!isWrappedKey(r.wrapped)) return undefined;
	const lockMinutes = LOCK_MINUTES.find((n) => n === r.lockMinutes);
	if (!lockMinutes || !isCount(r.failures) || !Number.isSafeInteger(r.failures)) return undefined;
	if (!isCount(r.retryAt)) return undefined;
	return {
		id: r.id,
		label: r.label,
		secret: r.secret,
		lockMinutes: lockMinutes as LockMinutes,
		failures: r.failures,
		retryAt: r.retryAt
	};
}
