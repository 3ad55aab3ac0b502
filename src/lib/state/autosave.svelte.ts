export type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

type Batch<P> = Record<string, P>;

const RETRY_MS = 5000;
/** While typing goes on, a save starts at the latest this long after the oldest unsaved edit. */
export const MAX_WAIT_MS = 400;

/**
 * Debounced, per-key autosave. Changes to the same key merge; a failed write keeps its
 * changes queued (newer edits on top) so nothing typed is ever dropped. Changes stay
 * visible through `pending()` until their write has succeeded, so the screen never shows
 * an older stored value while a write is on its way.
 *
 * Each change restarts the short `delay`, but never past `maxWait` after the oldest change
 * not yet sent: steady typing is saved every `maxWait` while it goes on, so a killed browser
 * loses at most that much (plus the time of one write).
 */
export class Autosaver<P extends object, R = void> {
	/** Queued, not sent yet. */
	#queued = $state<Batch<P>>({});
	/** Sent, waiting for the database. */
	#inflight = $state<Batch<P>>({});
	#status = $state<SaveStatus>('idle');
	#error = $state<unknown>(undefined);
	#timer: ReturnType<typeof setTimeout> | undefined;
	#maxTimer: ReturnType<typeof setTimeout> | undefined;
	#running: Promise<void> | undefined;
	/** Counts changes; a write covers every change up to the count when its batch was taken. */
	#seq = 0;

	constructor(
		private readonly write: (key: string, patch: P) => Promise<R>,
		/** `covers`: the `seq` at the moment the stored batch was taken (it holds every change up to it). */
		private readonly onSaved: (key: string, result: R, covers: number) => void = () => {},
		private readonly delay = 300,
		private readonly maxWait = MAX_WAIT_MS
	) {}

	/** The number of changes queued so far (see `onSaved`). */
	get seq(): number {
		return this.#seq;
	}

	/** A write failed and its changes wait for a retry: they are not stored. */
	get failing(): boolean {
		return this.#status === 'error';
	}

	get status(): SaveStatus {
		return this.#status;
	}

	get error(): unknown {
		return this.#error;
	}

	/** The changes for this key that are not stored yet (queued or on their way). */
	pending(key: string): P | undefined {
		const inflight = this.#inflight[key];
		const queued = this.#queued[key];
		if (!inflight) return queued;
		return queued ? ({ ...inflight, ...queued } as P) : inflight;
	}

	get hasPending(): boolean {
		return Object.keys(this.#queued).length + Object.keys(this.#inflight).length > 0;
	}

	/** Every key with changes that are not stored yet. */
	get pendingKeys(): string[] {
		const queued = Object.keys(this.#queued);
		return [...Object.keys(this.#inflight).filter((k) => !(k in this.#queued)), ...queued];
	}

	queue(key: string, patch: P): void {
		this.#seq += 1;
		this.#queued[key] = { ...this.#queued[key], ...patch } as P;
		// A failed write stays 'error' until a write succeeds: the text is not stored yet.
		if (this.#status !== 'error') this.#status = 'pending';
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.flush(), this.delay);
		this.#maxTimer ??= setTimeout(() => void this.flush(), this.maxWait);
	}

	/** Writes everything queued now; resolves when stored (or failed and re-queued). */
	async flush(): Promise<void> {
		clearTimeout(this.#timer);
		this.#timer = undefined;
		while (this.#running) await this.#running;
		const keys = Object.keys(this.#queued);
		if (keys.length === 0) return;
		// Changes from now on are newer than this batch: their max wait starts with the first.
		clearTimeout(this.#maxTimer);
		this.#maxTimer = undefined;
		clearTimeout(this.#timer);
		this.#timer = undefined;
		const batch: Batch<P> = {};
		for (const key of keys) batch[key] = this.#queued[key]!;
		this.#inflight = batch;
		this.#queued = {};
		if (this.#status !== 'error') this.#status = 'saving';
		this.#running = this.#writeAll(batch, keys, this.#seq);
		try {
			await this.#running;
		} finally {
			this.#running = undefined;
		}
	}

	async #writeAll(batch: Batch<P>, keys: string[], covers: number): Promise<void> {
		let failed = false;
		for (const key of keys) {
			try {
				const result = await this.write(key, batch[key]!);
				this.onSaved(key, result, covers);
			} catch (error) {
				failed = true;
				this.#error = error;
				// Edits made while this write ran are newer: they stay on top.
				this.#queued[key] = { ...batch[key], ...this.#queued[key] } as P;
			}
			delete this.#inflight[key];
		}
		if (failed) {
			this.#status = 'error';
			clearTimeout(this.#timer);
			// Locked meanwhile: the key is gone, retrying could only overwrite newer edits later.
			if ((this.#error as Error | undefined)?.name === 'LockedError') return;
			// Try again by itself in a while (storage may be free again); typing retries sooner.
			this.#timer = setTimeout(() => void this.flush(), RETRY_MS);
		} else if (this.hasPending) this.#status = 'pending';
		else {
			this.#status = 'saved';
			this.#error = undefined;
		}
	}
}
