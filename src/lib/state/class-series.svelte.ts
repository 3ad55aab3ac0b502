import type { ClassRecord } from '$lib/domain/class-session';
import {
	compareSeries,
	comparedSessions,
	previousInSeries,
	type SeriesComparison
} from '$lib/domain/class-series';
import { Live } from './live.svelte';
import { getRepos } from './repos';

/**
 * A class session and the earlier sessions of its series (the same group, other terms), live:
 * what the comparison screen and the "Afspraken van vorige keer" on the agreements page read.
 */
export class ClassSeriesState {
	#id: () => string | null;
	#live: Live<ClassRecord[], string | null>;

	constructor(id: () => string | null) {
		this.#id = id;
		this.#live = new Live(id, async (current) =>
			current ? getRepos().classSessions.series(current) : []
		);
	}

	/** The session asked for; undefined while loading or when it is not there. */
	readonly focus = $derived.by(() =>
		(this.#live.current ?? []).find((r) => r.session.id === this.#id())
	);

	/** The focus and the sessions before it, oldest first, as many as fit side by side. */
	readonly compared = $derived.by<ClassRecord[]>(() =>
		this.focus ? comparedSessions(this.#live.current ?? [], this.focus) : []
	);

	readonly comparison = $derived.by<SeriesComparison | undefined>(() =>
		this.compared.length > 0 ? compareSeries(this.compared) : undefined
	);

	/** The session just before the focus in its series, when it is on this device. */
	readonly previous = $derived.by<ClassRecord | null>(() =>
		this.focus ? previousInSeries(this.#live.current ?? [], this.focus) : null
	);

	get hasEarlier(): boolean {
		return this.previous !== null;
	}

	get loading(): boolean {
		return this.#live.loading;
	}

	get error(): unknown {
		return this.#live.error;
	}

	get notFound(): boolean {
		return !this.#live.loading && !this.#live.error && !this.focus;
	}
}
