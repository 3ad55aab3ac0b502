import { createDb, ProfileRepo, reposFor, type KansDb, type Repos } from '$lib/db';
import type { LockMinutes, Profile, SecretKind, UnlockResult } from '$lib/db/profiles';
import { replayJournal } from '$lib/db/journal';
import { watchActivity } from '$lib/platform/idle';
import { flushAll } from './pending';
import { stepAsideOnUpgrade } from './tabs';

export type VaultStatus = 'starting' | 'setup' | 'locked' | 'unlocked';

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
	#db: KansDb | undefined;
	#repos: Repos | undefined;
	#stopWatching: (() => void) | undefined;

	get db(): KansDb {
		if (!this.#db) {
			this.#db = createDb();
			stepAsideOnUpgrade(this.#db, flushAll, () => location.reload());
		}
		return this.#db;
	}

	get profileRepo(): ProfileRepo {
		return new ProfileRepo(this.db);
	}

	/** The open profile's repositories; throws when locked. */
	get repos(): Repos {
		if (!this.#repos) throw new LockedError();
		return this.#repos;
	}

	async start(): Promise<void> {
		this.profiles = await this.profileRepo.list();
		this.status = this.profiles.length === 0 ? 'setup' : 'locked';
	}

	async create(input: { label: string; secret: SecretKind; value: string }): Promise<void> {
		const { profile, cipher } = await this.profileRepo.create(input);
		this.profiles = await this.profileRepo.list();
		await this.#open(profile, reposFor(this.db, cipher));
	}

	async unlock(id: string, value: string): Promise<UnlockResult> {
		const result = await this.profileRepo.unlock(id, value);
		this.profiles = await this.profileRepo.list();
		if (result.ok) await this.#open(result.profile, reposFor(this.db, result.cipher));
		return result;
	}

	async #open(profile: Profile, repos: Repos): Promise<void> {
		this.#repos = repos;
		// Answers typed just before the page went away last time, sealed in the journal.
		await replayJournal(repos, localStorage).catch(() => 0);
		this.profile = profile;
		this.status = 'unlocked';
		this.#stopWatching?.();
		this.#stopWatching = watchActivity({
			idleMs: profile.lockMinutes * 60_000,
			onIdle: () => void this.lock(),
			onHidden: () => void this.lock()
		});
	}

	/** Saves what is pending, then forgets the key and hides everything personal. */
	async lock(): Promise<void> {
		if (this.status !== 'unlocked') return;
		this.#stopWatching?.();
		this.#stopWatching = undefined;
		await flushAll().catch(() => {});
		this.#repos = undefined;
		this.profile = undefined;
		this.profiles = await this.profileRepo.list();
		this.status = 'locked';
	}

	async setLockMinutes(minutes: LockMinutes): Promise<void> {
		const profile = this.profile;
		if (!profile) throw new LockedError();
		await this.profileRepo.setLockMinutes(profile.id, minutes);
		this.profile = { ...profile, lockMinutes: minutes };
		this.#stopWatching?.();
		this.#stopWatching = watchActivity({
			idleMs: minutes * 60_000,
			onIdle: () => void this.lock(),
			onHidden: () => void this.lock()
		});
	}

	async changeSecret(oldValue: string, next: { secret: SecretKind; value: string }) {
		const profile = this.profile;
		if (!profile) throw new LockedError();
		await this.profileRepo.changeSecret(profile.id, oldValue, next);
		this.profile = { ...profile, secret: next.secret };
	}

	/** "Wis alles op dit apparaat": the database, the journal and every setting of the app. */
	async wipeAll(): Promise<void> {
		this.#stopWatching?.();
		this.#repos = undefined;
		this.profile = undefined;
		const db = this.db;
		db.close();
		await db.delete();
		this.#db = undefined;
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
