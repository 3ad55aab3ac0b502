import type { ConversationSummary, DamagedConversation } from '$lib/domain/conversation';
import { forgetUnsaved } from '$lib/db/journal';
import { downloadRows } from './backup-download';
import { Live } from './live.svelte';
import { getRepos } from './repos';

/**
 * The home list: every conversation on this device, newest first, filtered by title; the
 * ones that cannot be read apart, as damaged.
 */
export class ConversationList {
	filter = $state('');
	#live = new Live(
		() => undefined,
		() => getRepos().conversations.entries()
	);

	get loading(): boolean {
		return this.#live.loading;
	}

	get error(): unknown {
		return this.#live.error;
	}

	get all(): ConversationSummary[] {
		return (this.#live.current ?? []).filter((c): c is ConversationSummary => !('damaged' in c));
	}

	get damaged(): DamagedConversation[] {
		return (this.#live.current ?? []).filter((c): c is DamagedConversation => 'damaged' in c);
	}

	get visible(): ConversationSummary[] {
		const q = this.filter.trim().toLocaleLowerCase('nl');
		if (!q) return this.all;
		return this.all.filter((c) => c.title.toLocaleLowerCase('nl').includes(q));
	}

	/** Downloads a damaged conversation's rows as stored (still encrypted), to keep before deleting. */
	async saveRawCopy(id: string): Promise<void> {
		downloadRows(await getRepos().conversations.rawRows(id));
	}

	/** Removes a damaged conversation with whatever answers and plan it has. */
	async remove(id: string): Promise<void> {
		await getRepos().conversations.delete(id);
		forgetUnsaved(localStorage, id);
	}
}
