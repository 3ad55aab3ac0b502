import { MAX_FOCUS, type Action, type Focus, type Plan } from './plan';
import {
	goalRatingFor,
	outcomesOf,
	unfinishedActions,
	type ActionOutcome,
	type GoalRating,
	type LookBack
} from './series';

// Carrying the previous plan over into a follow-up's new plan (issue 14), one tap per action or
// goal. Pure domain code: the plan builder offers what this says and applies what it returns.

/** An action of the previous plan that was not done (or only partly, or not looked back at). */
export interface ActionOffer {
	focus: Focus;
	action: Action;
	outcome: ActionOutcome | null;
}

/** A goal of the previous plan that was not reached as hoped (or not rated). */
export interface GoalOffer {
	focus: Focus;
	rating: GoalRating | null;
}

export interface CarryOffers {
	actions: ActionOffer[];
	goals: GoalOffer[];
}

/**
 * What the new plan may take over: every action not marked "gedaan" or "niet meer nodig", and
 * every goal rated below "zoals we hoopten" or not rated at all.
 */
export function carryOverOffers(
	previous: Pick<Plan, 'focus'>,
	lookBack: LookBack | undefined
): CarryOffers {
	const outcomes = lookBack ? outcomesOf(lookBack) : {};
	return {
		actions: unfinishedActions(previous, outcomes).map(({ focus, action }) => ({
			focus,
			action,
			outcome: outcomes[action.id] ?? null
		})),
		goals: previous.focus.flatMap((focus) => {
			if (focus.goal.trim() === '') return [];
			const rating = goalRatingFor(lookBack, focus.elementId);
			return rating === null || rating < 0 ? [{ focus, rating }] : [];
		})
	};
}

/** Whether the new plan already holds the previous action `actionId` (taken over once). */
export function actionCarried(plan: Pick<Plan, 'focus'>, actionId: string): boolean {
	return plan.focus.some((f) => f.actions.some((a) => a.carriedFrom === actionId));
}

/** Whether the new plan already has the previous goal, on the same focus element. */
export function goalCarried(
	plan: Pick<Plan, 'focus'>,
	previous: Pick<Focus, 'elementId' | 'goal'>
): boolean {
	return plan.focus.some(
		(f) => f.elementId === previous.elementId && f.goal.trim() === previous.goal.trim()
	);
}

/**
 * Why an offer cannot be taken over: `already` taken; `full` (the new plan has three focus
 * elements, none of them this one); `gone` (who does it is not in this conversation or plan any
 * more: the group writes the action anew); `ownGoal` (this focus element has its own goal now).
 */
export type CarryBlock = 'already' | 'full' | 'gone' | 'ownGoal';

export type CarryResult =
	{ ok: true; change: Pick<Plan, 'focus' | 'supporters'> } | { ok: false; reason: CarryBlock };

/** Who the new conversation is about and with: its participants and children (ids). */
export interface CarryContext {
	participants: readonly string[];
	children: readonly string[];
}

/** The focus list with `elementId` there: the existing one changed, or a new one added. */
function withFocus(
	plan: Pick<Plan, 'focus'>,
	from: Focus,
	context: CarryContext,
	change: (f: Focus) => Focus
): Focus[] | null {
	if (plan.focus.some((f) => f.elementId === from.elementId))
		return plan.focus.map((f) => (f.elementId === from.elementId ? change(f) : f));
	if (plan.focus.length >= MAX_FOCUS) return null;
	// For the same child as last time when that child is still at the table, else the family.
	const childId = from.childId && context.children.includes(from.childId) ? from.childId : null;
	return [...plan.focus, change({ elementId: from.elementId, childId, goal: '', actions: [] })];
}

/**
 * The previous action on the new plan, once: a new id, marked `carriedFrom`, under the same
 * focus element (added, for the same child, when the new plan does not have it yet). A
 * supporter of the previous plan who does it comes along onto the new plan.
 */
export function carryOverAction(
	plan: Pick<Plan, 'focus' | 'supporters'>,
	previous: Pick<Plan, 'supporters'>,
	offer: Pick<ActionOffer, 'focus' | 'action'>,
	newId: string,
	context: CarryContext
): CarryResult {
	const { action } = offer;
	if (actionCarried(plan, action.id)) return { ok: false, reason: 'already' };
	const known = (id: string) =>
		context.participants.includes(id) || plan.supporters.some((s) => s.id === id);
	const supporter = previous.supporters.find((s) => s.id === action.who);
	if (!known(action.who) && !supporter) return { ok: false, reason: 'gone' };
	const supporters =
		supporter && !known(action.who) ? [...plan.supporters, supporter] : plan.supporters;
	const carried: Action = {
		id: newId,
		what: action.what,
		who: action.who,
		when: action.when,
		support: action.support,
		carriedFrom: action.id
	};
	const focus = withFocus(plan, offer.focus, context, (f) => ({
		...f,
		actions: [...f.actions, carried]
	}));
	return focus ? { ok: true, change: { focus, supporters } } : { ok: false, reason: 'full' };
}

/**
 * The previous goal on the new plan, once: it fills the goal of the same focus element when
 * that is still empty, or adds the focus element with it. A goal the group already wrote anew
 * is never replaced.
 */
export function carryOverGoal(
	plan: Pick<Plan, 'focus' | 'supporters'>,
	offer: Pick<GoalOffer, 'focus'>,
	context: CarryContext
): CarryResult {
	const from = offer.focus;
	if (goalCarried(plan, from)) return { ok: false, reason: 'already' };
	const own = plan.focus.find((f) => f.elementId === from.elementId);
	if (own && own.goal.trim() !== '') return { ok: false, reason: 'ownGoal' };
	const focus = withFocus(plan, from, context, (f) => ({ ...f, goal: from.goal }));
	return focus
		? { ok: true, change: { focus, supporters: plan.supporters } }
		: { ok: false, reason: 'full' };
}

/** Where an offer stands in the new plan right now, for the builder's button. */
export function offerState(
	plan: Pick<Plan, 'focus' | 'supporters'>,
	previous: Pick<Plan, 'supporters'>,
	offer: { kind: 'action'; offer: ActionOffer } | { kind: 'goal'; offer: GoalOffer },
	context: CarryContext
): 'open' | CarryBlock {
	const r =
		offer.kind === 'action'
			? carryOverAction(plan, previous, offer.offer, 'probe', context)
			: carryOverGoal(plan, offer.offer, context);
	return r.ok ? 'open' : r.reason;
}
