import type { z } from 'zod';

/** A record was refused at a boundary (storage, a form); `issues` carry message keys for the UI. */
export class ValidationError extends Error {
	constructor(
		message: string,
		readonly issues: { path: PropertyKey[]; message: string }[] = []
	) {
		super(message);
		this.name = 'ValidationError';
	}

	static from(context: string, error: z.ZodError) {
		return new ValidationError(
			`${context}: ${error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`,
			error.issues.map((i) => ({ path: i.path, message: i.message }))
		);
	}
}

export class MissingRecordError extends Error {
	constructor(what: string) {
		super(`${what} not found`);
		// Not "NotFoundError": Dexie would treat that name as its own IndexedDB error.
		this.name = 'MissingRecordError';
	}
}

/**
 * A stored record exists but cannot be read (does not open with this profile's key or fails
 * validation). It is never overwritten without an explicit choice to replace it.
 */
export class DamagedRecordError extends Error {
	constructor(what: string) {
		super(`${what} is damaged`);
		this.name = 'DamagedRecordError';
	}
}
