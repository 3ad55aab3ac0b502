// Kept apart from the backup code so the start page can show the reminder without loading it.
// One date per profile: one person's backup says nothing about another's conversations.
const PREFIX = 'kansencirkel.lastBackup';

export const lastBackupKey = (profileId: string) => `${PREFIX}.${profileId}`;

/** When this profile last made a backup on this device (ms), or null. Not personal data. */
export function lastBackupAt(profileId: string): number | null {
	const raw = Number(localStorage.getItem(lastBackupKey(profileId)));
	return Number.isFinite(raw) && raw > 0 ? raw : null;
}

export function markBackupMade(profileId: string, at: number): void {
	localStorage.setItem(lastBackupKey(profileId), String(at));
}
