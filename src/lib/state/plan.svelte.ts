import {
	editPlan,
	emptyPlan,
	planStatus,
	setAgreement,
	type Plan,
	type PlanContent,
	type PlanStatus
} from '$lib/domain/plan';
import { Autosaver } from './autosave.svelte';
import { ConversationSession } from './conversation.svelte';
import { Live } from './live.svelte';
import { getRepos } from './repos';

/**
 * The plan builder's state: the open conversation plus its plan. While the page is open the
 * local draft is what the screen shows and edits; every change is saved (debounced).
 */
export class PlanSession {
	readonly conversation: ConversationSession;
	#stored: Live<{ plan: Plan | undefined }, string | null>;
	#draft = $state<Plan | undefined>(undefined);
	/** Set when an edit cleared the agreements, so the group is told. */
	agreementsCleared = $state(false);
	readonly saver: Autosaver<{ plan?: Plan }, Plan>;

	constructor(id: () => string | null) {
		this.conversation = new ConversationSession(id);
		this.#stored = new Live(id, async (current) => ({
			plan: current ? await getRepos().plans.get(current) : undefined
		}));
		this.saver = new Autosaver(
			(_key, { plan }) => getRepos().plans.save(plan!),
			() => {}
		);
	}

	get loading(): boolean {
		return this.conversation.loading || this.#stored.loading;
	}

	/** The plan as it stands on screen: the draft, else stored, else a fresh one. */
	get plan(): Plan | undefined {
		if (this.#draft) return this.#draft;
		const c = this.conversation.conversation;
		if (!c || this.#stored.loading) return undefined;
		return this.#stored.current?.plan ?? emptyPlan(c.id, Date.now());
	}

	get status(): PlanStatus {
		const plan = this.plan;
		const people = this.conversation.participants.map((p) => p.id);
		return plan ? planStatus(plan, people) : 'concept';
	}

	#commit(next: Plan) {
		this.#draft = next;
		this.saver.queue('plan', { plan: $state.snapshot(next) as Plan });
	}

	/** Changes what the plan says; after agreement this clears every agreement. */
	change(change: Partial<PlanContent>): void {
		const plan = this.plan;
		if (!plan) return;
		const { plan: next, agreementsCleared } = editPlan(plan, change, Date.now());
		if (agreementsCleared) this.agreementsCleared = true;
		this.#commit(next);
	}

	agree(participantId: string, agreed: boolean): void {
		const plan = this.plan;
		if (!plan) return;
		this.agreementsCleared = false;
		this.#commit(setAgreement(plan, participantId, agreed, Date.now()));
	}

	flush(): Promise<void> {
		return Promise.all([this.saver.flush(), this.conversation.flush()]).then(() => {});
	}
}
