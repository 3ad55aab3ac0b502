import type { Answer } from '$lib/domain/answer';
import {
	carryOverAction,
	carryOverGoal,
	carryOverOffers,
	type ActionOffer,
	type CarryOffers,
	type CarryResult,
	type GoalOffer
} from '$lib/domain/carry-over';
import { newId, type Conversation } from '$lib/domain/conversation';
import type { ElementId } from '$lib/domain/elements';
import {
	agreementBlockers,
	editPlan,
	emptyPlan,
	planStatus,
	setAgreement,
	type Action,
	type ActionDraft,
	type Plan,
	type PlanContent,
	type PlanStatus
} from '$lib/domain/plan';
import { forgetJournalledPlan, journalPlan, replayPlanJournal } from '$lib/db/plan-journal';
import { Autosaver } from './autosave.svelte';
import { ConversationSession } from './conversation.svelte';
import { Live } from './live.svelte';
import type { PlanRow } from '$lib/db/plan-journal';
import { downloadRows } from './backup-download';
import { getRepos } from './repos';

/** The conversation a follow-up looks back at, with its plan and answers (issue 14). */
export interface PreviousPlan {
	conversation: Conversation;
	plan: Plan;
	answers: Answer[];
}

/**
 * The plan builder's state: the open conversation plus its plan. While the page is open the
 * local draft is what the screen shows and edits; every change is saved (debounced).
 */
export class PlanSession {
	readonly conversation: ConversationSession;
	#stored: Live<{ plan?: Plan; damaged: boolean }, string | null>;
	#draft = $state<Plan | undefined>(undefined);
	/**
	 * Where the edit that cleared the agreements was made (a place name the builder chooses,
	 * such as "goal-heard"), so the group is told right there; null when nothing was cleared.
	 */
	clearedAt = $state<string | null>(null);
	readonly saver: Autosaver<{ plan?: Plan }, Plan>;
	#previous: Live<PreviousPlan | null, string | null>;

