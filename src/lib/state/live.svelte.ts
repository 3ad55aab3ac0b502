import { observe } from '$lib/db';
import { untrack } from 'svelte';

/**
 * A live database query (`observe`, a Dexie liveQuery inside db/) as Svelte state. Dependencies are explicit because runes cannot see
 * reads that happen after an `await` inside the query. Create it during component init
 * (or inside `$effect.root`): it subscribes while that owner lives.
 */
export class Live<T, D = void> {
	// Raw: every result is a new value from the database, never changed in place, so a deep
	// proxy would only slow down each read (a conversation's answers are read on every tap).
	#current = $state.raw<T | undefined>(undefined);
	#loading = $state(true);
	#error = $state<unknown>(undefined);

	constructor(deps: () => D, query: (deps: D) => Promise<T> | T) {
		$effect(() => {
			const d = deps();
			return untrack(() => {
				this.#loading = true;
				const sub = observe(() => query(d)).subscribe({
					next: (value) => {
						this.#current = value;
						this.#error = undefined;
						this.#loading = false;
					},
					error: (error) => {
						this.#error = error;
						this.#loading = false;
					}
				});
				return () => sub.unsubscribe();
			});
		});
	}

	/** The latest result; `undefined` until the first one arrives. */
	get current(): T | undefined {
		return this.#current;
	}

	get loading(): boolean {
		return this.#loading;
	}

	get error(): unknown {
		return this.#error;
	}
}
