import { readBackupBlob, type ParseResult, type ParsedBackup, type ReadProgress } from './backup';

// Reading, decrypting and checking a backup of up to 25 MB takes seconds; here it never
// freezes the page. The page gets the checked records back, or why the file was refused.

export interface BackupReadRequest {
	file: Blob;
	passphrase?: string;
}
/**
 * Progress, then a checked backup's answers in slices (one message of 50,000 answers is a long
 * task on the page while it is unpacked), then the result without its answers.
 */
export type BackupReadReply =
	{ progress: ReadProgress } | { answers: ParsedBackup['answers'] } | { result: ParseResult };

/** Answers per message. */
const ANSWERS_PER_MESSAGE = 2_000;

const scope = self as unknown as {
	onmessage: ((event: MessageEvent<BackupReadRequest>) => void) | null;
	postMessage(reply: BackupReadReply): void;
};

scope.onmessage = ({ data }) => void reply(data);

async function reply({ file, passphrase }: BackupReadRequest): Promise<void> {
	let last = -1;
	const result = await readBackupBlob(file, {
		...(passphrase === undefined ? {} : { passphrase }),
		onProgress: (progress) => {
			// A message per percent at most.
			const step = progress.phase === 'reading' ? Math.floor(progress.fraction * 100) : 101;
			if (step === last) return;
			last = step;
			scope.postMessage({ progress });
		}
	});
	if (!result.ok) {
		scope.postMessage({ result });
		return;
	}
	const { answers } = result.backup;
	for (let i = 0; i < answers.length; i += ANSWERS_PER_MESSAGE) {
		scope.postMessage({ answers: answers.slice(i, i + ANSWERS_PER_MESSAGE) });
	}
	scope.postMessage({ result: { ok: true, backup: { ...result.backup, answers: [] } } });
}
