/** How a profile is opened: adults use a passphrase, youths a PIN. */
export type SecretKind = 'passphrase' | 'pin';

/** Minutes without activity before the app locks itself. */
export const LOCK_MINUTES = [1, 5, 15] as const;
export type LockMinutes = (typeof LOCK_MINUTES)[number];
export const DEFAULT_LOCK_MINUTES: LockMinutes = 5;

/** A profile as the lock screen and settings see it: nothing personal, no key. */
export interface Profile {
	id: string;
	label: string;
	secret: SecretKind;
	lockMinutes: LockMinutes;
	failures: number;
	retryAt: number;
}

/** Wrong tries allowed before each further try has to wait. */
export const FREE_TRIES = 5;

/** The longest wait, whatever happened to the clock. */
export const MAX_WAIT_MS = 3_600_000;

/** 30 s after the fifth wrong try, doubling with each further one, at most an hour. */
export function retryDelay(failures: number): number {
	if (failures < FREE_TRIES) return 0;
	return Math.min(30_000 * 2 ** (failures - FREE_TRIES), MAX_WAIT_MS);
}

/**
 * When the next try may be made, seen from the device's present time: never later than the
 * wait these wrong tries earn from `now`. A stored moment further ahead (the clock was set
 * forward for the tries, then back) counts as `now` plus that wait, so it never grows to years.
 */
export function waitUntil(profile: Pick<Profile, 'failures' | 'retryAt'>, now: number): number {
	return Math.min(profile.retryAt, now + retryDelay(profile.failures));
}
