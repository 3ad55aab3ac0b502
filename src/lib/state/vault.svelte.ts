import type { Database, ProfileRepo, Repos } from '$lib/db';
import type { UnlockResult } from '$lib/db/profiles';
import { DB_NAME } from '$lib/db/name';
import { peekProfiles } from '$lib/db/profile-peek';
import type { LockMinutes, Profile, SecretKind } from '$lib/domain/profile';
import { lastBackupKey } from './backup-status';
import { watchActivity } from '$lib/platform/idle';
import { flushAll } from './pending';

type Storage = typeof import('./vault-storage');

// The first look at the profiles starts as this module loads: the browser's first IndexedDB
// call of a visit is slow (20–250 ms at 4× CPU throttling), and this way it overlaps with the
// page's start instead of following it.
let firstPeek: Promise<Profile[] | undefined> | undefined = peekProfiles(DB_NAME);

/** Storage's code could not be loaded (offline before the app was stored whole, for instance). */
export class StorageLoadError extends Error {
	constructor(cause: unknown) {
		super('storage could not be loaded', { cause });
		this.name = 'StorageLoadError';
	}
}

export const isLoadFailure = (error: unknown): boolean => error instanceof StorageLoadError;

export type VaultStatus = 'starting' | 'error' | 'setup' | 'locked' | 'locking' | 'unlocked';

export class LockedError extends Error {
	constructor() {
		super('locked');
		this.name = 'LockedError';
	}
}

/**
 * Who is using the app and whether the data is open. The data key of the unlocked profile
 * lives only here, in memory, as a non-extractable CryptoKey; locking drops it, and the
 * layout then unmounts every screen, so no personal text stays in the page.
 */
class Vault {
	status = $state<VaultStatus>('starting');
	profiles = $state.raw<Profile[]>([]);
	profile = $state.raw<Profile | undefined>(undefined);
	/** Why the data could not be opened (status 'error'): the raw-copy screen shows it. */
	error = $state.raw<unknown>(undefined);
	#database: Database | undefined;
	#repos: Repos | undefined;
	#stopWatching: (() => void) | undefined;
	#channel: BroadcastChannel | undefined;

	#storage: Promise<Storage> | undefined;
	#prepared: Promise<void> | undefined;

