/** The passphrase/PIN does not open this key or box (AES-GCM cannot tell that apart from tampering). */
export class WrongSecretError extends Error {
	constructor(message = 'Wrong passphrase or PIN') {
		super(message);
		this.name = 'WrongSecretError';
	}
}

/** A sealed record failed authentication: wrong data key, wrong aad, or changed bytes. */
export class TamperedError extends Error {
	constructor(message = 'Encrypted record failed authentication') {
		super(message);
		this.name = 'TamperedError';
	}
}

/** Input is not in the expected shape (bad base64, lengths, KDF parameters out of bounds, …). */
export class CryptoFormatError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'CryptoFormatError';
	}
}

/** AES-GCM reports a failed authentication tag as OperationError; anything else is a real bug. */
export function isAuthFailure(error: unknown): boolean {
	return error instanceof Error && error.name === 'OperationError';
}
