export type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

/**
 * Debounced, per-key autosave. Changes to the same key merge; a failed write keeps its
 * changes queued (newer edits on top) so nothing typed is ever dropped.
 */
export class Autosaver<P extends object, R = void> {
	#pending = $state<Record<string, P>>({});
	#status = $state<SaveStatus>('idle');
	#error = $state<unknown>(undefined);
	#timer: ReturnType<typeof setTimeout> | undefined;
	#running: Promise<void> | undefined;

	constructor(
		private readonly write: (key: string, patch: P) => Promise<R>,
		private readonly onSaved: (key: string, result: R) => void = () => {},
		private readonly delay = 300
	) {}

	get status(): SaveStatus {
		return this.#status;
	}

	get error(): unknown {
		return this.#error;
	}

	/** The changes for this key that are not stored yet. */
	pending(key: string): P | undefined {
		return this.#pending[key];
	}

	get hasPending(): boolean {
		return Object.keys(this.#pending).length > 0;
	}

	queue(key: string, patch: P): void {
		this.#pending[key] = { ...this.#pending[key], ...patch } as P;
		this.#status = 'pending';
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.flush(), this.delay);
	}

	/** Writes everything queued now; resolves when stored (or failed and re-queued). */
	async flush(): Promise<void> {
		clearTimeout(this.#timer);
		this.#timer = undefined;
		while (this.#running) await this.#running;
		const batch = this.#pending;
		const keys = Object.keys(batch);
		if (keys.length === 0) return;
		this.#pending = {};
		this.#status = 'saving';
		this.#running = this.#writeAll(batch, keys);
		try {
			await this.#running;
		} finally {
			this.#running = undefined;
		}
	}

	async #writeAll(batch: Record<string, P>, keys: string[]): Promise<void> {
		let failed = false;
		for (const key of keys) {
			const patch = batch[key]!;
			try {
				const result = await this.write(key, patch);
				this.onSaved(key, result);
			} catch (error) {
				failed = true;
				this.#error = error;
				// Edits made while this write ran are newer: they stay on top.
				this.#pending[key] = { ...patch, ...this.#pending[key] } as P;
			}
		}
		if (failed) this.#status = 'error';
		else if (Object.keys(this.#pending).length > 0) this.#status = 'pending';
		else {
			this.#status = 'saved';
			this.#error = undefined;
		}
	}
}