	#loadStorage(): Promise<Storage> {
		this.#storage ??= import('./vault-storage').catch((error: unknown) => {
			// Tried again next time it is needed (the network may be back).
			this.#storage = undefined;
			throw new StorageLoadError(error);
		});
		return this.#storage;
	}

	/**
	 * Loads storage (Dexie, the repositories, their schemas) and reads the profiles with their
	 * full schema; the lock screen asks for it as soon as someone starts typing, so it is there
	 * by the time they press "Open". A database that cannot be opened shows its screen then.
	 */
	prepare(): Promise<void> {
		this.#prepared ??= this.#profileRepo()
			.then((repo) => repo.list())
			.then(
				(profiles) => {
					if (this.status === 'locked' || this.status === 'setup') this.profiles = profiles;
				},
				(error: unknown) => {
					this.#prepared = undefined;
					// The code did not load: the data may be fine; the lock screen says so on "Open".
					if (error instanceof StorageLoadError) return;
					if (this.status !== 'locked' && this.status !== 'setup') return;
					this.error = error;
					this.status = 'error';
				}
			);
		return this.#prepared;
	}

	async #data(): Promise<Database> {
		const storage = await this.#loadStorage();
		if (!this.#database) {
			const database = storage.openDatabase();
			this.#database = database;
			storage.stepAsideOnUpgrade(database, flushAll, () => location.reload());
			// Another tab wiped everything: forget the key here too and start afresh.
			database.onVersionChange((newVersion) => {
				if (newVersion) return;
				this.#forget();
				location.reload();
			});
		}
		return this.#database;
	}

	/** Tabs tell each other when one locks or wipes, so no other tab keeps showing data. */
	#listen(): void {
		if (this.#channel || typeof BroadcastChannel === 'undefined') return;
		this.#channel = new BroadcastChannel('kansencirkel');
		this.#channel.onmessage = (event) => {
			if (event.data === 'wipe') {
				this.#forget();
				location.reload();
			}
		};
	}

	#forget(): void {
		this.#stopWatching?.();
		this.#stopWatching = undefined;
		this.#repos = undefined;
		this.profile = undefined;
	}

	async #profileRepo(): Promise<ProfileRepo> {
		return (await this.#data()).profiles;
	}

	/** The open profile's repositories; throws when locked. */
	get repos(): Repos {
		if (!this.#repos) throw new LockedError();
		return this.#repos;
	}

	async start(): Promise<void> {
		this.#listen();
		try {
			// A quick look first; storage itself loads only when it cannot tell.
			const peeked = await (firstPeek ?? peekProfiles(DB_NAME));
			firstPeek = undefined;
			this.profiles = peeked ?? (await (await this.#profileRepo()).list());
			this.status = this.profiles.length === 0 ? 'setup' : 'locked';
		} catch (error) {
			// The database cannot be opened: the screen offers a raw copy instead of spinning.
			this.error = error;
			this.status = 'error';
		}
	}

	/** Reads the profiles again (the lock screen, when the clock jumped back during a wait). */
	async refreshProfiles(): Promise<void> {
		this.profiles = await this.#profileRepo()
			.then((repo) => repo.list())
			.catch(() => this.profiles);
	}

	async create(input: { label: string; secret: SecretKind; value: string }): Promise<void> {
		const database = await this.#data();
		const { profile, cipher } = await database.profiles.create(input);
		this.profiles = await database.profiles.list();
		await this.#open(profile, database.reposFor(cipher));
	}

	async unlock(id: string, value: string): Promise<UnlockResult> {
		const database = await this.#data();
		const result = await database.profiles.unlock(id, value);
		this.profiles = await database.profiles.list();
		if (result.ok) await this.#open(result.profile, database.reposFor(result.cipher));
		return result;
	}

	/**
	 * Asks for the open profile's passphrase or PIN again (the coach's screen): the same check
	 * as unlocking, wrong tries and waits included; nothing is kept of the value, the key that
	 * opens stays the one already in memory.
	 */
	async confirmSecret(value: string): Promise<Exclude<UnlockResult, { ok: true }> | { ok: true }> {
		const profile = this.profile;
		if (!profile) throw new LockedError();
		const result = await (await this.#profileRepo()).unlock(profile.id, value);
		return result.ok ? { ok: true } : result;
	}

	async #open(profile: Profile, repos: Repos): Promise<void> {
		this.#repos = repos;
		// Answers typed just before the page went away last time, sealed in the journal.
		const { replayJournal } = await this.#loadStorage();
		await replayJournal(repos, localStorage).catch(() => 0);
		this.profile = profile;
		this.status = 'unlocked';
		this.#watch(profile.lockMinutes);
		// Put away while the key was being derived: lock straight away.
		if (document.visibilityState === 'hidden') void this.lock();
	}

	#watch(minutes: number): void {
		this.#stopWatching?.();
		this.#stopWatching = watchActivity({
			idleMs: minutes * 60_000,
			onIdle: () => void this.lock(),
			onHidden: () => void this.lock()
		});
	}

	/**
	 * Hides everything personal at once (status 'locking' renders no screen), gives pending
	 * saves a moment to finish with the key, then forgets the key. Ends locked whatever fails.
	 */
	async lock(): Promise<void> {
		if (this.status !== 'unlocked') return;
		const saving = flushAll().catch(() => {});
		this.status = 'locking';
		try {
			await Promise.race([saving, new Promise((resolve) => setTimeout(resolve, 3000))]);
		} finally {
			this.#forget();
			this.status = 'locked';
		}
		await this.refreshProfiles();
	}

	async setLockMinutes(minutes: LockMinutes): Promise<void> {
		const profile = this.profile;
		if (!profile) throw new LockedError();
		await (await this.#profileRepo()).setLockMinutes(profile.id, minutes);
		this.profile = { ...profile, lockMinutes: minutes };
		this.#watch(minutes);
	}

	async changeSecret(oldValue: string, next: { secret: SecretKind; value: string }) {
		const profile = this.profile;
		if (!profile) throw new LockedError();
		await (await this.#profileRepo()).changeSecret(profile.id, oldValue, next);
		this.profile = { ...profile, secret: next.secret };
	}

	/** Removes this profile with everything it owns; other profiles stay. */
	async deleteProfile(): Promise<void> {
		const profile = this.profile;
		if (!profile) throw new LockedError();
		const storage = await this.#loadStorage();
		const repo = await this.#profileRepo();
		this.#forget();
		await repo.delete(profile.id);
		storage.clearJournal(localStorage, profile.id);
		storage.clearPlanJournal(localStorage, profile.id);
		localStorage.removeItem(lastBackupKey(profile.id));
		this.profiles = await repo.list();
		this.status = this.profiles.length === 0 ? 'setup' : 'locked';
	}

	/**
	 * "Wis alles op dit apparaat": the database, the journal and every setting of the app.
	 * Only offered while this is the only profile: one profile never erases another's data.
	 */
	async wipeAll(): Promise<void> {
		if (this.profiles.length > 1) throw new Error('other profiles on this device');
		const database = await this.#data();
		this.#forget();
		this.#channel?.postMessage('wipe');
		await database.wipe();
		this.#database = undefined;
		for (const key of Object.keys(localStorage)) {
			if (key.startsWith('kansencirkel.')) localStorage.removeItem(key);
		}
		sessionStorage.clear();
		// Caches hold only the app's own files (the service worker's precache): nothing personal.
		this.profiles = [];
		this.status = 'setup';
	}
}

export const vault = new Vault();
