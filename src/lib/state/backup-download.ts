import { version } from '$app/environment';
import { backupFileName, createBackup, serializeBackup } from '$lib/db/backup';
import { downloadBlob } from '$lib/platform/share';
import { markBackupMade } from './backup-status';
import { getRepos } from './repos';

/** Makes a backup file of everything, or of one conversation, and downloads it. */
export async function downloadBackup(conversationId?: string, title?: string): Promise<void> {
	const now = Date.now();
	const file = await createBackup(getRepos(), { conversationId, appVersion: version, now });
	const name = backupFileName(new Date(now), conversationId ? 'conversation' : 'all', title);
	downloadBlob(new Blob([serializeBackup(file)], { type: 'application/json' }), name);
	markBackupMade(now);
}
