import { z } from 'zod';
import { agreementBlockers, type Plan, type PlanBlocker, type PlanStatus } from './plan';

/**
 * The plan builder's steps, in order. The step is in the URL (`?stap=`), so reload, the
 * back button and a link keep the place; the ids are the same in every language.
 */
export const PLAN_STEPS = [
	'goed',
	'zorgen',
	'speerpunten',
	'doelen',
	'anders',
	'afspreken',
	'delen'
] as const;
export type PlanStep = (typeof PLAN_STEPS)[number];

export const planStepSchema = z.enum(PLAN_STEPS);

/** An unknown or missing step falls back to the first one instead of failing. */
export function parsePlanStep(value: string | null): PlanStep {
	const r = planStepSchema.safeParse(value);
	return r.success ? r.data : PLAN_STEPS[0];
}

/** The step before and after `step` (undefined at either end). */
export function neighbours(step: PlanStep): { previous?: PlanStep; next?: PlanStep } {
	const i = PLAN_STEPS.indexOf(step);
	return { previous: PLAN_STEPS[i - 1], next: PLAN_STEPS[i + 1] };
}

/** Where a missing part of the plan is filled in. */
export function stepOf(blocker: PlanBlocker): PlanStep {
	switch (blocker.kind) {
		case 'focus':
			return 'speerpunten';
		case 'evaluation':
			return 'anders';
		default:
			return 'doelen';
	}
}

/**
 * The steps that hold what they ask for, so the step list can mark them: strengths and worries
 * written, speerpunten chosen, each with a goal and an action, a look-back date, and the plan
 * agreed. Sharing is never "filled": it is something you do, not something you fill in. A step
 * is not marked just because it comes before the current one.
 */
export function filledSteps(
	plan: Pick<Plan, 'strengths' | 'worries' | 'focus' | 'evaluationDate'>,
	status: PlanStatus
): Set<PlanStep> {
	const out = new Set<PlanStep>();
	if (plan.strengths.length > 0) out.add('goed');
	if (plan.worries.length > 0) out.add('zorgen');
	if (plan.focus.length > 0) out.add('speerpunten');
	const blockers = agreementBlockers(plan);
	if (plan.focus.length > 0 && !blockers.some((b) => stepOf(b) === 'doelen')) out.add('doelen');
	if (plan.evaluationDate) out.add('anders');
	if (status === 'agreed') out.add('afspreken');
	return out;
}
