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

/**
 * The home list: every conversation and class session on this device, newest first, filtered
 * by title; the ones that cannot be read apart, as damaged.
 */
export class ConversationList {
	filter = $state('');
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

	get damaged(): DamagedItem[] {
		const loaded = this.#live.current;
		if (!loaded) return [];
		return [
			...loaded.conversations.filter((c): c is DamagedConversation => 'damaged' in c),
			...loaded.classes
				.filter((c): c is DamagedConversation => 'damaged' in c)
				.map((c) => ({ ...c, klas: true as const }))
		];
	}

	/**
	 * "Om op terug te kijken": conversations whose look-back date is past or near, with no
	 * follow-up started yet; on the device's calendar day of when home was loaded.
	 */
	/** Conversations with a follow-up started after them: their look-back date is not due. */
	#followedUp = $derived.by((): readonly string[] => {
		const readable = this.#all.filter((c): c is ConversationSummary => c.kind !== 'klas');
		const latest = latestOfSeries(readable);
		return readable.filter((c) => !latest.includes(c)).map((c) => c.id);
	});

	get followedUp(): readonly string[] {
		return this.#followedUp;
	}

	get due(): (ConversationSummary & { due: 'overdue' | 'soon' })[] {
		const loaded = this.#live.current;
		if (!loaded) return [];
		const readable = loaded.conversations.filter(
			(c): c is ConversationSummary => !('damaged' in c)
		);
		return dueForLookBack(readable, Date.now());
	}

	get visible(): HomeItem[] {
		const q = this.filter.trim().toLocaleLowerCase('nl');
		if (!q) return this.all;
		return this.all.filter((c) => c.title.toLocaleLowerCase('nl').includes(q));
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
