// Kept apart from the backup code so the start page can show the reminder without loading it.
export const LAST_BACKUP_KEY = 'kansencirkel.lastBackup';

/** When the last backup was made on this device (ms), or null. Not personal data. */
export function lastBackupAt(): number | null {
	const raw = Number(localStorage.getItem(LAST_BACKUP_KEY));
	return Number.isFinite(raw) && raw > 0 ? raw : null;
}

export function markBackupMade(at: number): void {
	localStorage.setItem(LAST_BACKUP_KEY, String(at));
}
