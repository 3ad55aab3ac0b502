import {
	MAX_BACKUP_BYTES,
	type ParseResult,
	type ReadProgress,
	type ParsedBackup,
	type RestorePreview,
	type RestoreResult
} from '$lib/db/backup';
export type { RestoreResult };
import { readBackupFile } from '$lib/db/backup-reader';
import type { BackupErrorKey, RestoreChoice } from '$lib/domain/backup';
import { requestPersistence, storageStatus, type StorageStatus } from '$lib/platform/storage';
import { lastBackupAt } from './backup-status';
import { getRepos } from './repos';

type RestoreState =
	| { step: 'idle' }
	| { step: 'reading'; progress?: ReadProgress }
	| { step: 'passphrase'; file: File; wrong: boolean }
	| { step: 'error'; error: BackupErrorKey | 'restoreFailed' }
	| { step: 'preview'; backup: ParsedBackup; preview: RestorePreview }
	| { step: 'done'; result: RestoreResult };

/** Instellingen → Gegevens: storage status, backups, and restoring a backup file. */
export class DataSettings {
	storage = $state<StorageStatus | undefined>(undefined);
	lastBackup = $state<number | null>(null);
	// Raw: the parsed file goes to IndexedDB as is, and proxies cannot be stored.
	restore = $state.raw<RestoreState>({ step: 'idle' });
	choice = $state<RestoreChoice>('skip');
	busy = $state(false);
	/** Which file read is the current one: a later choice or cancel makes an earlier one moot. */
	#read = 0;

	async load(): Promise<void> {
		this.lastBackup = lastBackupAt(getRepos().profileId);
		this.storage = await storageStatus();
	}

	async askPersistence(): Promise<void> {
		await requestPersistence();
		this.storage = await storageStatus();
	}

	backupMade(): void {
		this.lastBackup = lastBackupAt(getRepos().profileId);
	}

	/** Reads and checks the whole file; nothing is written until `confirm`. */
	async open(file: File): Promise<void> {
		// Too big: refused before a single byte is read.
		if (file.size > MAX_BACKUP_BYTES) {
			this.restore = { step: 'error', error: 'tooLarge' };
			return;
		}
		const read = ++this.#read;
		this.restore = { step: 'reading' };
		// Read and checked in a worker: the page stays responsive, with progress for big files.
		const parsed = await readBackupFile(file, {
			onProgress: (progress) => {
				if (read === this.#read) this.restore = { step: 'reading', progress };
			}
		});
		if (read !== this.#read) return; // cancelled or another file meanwhile
		if (!parsed.ok && parsed.error === 'encrypted') {
			this.restore = { step: 'passphrase', file, wrong: false };
			return;
		}
		await this.#preview(parsed);
	}

	/** An encrypted file: nothing is written until it opens and passes every check. */
	async decrypt(passphrase: string): Promise<void> {
		if (this.restore.step !== 'passphrase') return;
		const { file } = this.restore;
		this.busy = true;
		try {
			const parsed = await readBackupFile(file, { passphrase });
			if (!parsed.ok && parsed.error === 'wrongPassphrase') {
				this.restore = { step: 'passphrase', file, wrong: true };
				return;
			}
			await this.#preview(parsed);
		} finally {
			this.busy = false;
		}
	}

	async #preview(parsed: ParseResult): Promise<void> {
		if (!parsed.ok) {
			this.restore = { step: 'error', error: parsed.error };
			return;
		}
		const preview = await getRepos().backups.preview(parsed.backup);
		this.choice = 'skip';
		this.restore = { step: 'preview', backup: parsed.backup, preview };
	}

	async confirm(): Promise<void> {
		if (this.restore.step !== 'preview') return;
		this.busy = true;
		try {
			const result = await getRepos().backups.restore(this.restore.backup, this.choice);
			this.restore = { step: 'done', result };
		} catch {
			this.restore = { step: 'error', error: 'restoreFailed' };
		} finally {
			this.busy = false;
		}
	}

	cancel(): void {
		this.#read++;
		this.restore = { step: 'idle' };
	}
}
