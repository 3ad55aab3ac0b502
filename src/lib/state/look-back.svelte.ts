import type { Conversation } from '$lib/domain/conversation';
import type { ElementId } from '$lib/domain/elements';
import type { Plan } from '$lib/domain/plan';
import {
	lookBackProgress,
	withActionLookBack,
	withGoalRating,
	type ActionLookBack,
	type GoalRating,
	type LookBack
} from '$lib/domain/series';
import { Autosaver } from './autosave.svelte';
import { Live } from './live.svelte';
import { getRepos } from './repos';

interface Loaded {
	conversation: Conversation | undefined;
	/** The conversation looked back at, and its plan (either may be gone from this device). */
	previous: Conversation | undefined;
	plan: Plan | undefined;
}

/** A change to one action (`action:<id>`) or one goal (`goal:<element>`) of the look-back. */
export type LookBackPatch = Partial<Pick<ActionLookBack, 'outcome' | 'note'>> & {
	rating?: GoalRating;
};

const ACTION = 'action:';
const GOAL = 'goal:';

function applied(lookBack: LookBack, key: string, patch: LookBackPatch): LookBack {
	if (key.startsWith(GOAL)) {
		return patch.rating === undefined
			? lookBack
			: withGoalRating(lookBack, key.slice(GOAL.length) as ElementId, patch.rating);
	}
	const change: Pick<LookBackPatch, 'outcome' | 'note'> = {};
	if (patch.outcome !== undefined) change.outcome = patch.outcome;
	if (patch.note !== undefined) change.note = patch.note;
	return withActionLookBack(lookBack, key.slice(ACTION.length), change);
}

/**
 * A follow-up's look-back at the previous plan (issue 14) while it is open: the stored record,
 * live, with the marks and notes on their way to storage on top, so what is shown never jumps
 * back while a write is slow.
 */
export class LookBackSession {
	#live: Live<Loaded, string | null>;
	readonly saver: Autosaver<LookBackPatch, Conversation>;
	#id: () => string | null;

	constructor(id: () => string | null) {
		this.#id = id;
		this.#live = new Live(id, async (current) => {
			const none = { conversation: undefined, previous: undefined, plan: undefined };
			if (!current) return none;
			const { conversations, plans } = getRepos();
			const conversation = await conversations.get(current);
			const previousId = conversation?.lookBack?.previousId;
			if (!previousId) return { ...none, conversation };
			const [previous, plan] = await Promise.all([
				conversations.get(previousId),
				plans.get(previousId)
			]);
			return { conversation, previous, plan };
		});
		this.saver = new Autosaver<LookBackPatch, Conversation>((key, patch) => {
			const id = this.#id();
			if (!id) return Promise.reject(new Error('no conversation'));
			return getRepos().conversations.changeLookBack(id, (lb) => applied(lb, key, patch));
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

	/** The plan looked back at; undefined when it is no longer on this device. */
	get plan(): Plan | undefined {
		return this.#live.current?.plan;
	}

	/** The people of the previous conversation (who the plan's actions name). */
	get previous(): Conversation | undefined {
		return this.#live.current?.previous;
	}

	/** What is stored, with every change still on its way on top. */
	get lookBack(): LookBack | undefined {
		const stored = this.conversation?.lookBack;
		if (!stored) return undefined;
		return this.saver.pendingKeys.reduce(
			(lb, key) => applied(lb, key, this.saver.pending(key) ?? {}),
			stored
		);
	}

	get progress(): { done: number; total: number } {
		const plan = this.plan;
		const lb = this.lookBack;
		return plan && lb ? lookBackProgress(plan, lb) : { done: 0, total: 0 };
	}

	action(actionId: string): ActionLookBack {
		return (
			this.lookBack?.actions.find((a) => a.actionId === actionId) ?? {
				actionId,
				outcome: null,
				note: ''
			}
		);
	}

	rating(elementId: ElementId): GoalRating | null {
		return this.lookBack?.goals.find((g) => g.elementId === elementId)?.rating ?? null;
	}

	mark(actionId: string, change: Pick<LookBackPatch, 'outcome' | 'note'>): void {
		this.saver.queue(`${ACTION}${actionId}`, change);
	}

	rate(elementId: ElementId, rating: GoalRating): void {
		this.saver.queue(`${GOAL}${elementId}`, { rating });
	}

	flush(): Promise<void> {
		return this.saver.flush();
	}

	get failing(): boolean {
		return this.saver.failing;
	}
}