	constructor(id: () => string | null) {
		this.conversation = new ConversationSession(id);
		// A follow-up's previous conversation: its plan to carry over and for the terugblik.
		this.#previous = new Live(
			() => this.conversation.conversation?.lookBack?.previousId ?? null,
			async (previousId) => {
				if (!previousId) return null;
				const { conversations, plans, answers } = getRepos();
				const [conversation, plan] = await Promise.all([
					conversations.get(previousId),
					plans.get(previousId).catch(() => undefined)
				]);
				if (!conversation || !plan) return null;
				return { conversation, plan, answers: await answers.forConversation(previousId) };
			}
		);
		this.#stored = new Live(id, async (current) => {
			if (!current) return { damaged: false };
			// A plan edited just before the page went away last time, sealed in the journal.
			await replayPlanJournal(getRepos(), localStorage, current).catch(() => false);
			return getRepos().plans.read(current);
		});
		this.saver = new Autosaver(
			(_key, { plan }) => getRepos().plans.save(plan!),
			() => {}
		);
	}

	get loading(): boolean {
		return this.conversation.loading || this.#stored.loading;
	}

	/**
	 * A plan is stored but cannot be read: the screen says so and shows no plan (a fresh one
	 * would be saved over the damaged row), until the person saves a raw copy or starts anew.
	 */
	get damaged(): boolean {
		return !this.#draft && !this.#stored.loading && this.#stored.current?.damaged === true;
	}

	/** The plan as it stands on screen: the draft, else stored, else a fresh one. */
	get plan(): Plan | undefined {
		if (this.#draft) return this.#draft;
		const c = this.conversation.conversation;
		if (!c || this.#stored.loading || this.damaged) return undefined;
		return this.#stored.current?.plan ?? emptyPlan(c.id, Date.now());
	}

	/** The damaged plan's rows as stored (still encrypted), with its conversation's, to keep. */
	async saveRawCopy(): Promise<void> {
		const id = this.conversation.conversation?.id;
		if (!id) return;
		downloadRows(await getRepos().conversations.rawRows(id));
	}

	/** The person chose to replace the damaged plan with a new, empty one. */
	async startOver(): Promise<void> {
		const id = this.conversation.conversation?.id;
		if (!id) return;
		const plan = emptyPlan(id, Date.now());
		await getRepos().plans.save(plan, { replaceDamaged: true });
		this.#draft = plan;
	}

	get status(): PlanStatus {
		const plan = this.plan;
		const people = this.conversation.participants.map((p) => p.id);
		return plan ? planStatus(plan, people) : 'concept';
	}

	#commit(next: Plan) {
		this.#draft = next;
		const plan = $state.snapshot(next) as Plan;
		this.saver.queue('plan', { plan });
		this.#prepareUrgent(plan);
	}

	#prepared: PlanRow | undefined;
	#preparing = 0;

	/** Seals every edit right away (a millisecond), so `flushUrgently` needs no await. */
	#prepareUrgent(plan: Plan): void {
		const turn = ++this.#preparing;
		this.#prepared = undefined;
		getRepos()
			.plans.prepareUrgent(plan)
			.then((row) => {
				if (turn === this.#preparing) this.#prepared = row;
			})
			.catch(() => {});
	}

	/**
	 * Tab closing or app hidden: the sealed plan goes to the synchronous journal and, in a
	 * request issued right now, to IndexedDB. If the page stays, the normal save follows and
	 * the journal entry is forgotten.
	 */
	flushUrgently(): void {
		this.conversation.flushUrgently();
		if (!this.saver.hasPending) return;
		const repos = getRepos();
		const row = this.#prepared;
		if (row) {
			journalPlan(localStorage, repos.profileId, row);
			repos.plans.writeUrgently(row).catch(() => {});
		}
		void this.saver.flush().then(() => {
			if (!this.saver.hasPending && row) forgetJournalledPlan(localStorage, row.conversationId);
		});
	}

	get agreementsCleared(): boolean {
		return this.clearedAt !== null;
	}

	/**
	 * Changes what the plan says; after agreement this clears every agreement. `where` names
	 * the place of the edit, where the screen then says the agreements were cleared.
	 */
	change(change: Partial<PlanContent>, where = 'plan'): void {
		const plan = this.plan;
		if (!plan) return;
		const { plan: next, agreementsCleared } = editPlan(plan, change, Date.now());
		if (agreementsCleared) this.clearedAt = where;
		this.#commit(next);
	}

	#changeFocus(elementId: ElementId, change: (f: Plan['focus'][number]) => Plan['focus'][number]) {
		const plan = this.plan;
		if (!plan) return;
		this.change(
			{ focus: plan.focus.map((f) => (f.elementId === elementId ? change(f) : f)) },
			`actions-${elementId}`
		);
	}

	/** The action being written for a focus element, saved like everything else. */
	setDraft(elementId: ElementId, draft: ActionDraft): void {
		this.#changeFocus(elementId, (f) => ({ ...f, draft }));
	}

	/** Puts a written action on the plan; its draft is done. */
	addAction(elementId: ElementId, action: Action): void {
		this.#changeFocus(elementId, (f) => {
			const next = { ...f, actions: [...f.actions, action] };
			delete next.draft;
			return next;
		});
	}

	/**
	 * The previous conversation with its plan, in a follow-up whose previous plan is still on
	 * this device; undefined otherwise (a first conversation, or the plan is gone or damaged).
	 */
	get previous(): PreviousPlan | undefined {
		return this.#previous.current ?? undefined;
	}

	/** What the new plan may take over from the previous one ("Uit het vorige plan"). */
	get offers(): CarryOffers | undefined {
		const previous = this.previous;
		if (!previous) return undefined;
		return carryOverOffers(previous.plan, this.conversation.conversation?.lookBack);
	}

	get carryContext(): { participants: string[]; children: string[] } {
		const c = this.conversation.conversation;
		return { participants: c?.participants.map((p) => p.id) ?? [], children: c?.children ?? [] };
	}

	#carry(result: CarryResult, where: string): boolean {
		if (!result.ok) return false;
		this.change(result.change, where);
		return true;
	}

	/** Takes a previous action over (once); false when it cannot be (see CarryBlock). */
	carryAction(offer: ActionOffer): boolean {
		const plan = this.plan;
		const previous = this.previous;
		if (!plan || !previous) return false;
		return this.#carry(
			carryOverAction(plan, previous.plan, offer, newId(), this.carryContext),
			'carry'
		);
	}

	/** Takes a previous goal over (once). */
	carryGoal(offer: GoalOffer): boolean {
		const plan = this.plan;
		if (!plan || !this.previous) return false;
		return this.#carry(carryOverGoal(plan, offer, this.carryContext), 'carry');
	}

	/** Agreeing needs a complete plan (agreementBlockers); taking an agreement back always works. */
	agree(participantId: string, agreed: boolean): boolean {
		const plan = this.plan;
		if (!plan) return false;
		if (agreed && agreementBlockers(plan).length > 0) return false;
		this.clearedAt = null;
		this.#commit(setAgreement(plan, participantId, agreed, Date.now()));
		return true;
	}

	flush(): Promise<void> {
		return Promise.all([this.saver.flush(), this.conversation.flush()]).then(() => {});
	}
}
