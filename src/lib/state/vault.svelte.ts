import { openDatabase, type Database, type ProfileRepo, type Repos } from '$lib/db';
import type { UnlockResult } from '$lib/db/profiles';
import type { LockMinutes, Profile, SecretKind } from '$lib/domain/profile';
import { clearJournal, replayJournal } from '$lib/db/journal';
import { clearPlanJournal } from '$lib/db/plan-journal';
import { lastBackupKey } from './backup-status';
import { watchActivity } from '$lib/platform/idle';
import { flushAll } from './pending';
import { stepAsideOnUpgrade } from './tabs';

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

	get #data(): Database {
		if (!this.#database) {
			const database = openDatabase();
			this.#database = database;
			stepAsideOnUpgrade(database, flushAll, () => location.reload());
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

	get profileRepo(): ProfileRepo {
		return this.#data.profiles;
	}

	/** The open profile's repositories; throws when locked. */
	get repos(): Repos {
		if (!this.#repos) throw new LockedError();
		return this.#repos;
	}

	async start(): Promise<void> {
		this.#listen();
		try {
			this.profiles = await this.profileRepo.list();
			this.status = this.profiles.length === 0 ? 'setup' : 'locked';
		} catch (error) {
			// The database cannot be opened: the screen offers a raw copy instead of spinning.
			this.error = error;
			this.status = 'error';
		}
	}

	/** Reads the profiles again (the lock screen, when the clock jumped back during a wait). */
	async refreshProfiles(): Promise<void> {
		this.profiles = await this.profileRepo.list().catch(() => this.profiles);
	}

	async create(input: { label: string; secret: SecretKind; value: string }): Promise<void> {
		const { profile, cipher } = await this.profileRepo.create(input);
		this.profiles = await this.profileRepo.list();
		await this.#open(profile, this.#data.reposFor(cipher));
	}

	async unlock(id: string, value: string): Promise<UnlockResult> {
		const result = await this.profileRepo.unlock(id, value);
		this.profiles = await this.profileRepo.list();
		if (result.ok) await this.#open(result.profile, this.#data.reposFor(result.cipher));
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
		const result = await this.profileRepo.unlock(profile.id, value);
		return result.ok ? { ok: true } : result;
	}

	async #open(profile: Profile, repos: Repos): Promise<void> {
		this.#repos = repos;
		// Answers typed just before the page went away last time, sealed in the journal.
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
		this.profiles = await this.profileRepo.list().catch(() => this.profiles);
	}

	async setLockMinutes(minutes: LockMinutes): Promise<void> {
		const profile = this.profile;
		if (!profile) throw new LockedError();
		await this.profileRepo.setLockMinutes(profile.id, minutes);
		this.profile = { ...profile, lockMinutes: minutes };
		this.#watch(minutes);
	}

	async changeSecret(oldValue: string, next: { secret: SecretKind; value: string }) {
		const profile = this.profile;
		if (!profile) throw new LockedError();
		await this.profileRepo.changeSecret(profile.id, oldValue, next);
		this.profile = { ...profile, secret: next.secret };
	}

	/** Removes this profile with everything it owns; other profiles stay. */
	async deleteProfile(): Promise<void> {
		const profile = this.profile;
		if (!profile) throw new LockedError();
		this.#forget();
		await this.profileRepo.delete(profile.id);
		clearJournal(localStorage, profile.id);
		clearPlanJournal(localStorage, profile.id);
		localStorage.removeItem(lastBackupKey(profile.id));
		this.profiles = await this.profileRepo.list();
		this.status = this.profiles.length === 0 ? 'setup' : 'locked';
	}

	/**
	 * "Wis alles op dit apparaat": the database, the journal and every setting of the app.
	 * Only offered while this is the only profile: one profile never erases another's data.
	 */
	async wipeAll(): Promise<void> {
		if (this.profiles.length > 1) throw new Error('other profiles on this device');
		this.#forget();
		this.#channel?.postMessage('wipe');
		await this.#data.wipe();
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
