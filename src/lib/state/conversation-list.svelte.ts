import type { ClassSessionSummary } from '$lib/domain/class-session';
import type { ConversationSummary, DamagedConversation } from '$lib/domain/conversation';
import { forgetUnsaved } from '$lib/db/journal';
import { dueForLookBack, latestOfSeries } from '$lib/domain/series';
import { downloadRows } from './backup-download';
import { Live } from './live.svelte';
import { getRepos } from './repos';

/** A line of the home list: a family conversation or self-reflection, or a class session. */
export type HomeItem = ConversationSummary | ClassSessionSummary;

/** Something on the home list that cannot be read; `klas` says which store it is in. */
export type DamagedItem = DamagedConversation & { klas?: true };

/** How many cards home shows at first, and how many more each "Toon meer" adds. */
export const PAGE_SIZE = 24;

/**
 * The home list: every conversation and class session on this device, newest first, filtered
 * by title; the ones that cannot be read apart, as damaged. The filter searches them all; only
 * the first `PAGE_SIZE` that match are on screen until more are asked for (500 cards cost a
 * cheap tablet seconds to lay out).
 */
export class ConversationList {
	#filter = $state('');
	#shown = $state(PAGE_SIZE);

	get filter(): string {
		return this.#filter;
	}

	/** A new search starts again with the first page of what it finds. */
	set filter(value: string) {
		this.#filter = value;
		this.#shown = PAGE_SIZE;
	}
	#live = new Live(
		() => undefined,
		async () => {
			const repos = getRepos();
			const [conversations, classes] = await Promise.all([
				repos.conversations.entries(),
				repos.classSessions.entries()
			]);
			return { conversations, classes };
		}
	);

	get loading(): boolean {
		return this.#live.loading;
	}

	get error(): unknown {
		return this.#live.error;
	}

	#all = $derived.by((): HomeItem[] => {
		const loaded = this.#live.current;
		if (!loaded) return [];
		const items: HomeItem[] = [
			...loaded.conversations.filter((c): c is ConversationSummary => !('damaged' in c)),
			...loaded.classes.filter((c): c is ClassSessionSummary => !('damaged' in c))
		];
		return items.sort((a, b) => b.updatedAt - a.updatedAt);
	});

	get all(): HomeItem[] {
		return this.#all;
	}

	#damaged = $derived.by((): DamagedItem[] => {
		const loaded = this.#live.current;
		if (!loaded) return [];
		return [
			...loaded.conversations.filter((c): c is DamagedConversation => 'damaged' in c),
			...loaded.classes
				.filter((c): c is DamagedConversation => 'damaged' in c)
				.map((c) => ({ ...c, klas: true as const }))
		];
	});

	get damaged(): DamagedItem[] {
		return this.#damaged;
	}

	/**
	 * "Om op terug te kijken": conversations whose look-back date is past or near, with no
	 * follow-up started yet; on the device's calendar day of when home was loaded.
	 */
	/** Conversations with a follow-up started after them: their look-back date is not due. */
	#followedUp = $derived.by((): ReadonlySet<string> => {
		const readable = this.#all.filter((c): c is ConversationSummary => c.kind !== 'klas');
		// Plain sets: made anew from each result and never changed, so nothing to track.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		const latest = new Set(latestOfSeries(readable));
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		return new Set(readable.filter((c) => !latest.has(c)).map((c) => c.id));
	});

	get followedUp(): ReadonlySet<string> {
		return this.#followedUp;
	}

	#due = $derived.by((): (ConversationSummary & { due: 'overdue' | 'soon' })[] => {
		const loaded = this.#live.current;
		if (!loaded) return [];
		const readable = loaded.conversations.filter(
			(c): c is ConversationSummary => !('damaged' in c)
		);
		return dueForLookBack(readable, Date.now());
	});

	get due(): (ConversationSummary & { due: 'overdue' | 'soon' })[] {
		return this.#due;
	}

	/** Every item whose title matches the filter (all of them without one). */
	#visible = $derived.by((): HomeItem[] => {
		const q = this.#filter.trim().toLocaleLowerCase('nl');
		if (!q) return this.#all;
		return this.#all.filter((c) => c.title.toLocaleLowerCase('nl').includes(q));
	});

	get visible(): HomeItem[] {
		return this.#visible;
	}

	/** The matching items on screen now: the first pages of `visible`. */
	get page(): HomeItem[] {
		return this.#visible.length > this.#shown ? this.#visible.slice(0, this.#shown) : this.#visible;
	}

	/** How many matching items are not on screen yet. */
	get hidden(): number {
		return Math.max(0, this.#visible.length - this.#shown);
	}

	/** Puts the next page on screen; returns the index of its first item. */
	showMore(): number {
		const first = Math.min(this.#shown, this.#visible.length);
		this.#shown += PAGE_SIZE;
		return first;
	}

	/** Downloads a damaged item's rows as stored (still encrypted), to keep before deleting. */
	async saveRawCopy(item: DamagedItem): Promise<void> {
		const repos = getRepos();
		downloadRows(
			item.klas
				? await repos.classSessions.rawRows(item.id)
				: await repos.conversations.rawRows(item.id)
		);
	}

	/** Removes a damaged item with whatever it holds. */
	async remove(item: DamagedItem): Promise<void> {
		const repos = getRepos();
		if (item.klas) await repos.classSessions.delete(item.id);
		else {
			await repos.conversations.delete(item.id);
			forgetUnsaved(localStorage, item.id);
		}
	}
}
