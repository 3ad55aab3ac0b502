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
