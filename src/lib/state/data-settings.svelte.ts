import {
	applyRestore,
	parseBackup,
	previewRestore,
	type BackupErrorKey,
	type ParsedBackup,
	type RestoreChoice,
	type RestorePreview,
	type RestoreResult
} from '$lib/db/backup';
import { requestPersistence, storageStatus, type StorageStatus } from '$lib/platform/storage';
import { downloadBackup } from './backup-download';
import { lastBackupAt } from './backup-status';
import { getRepos } from './repos';

type RestoreState =
	| { step: 'idle' }
	| { step: 'reading' }
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

	async load(): Promise<void> {
		this.lastBackup = lastBackupAt();
		this.storage = await storageStatus();
	}

	async askPersistence(): Promise<void> {
		await requestPersistence();
		this.storage = await storageStatus();
	}

	async backupAll(): Promise<void> {
		this.busy = true;
		try {
			await downloadBackup();
			this.lastBackup = lastBackupAt();
		} finally {
			this.busy = false;
		}
	}

	/** Reads and checks the whole file; nothing is written until `confirm`. */
	async open(file: File): Promise<void> {
		this.restore = { step: 'reading' };
		const parsed = parseBackup(await file.text());
		if (!parsed.ok) {
			this.restore = { step: 'error', error: parsed.error };
			return;
		}
		const preview = await previewRestore(getRepos(), parsed.backup);
		this.choice = 'skip';
		this.restore = { step: 'preview', backup: parsed.backup, preview };
	}

	async confirm(): Promise<void> {
		if (this.restore.step !== 'preview') return;
		this.busy = true;
		try {
			const result = await applyRestore(getRepos(), this.restore.backup, this.choice);
			this.restore = { step: 'done', result };
		} catch {
			this.restore = { step: 'error', error: 'restoreFailed' };
		} finally {
			this.busy = false;
		}
	}

	cancel(): void {
		this.restore = { step: 'idle' };
	}
}
