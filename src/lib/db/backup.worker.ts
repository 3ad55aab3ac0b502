import { readBackupBlob, type ParseResult, type ReadProgress } from './backup';

// Reading, decrypting and checking a backup of up to 25 MB takes seconds; here it never
// freezes the page. The page gets the checked records back, or why the file was refused.

export interface BackupReadRequest {
	file: Blob;
	passphrase?: string;
}
export type BackupReadReply = { progress: ReadProgress } | { result: ParseResult };

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
	scope.postMessage({ result });
}
