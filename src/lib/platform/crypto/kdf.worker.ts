import { deriveKekHere, type KdfReply, type KdfRequest } from './derive';

// PBKDF2 with 600,000 iterations blocks for a noticeable moment; here it does not freeze the UI.
// The tsconfig has DOM types, not WebWorker ones, so describe the little of the scope we use.
const scope = self as unknown as {
	onmessage: ((event: MessageEvent<KdfRequest>) => void) | null;
	postMessage(reply: KdfReply): void;
};

scope.onmessage = async ({ data: { id, secret, kdf } }) => {
	try {
		// CryptoKey is structured-cloneable, and stays non-extractable on the other side.
		scope.postMessage({ id, key: await deriveKekHere(secret, kdf) });
	} catch (error) {
		scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
	}
};
