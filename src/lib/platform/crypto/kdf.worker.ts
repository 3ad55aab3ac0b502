import { deriveKekHere, type KdfReply, type KdfRequest } from './derive';

// PBKDF2 with 600,000 iterations blocks for a noticeable moment; here it does not freeze the UI.
// Only the little of the worker scope we use, typed with our own messages.
const scope = self as unknown as {
	onmessage: ((event: MessageEvent<KdfRequest>) => void) | null;
	postMessage(reply: KdfReply): void;
};

scope.onmessage = ({ data }) => void reply(data);

/** Every failure becomes an error reply, so the page always hears back. */
async function reply({ id, secret, kdf }: KdfRequest): Promise<void> {
	try {
		// CryptoKey is structured-cloneable, and stays non-extractable on the other side.
		scope.postMessage({ id, key: await deriveKekHere(secret, kdf) });
	} catch (error) {
		scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
	}
}
