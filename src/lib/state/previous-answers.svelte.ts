import type { Conversation } from '$lib/domain/conversation';
import type { ElementId } from '$lib/domain/elements';
import {
	previousAnswer,
	previousIdOf,
	type PreviousAnswer,
	type PreviousConversation,
	type Viewer
} from '$lib/domain/previous-answers';
import { Live } from './live.svelte';
import { getRepos } from './repos';

/**
 * The switch "Vorige keer tonen": on by default, in memory only, so it stays as the coach set
 * it while they walk the elements and is on again after a reload.
 */
class PreviousShown {
	on = $state(true);
}

export const previousShown = new PreviousShown();

/**
 * Last time's answers for a follow-up conversation (issue 14): the previous conversation of the
 * series and its answers, live. What a viewer may see of them is the domain's rule
 * (previous-answers.ts); nothing else leaves this class.
 */
export class PreviousAnswers {
	#live: Live<PreviousConversation | undefined, string | null>;

	constructor(conversation: () => Conversation | undefined) {
		this.#live = new Live(
			() => {
				const c = conversation();
				// Only a follow-up has one; the id of the conversation is enough to find the series.
				if (!c || (!c.lookBack && (c.sequence ?? 1) <= 1)) return null;
				return c.lookBack ? `id:${c.lookBack.previousId}` : `series:${c.id}`;
			},
			async (key) => {
				if (!key) return undefined;
				const { conversations, answers } = getRepos();
				let previousId: string | undefined;
				if (key.startsWith('id:')) previousId = key.slice(3);
				else {
					const current = await conversations.get(key.slice(7));
					if (current) previousId = previousIdOf(current, await conversations.list());
				}
				if (!previousId) return undefined;
				const previous = await conversations.get(previousId);
				if (!previous) return undefined;
				return { conversation: previous, answers: await answers.forConversation(previousId) };
			}
		);
	}

	/** Whether there is a previous conversation on this device to show answers from. */
	get available(): boolean {
		return this.#live.current !== undefined;
	}

	/** Last time's answer for one card, as far as `viewer` may see it and the switch is on. */
	for(
		viewer: Viewer,
		participantId: string,
		childId: string,
		elementId: ElementId
	): PreviousAnswer | null {
		if (!previousShown.on) return null;
		return previousAnswer(this.#live.current, viewer, participantId, childId, elementId);
	}
}
