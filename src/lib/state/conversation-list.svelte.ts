import type { ConversationSummary } from '$lib/domain/conversation';
import { Live } from './live.svelte';
import { getRepos } from './repos';

/** The home list: every conversation on this device, newest first, filtered by title. */
export class ConversationList {
	filter = $state('');
	#live = new Live(
		() => undefined,
		() => getRepos().conversations.list()
	);

	get loading(): boolean {
		return this.#live.loading;
	}

	get error(): unknown {
		return this.#live.error;
	}

	get all(): ConversationSummary[] {
		return this.#live.current ?? [];
	}

	get visible(): ConversationSummary[] {
		const q = this.filter.trim().toLocaleLowerCase('nl');
		if (!q) return this.all;
		return this.all.filter((c) => c.title.toLocaleLowerCase('nl').includes(q));
	}
}
