import { readBackupBlob, type ParseResult, type ParsedBackup, type ReadProgress } from './backup';
import type { BackupReadReply, BackupReadRequest } from './backup.worker';

/**
 * Reads and checks a backup file off the page's thread (backup.worker.ts), so the page stays
 * responsive whatever the file holds. Where no worker can run (node tests, a failed load) the
 * same reading runs here. `signal` stops the worker.
 */
export function readBackupFile(
	file: Blob,
	opts: { passphrase?: string; onProgress?: (p: ReadProgress) => void; signal?: AbortSignal } = {}
): Promise<ParseResult> {
	const here = () => readBackupBlob(file, opts);
	if (typeof Worker === 'undefined') return here();
	let worker: Worker;
	try {
		worker = new Worker(new URL('./backup.worker.ts', import.meta.url), { type: 'module' });
	} catch {
		return here();
	}
	return new Promise<ParseResult>((resolve) => {
		const done = (result: Promise<ParseResult> | ParseResult) => {
			worker.terminate();
			opts.signal?.removeEventListener('abort', abort);
			resolve(result);
		};
		const abort = () => done({ ok: false, error: 'corrupt', detail: 'cancelled' });
		opts.signal?.addEventListener('abort', abort, { once: true });
		const answers: ParsedBackup['answers'][number][] = [];
		worker.addEventListener('message', ({ data }: MessageEvent<BackupReadReply>) => {
			if ('progress' in data) opts.onProgress?.(data.progress);
			else if ('answers' in data) answers.push(...data.answers);
			else if (data.result.ok) done({ ok: true, backup: { ...data.result.backup, answers } });
			else done(data.result);
		});
		// A script that fails to load (blocked, offline without cache): read here instead.
		worker.addEventListener('error', (event) => {
			event.preventDefault();
			done(here());
		});
		worker.addEventListener('messageerror', () => done(here()));
		const request: BackupReadRequest =
			opts.passphrase === undefined ? { file } : { file, passphrase: opts.passphrase };
		worker.postMessage(request);
	});
}
