/** Days without a backup after which home gently reminds. */
export const BACKUP_REMINDER_DAYS = 14;
const DAY = 24 * 60 * 60 * 1000;

/**
 * Remind when something changed since the last backup and that backup (or, without one,
 * the oldest conversation) is older than 14 days.
 */
export function needsBackupReminder(
	lastBackupAt: number | null,
	conversations: readonly { createdAt: number; updatedAt: number }[],
	now: number
): boolean {
	if (conversations.length === 0) return false;
	const since = lastBackupAt ?? Math.min(...conversations.map((c) => c.createdAt));
	const changed = conversations.some((c) => c.updatedAt > (lastBackupAt ?? 0));
	return changed && now - since > BACKUP_REMINDER_DAYS * DAY;
}
