import type { Action, Focus, Plan } from './plan';
import { localDay } from './plan';

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
export function dueState(evaluationDate: string | null | undefined, now: Date): DueState {
	if (!evaluationDate || Number.isNaN(Date.parse(`${evaluationDate}T00:00:00Z`))) return 'none';
	const days = daysBetween(localDay(now), evaluationDate);
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

export const ACTION_OUTCOMES = ['done', 'partly', 'notDone', 'notNeeded'] as const;
export type ActionOutcome = (typeof ACTION_OUTCOMES)[number];

/**
 * The actions worth carrying into the new plan: every action not marked done or no longer
 * needed (an action not looked back at counts as unfinished).
 */
export function unfinishedActions(
	plan: Plan,
	outcomes: Readonly<Record<string, ActionOutcome | undefined>>
): { focus: Focus; action: Action }[] {
	return plan.focus.flatMap((focus) =>
		focus.actions
			.filter((a) => outcomes[a.id] !== 'done' && outcomes[a.id] !== 'notNeeded')
			.map((action) => ({ focus, action }))
	);
}
