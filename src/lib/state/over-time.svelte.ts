import type { Answer } from '$lib/domain/answer';
import type { Conversation } from '$lib/domain/conversation';
import type { Participant } from '$lib/domain/participant';
import { planPeople, type Plan, type PlanPerson } from '$lib/domain/plan';
import {
	actionsOverSeries,
	seriesView,
	type MomentActions,
	type SeriesView
} from '$lib/domain/series-change';
import { hasEarlierInSeries, seriesMembers, seriesOf } from '$lib/domain/series';
import { Live } from './live.svelte';
import { getRepos } from './repos';

/** One conversation of the series with what the over-time views draw from it. */
export interface SeriesMember {
	conversation: Conversation;
	answers: Answer[];
	plan: Plan | undefined;
}

interface Loaded {
	conversation: Conversation | undefined;
	/** Every conversation of its series on this device, oldest first (itself included). */
	members: SeriesMember[];
}

/**
 * Change over time ("Verloop", issue 14) seen from one conversation: every conversation of its
 * series on this device with its answers and plan, live, and per child the series view the
 * wheel over time, the lines per element and the summary draw.
 */
export class OverTime {
	#live: Live<Loaded, string | null>;

	constructor(id: () => string | null) {
		this.#live = new Live(id, async (current): Promise<Loaded> => {
			if (!current) return { conversation: undefined, members: [] };
			const { conversations, answers, plans } = getRepos();
			const conversation = await conversations.get(current);
			if (!conversation) return { conversation, members: [] };
			const ids = seriesMembers(await conversations.list(), seriesOf(conversation)).map(
				(c) => c.id
			);
			const members = await Promise.all(
				ids.map(async (memberId): Promise<SeriesMember | undefined> => {
					const c = memberId === current ? conversation : await conversations.get(memberId);
					if (!c) return undefined;
					const [a, plan] = await Promise.all([
						answers.forConversation(memberId),
						plans.get(memberId).catch(() => undefined)
					]);
					return { conversation: c, answers: a, plan };
				})
			);
			return { conversation, members: members.filter((m) => m !== undefined) };
		});
	}

	get loading(): boolean {
		return this.#live.loading;
	}

	get error(): unknown {
		return this.#live.error;
	}

	get conversation(): Conversation | undefined {
		return this.#live.current?.conversation;
	}

	get notFound(): boolean {
		return !this.loading && !this.error && !this.conversation;
	}

	get members(): SeriesMember[] {
		return this.#live.current?.members ?? [];
	}

	/** The children of this conversation, in its order: the over-time views are per child. */
	get children(): Participant[] {
		const c = this.conversation;
		if (!c) return [];
		return c.children
			.map((id) => c.participants.find((p) => p.id === id))
			.filter((p): p is Participant => p !== undefined);
	}

	// One view per child, worked out once per database result.
	#views = $derived.by(() => {
		const inputs = this.members.map((m) => ({
			...m.conversation,
			answers: m.answers
		}));
		return Object.fromEntries(
			this.children.map((child) => [child.id, seriesView(inputs, child.id)])
		) as Partial<Record<string, SeriesView>>;
	});

	/** The series seen from one child. */
	view(childId: string): SeriesView | undefined {
		return this.#views[childId];
	}

	/** Which actions were done, per follow-up, for this child and the whole family. */
	actions(childId: string): MomentActions[] {
		const view = this.view(childId);
		if (!view) return [];
		return actionsOverSeries(
			view,
			this.members.map((m) => m.conversation),
			(id) => this.members.find((m) => m.conversation.id === id)?.plan
		);
	}

	/** The people a plan's actions name: that conversation's participants and supporters. */
	planPeople(conversationId: string): PlanPerson[] {
		const member = this.members.find((m) => m.conversation.id === conversationId);
		if (!member?.plan) return [];
		return planPeople(member.conversation.participants, member.plan);
	}
}

/**
 * Whether this conversation has an earlier one of its series on this device: only then do the
 * overview and the plan link to the Verloop screen.
 */
export class EarlierInSeries {
	#live: Live<boolean, string | null>;

	constructor(id: () => string | null) {
		this.#live = new Live(id, async (current) => {
			if (!current) return false;
			return hasEarlierInSeries(await getRepos().conversations.list(), current);
		});
	}

	get current(): boolean {
		return this.#live.current ?? false;
	}
}
