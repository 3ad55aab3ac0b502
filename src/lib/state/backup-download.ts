import { version } from '$app/environment';
import { encryptBackup, serializeBackup, type BackupScope } from '$lib/db/backup';
import { localDay } from '$lib/domain/plan';
import { backupText } from '$lib/i18n';
import { downloadBlob } from '$lib/platform/share';
import { toBase64 } from '$lib/platform/crypto';
import { markBackupMade } from './backup-status';
import { getRepos } from './repos';

/**
 * `kansencirkel-backup-2026-11-23.json`, `…-gesprek.json` for one conversation, the words in the
 * app's language (`…-conversation.json` in English). Never the title: the browser keeps file
 * names in its download history, in the clear.
 */
export function backupFileName(now: Date, scope: BackupScope): string {
	const words = backupText.fileName;
	return `${words.backup}-${localDay(now)}${scope === 'conversation' ? `-${words.conversation}` : ''}.json`;
}

/** `kansencirkel-ruwe-kopie-2026-11-23.json`, in the app's language. */
export function rawCopyFileName(now: Date): string {
	return `${backupText.fileName.rawCopy}-${localDay(now)}.json`;
}

/**
 * Makes a backup file of everything, or of one conversation, encrypted with the passphrase
 * the person chose for it, and downloads it.
 */
export async function downloadBackup(passphrase: string, conversationId?: string): Promise<void> {
	const now = Date.now();
	const file = await getRepos().backups.create({ conversationId, appVersion: version, now });
	const sealed = await encryptBackup(file, passphrase);
	const name = backupFileName(new Date(now), conversationId ? 'conversation' : 'all');
	downloadBlob(new Blob([serializeBackup(sealed)], { type: 'application/json' }), name);
	markBackupMade(getRepos().profileId, now);
}

/** The way out when the data cannot be opened: a raw copy of every table, as stored. */
export async function downloadRawCopy(): Promise<void> {
	const { rawExport } = await import('$lib/db/raw-export');
	const { DB_NAME } = await import('$lib/db');
	downloadRows(await rawExport(DB_NAME));
}

/** Rows as stored, as a raw copy file (`kansencirkel-ruwe-kopie-…json`). */
export function downloadRows(copy: unknown): void {
	// Encrypted rows are binary: base64, so the copy keeps them (JSON would drop them as {}).
	const binary = (_: string, v: unknown) =>
		v instanceof ArrayBuffer || ArrayBuffer.isView(v)
			? {
					base64: toBase64(
						v instanceof ArrayBuffer ? v : new Uint8Array(v.buffer, v.byteOffset, v.byteLength)
					)
				}
			: v;
	downloadBlob(
		new Blob([JSON.stringify(copy, binary, '\t')], { type: 'application/json' }),
		rawCopyFileName(new Date())
	);
}
