import { z } from 'zod';
import { ELEMENT_IDS, type ElementId } from './elements';
import type { Action, Focus, Plan } from './plan';
import { localDay } from './plan';
import { limitedText } from './text';

// Follow-up conversations (issue 14): the series link and what is due. Pure domain code.

/** Days before the look-back date in which home says "binnenkort". */
export const SOON_DAYS = 7;

export type DueState = 'overdue' | 'soon' | 'later' | 'none';

/** Whole calendar days from local day `from` to `to` (both YYYY-MM-DD); no DST drift. */
function daysBetween(from: string, to: string): number {
	return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * Whether a plan's look-back date is due, on the device's local calendar day of `now`:
 * "verlopen" the day after the date, "binnenkort" from seven days before up to the date itself.
 */
export function dueState(evaluationDate: string | null | undefined, now: Date | number): DueState {
	if (!evaluationDate || Number.isNaN(Date.parse(`${evaluationDate}T00:00:00Z`))) return 'none';
	const days = daysBetween(localDay(new Date(now)), evaluationDate);
	if (days < 0) return 'overdue';
	if (days <= SOON_DAYS) return 'soon';
	return 'later';
}

/** The series a conversation belongs to: its own id when it starts one. */
export function seriesOf(c: { id: string; seriesId?: string }): string {
	return c.seriesId ?? c.id;
}

/** The series link for a follow-up of `previous`. */
export function followUpLink(previous: { id: string; seriesId?: string; sequence?: number }): {
	seriesId: string;
	sequence: number;
} {
	return { seriesId: seriesOf(previous), sequence: (previous.sequence ?? 1) + 1 };
}

/** The conversations of one series, oldest first. */
export function seriesMembers<
	C extends { id: string; seriesId?: string; sequence?: number; createdAt: number }
>(all: readonly C[], seriesId: string): C[] {
	return all
		.filter((c) => seriesOf(c) === seriesId)
		.sort((a, b) => (a.sequence ?? 1) - (b.sequence ?? 1) || a.createdAt - b.createdAt);
}

/** Whether an earlier conversation of the same series is among `all` (e.g. on this device). */
export function hasEarlierInSeries<
	C extends { id: string; seriesId?: string; sequence?: number; createdAt: number }
>(all: readonly C[], id: string): boolean {
	const self = all.find((c) => c.id === id);
	if (!self) return false;
	const members = seriesMembers(all, seriesOf(self));
	return members.findIndex((c) => c.id === id) > 0;
}

export const ACTION_OUTCOMES = ['done', 'partly', 'notDone', 'notNeeded'] as const;
export type ActionOutcome = (typeof ACTION_OUTCOMES)[number];

/**
 * The actions worth carrying into the new plan: every action not marked done or no longer
 * needed (an action not looked back at counts as unfinished).
 */
export function unfinishedActions(
	plan: Pick<Plan, 'focus'>,
	outcomes: Readonly<Record<string, ActionOutcome | undefined>>
): { focus: Focus; action: Action }[] {
	return plan.focus.flatMap((focus) =>
		focus.actions
			.filter((a) => outcomes[a.id] !== 'done' && outcomes[a.id] !== 'notNeeded')
			.map((action) => ({ focus, action }))
	);
}

/**
 * "Hoe staat het ervoor?" per goal, the Goal Attainment Scaling idea in plain words: -2 "veel
 * slechter dan we hoopten", 0 "zoals we hoopten", 2 "veel beter dan we hoopten".
 */
export const GOAL_RATINGS = [-2, -1, 0, 1, 2] as const;
export type GoalRating = (typeof GOAL_RATINGS)[number];

/** Each rating's word in the catalogues, from -2 up. */
export const GOAL_RATING_KEYS = ['muchWorse', 'worse', 'asHoped', 'better', 'muchBetter'] as const;
export const ratingKey = (r: GoalRating) => GOAL_RATING_KEYS[r + 2]!;

export const LOOK_BACK_NOTE_MAX = 200;

const ref = z.string().min(1).max(64);

/** What became of one action of the previous plan; either part may still be open. */
export const actionLookBackSchema = z.object({
	actionId: ref,
	outcome: z.enum(ACTION_OUTCOMES).nullable().default(null),
	note: limitedText(LOOK_BACK_NOTE_MAX, 'text.tooLong').default('')
});
export type ActionLookBack = z.output<typeof actionLookBackSchema>;

export const goalLookBackSchema = z.object({
	elementId: z.enum(ELEMENT_IDS),
	rating: z
		.int()
		.min(-2)
		.max(2)
		.transform((n) => n as GoalRating)
});
export type GoalLookBack = z.output<typeof goalLookBackSchema>;

/**
 * The look-back at the previous plan, the first step of a follow-up ("terugblik"): part of the
 * follow-up's own record. `previousId` names the conversation whose plan it looks back at.
 */
export const lookBackSchema = z.object({
	previousId: ref,
	actions: z.array(actionLookBackSchema).max(100).default([]),
	goals: z.array(goalLookBackSchema).max(20).default([])
});
export type LookBack = z.output<typeof lookBackSchema>;

/** One action's look-back changed (outcome, note or both); the others stay as they are. */
export function withActionLookBack(
	lookBack: LookBack,
	actionId: string,
	change: Partial<Pick<ActionLookBack, 'outcome' | 'note'>>
): LookBack {
	const before = lookBack.actions.find((a) => a.actionId === actionId) ?? {
		actionId,
		outcome: null,
		note: ''
	};
	const next = { ...before, ...change };
	const actions = lookBack.actions.some((a) => a.actionId === actionId)
		? lookBack.actions.map((a) => (a.actionId === actionId ? next : a))
		: [...lookBack.actions, next];
	return { ...lookBack, actions };
}

/** One goal rated; rating it again replaces the earlier rating. */
export function withGoalRating(
	lookBack: LookBack,
	elementId: ElementId,
	rating: GoalRating
): LookBack {
	const goals = [...lookBack.goals.filter((g) => g.elementId !== elementId), { elementId, rating }];
	return { ...lookBack, goals };
}

/** The outcomes by action id, as `unfinishedActions` takes them. */
export function outcomesOf(lookBack: LookBack): Record<string, ActionOutcome | undefined> {
	return Object.fromEntries(lookBack.actions.map((a) => [a.actionId, a.outcome ?? undefined]));
}

/** How far the look-back is: actions with an outcome and goals rated, of the previous plan's. */
export function lookBackProgress(
	plan: Pick<Plan, 'focus'>,
	lookBack: LookBack
): { done: number; total: number } {
	const actions = plan.focus.flatMap((f) => f.actions.map((a) => a.id));
	const goals = plan.focus.filter((f) => f.goal.trim() !== '').map((f) => f.elementId);
	const marked = actions.filter((id) =>
		lookBack.actions.some((a) => a.actionId === id && a.outcome !== null)
	).length;
	const rated = goals.filter((e) => lookBack.goals.some((g) => g.elementId === e)).length;
	return { done: marked + rated, total: actions.length + goals.length };
}

/** What home needs of a conversation to say whether looking back is due. */
export interface SeriesEntry {
	id: string;
	seriesId?: string;
	sequence?: number;
	createdAt: number;
	/** The plan's look-back date (YYYY-MM-DD); null without a plan or date. */
	evaluationDate: string | null;
}

/**
 * The latest conversation of each series (the highest sequence; the newest when two share one).
 * Any other conversation has had a follow-up started after it: its looking back happens there.
 */
export function latestOfSeries<E extends Omit<SeriesEntry, 'evaluationDate'>>(
	entries: readonly E[]
): E[] {
	const latest = new Map<string, E>();
	for (const e of entries) {
		const key = seriesOf(e);
		const other = latest.get(key);
		const later =
			!other ||
			(e.sequence ?? 1) > (other.sequence ?? 1) ||
			((e.sequence ?? 1) === (other.sequence ?? 1) && e.createdAt > other.createdAt);
		if (later) latest.set(key, e);
	}
	return [...latest.values()];
}

/**
 * The conversations home lists under "Om op terug te kijken": a look-back date that is past or
 * within seven days, and no follow-up started after it in its series (once that exists, the
 * looking back happens there). Most overdue first.
 */
export function dueForLookBack<E extends SeriesEntry>(
	entries: readonly E[],
	now: Date | number
): (E & { due: 'overdue' | 'soon' })[] {
	const out: (E & { due: 'overdue' | 'soon' })[] = [];
	for (const e of latestOfSeries(entries)) {
		const due = dueState(e.evaluationDate, now);
		if (due === 'overdue' || due === 'soon') out.push({ ...e, due });
	}
	return out.sort((a, b) => (a.evaluationDate ?? '').localeCompare(b.evaluationDate ?? ''));
}

/** One action of the previous plan with what became of it (for the terugblik and summaries). */
export interface ActionReview {
	focus: Focus;
	action: Action;
	/** null: not looked back at (yet). */
	outcome: ActionOutcome | null;
	note: string;
}

/** Every action of the previous plan, in the plan's order, with its look-back if there is one. */
export function actionReviews(
	plan: Pick<Plan, 'focus'>,
	lookBack: LookBack | undefined
): ActionReview[] {
	return plan.focus.flatMap((focus) =>
		focus.actions.map((action) => {
			const review = lookBack?.actions.find((a) => a.actionId === action.id);
			return { focus, action, outcome: review?.outcome ?? null, note: review?.note ?? '' };
		})
	);
}

/** The goal rating given for a focus element of the previous plan, or null. */
export function goalRatingFor(
	lookBack: LookBack | undefined,
	elementId: ElementId
): GoalRating | null {
	return lookBack?.goals.find((g) => g.elementId === elementId)?.rating ?? null;
}
