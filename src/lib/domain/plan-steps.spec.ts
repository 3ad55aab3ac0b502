import { describe, expect, it } from 'vitest';
import { emptyPlan, type Plan } from './plan';
import { filledSteps, neighbours, parsePlanStep, PLAN_STEPS, stepOf } from './plan-steps';

describe('plan steps', () => {
	it('reads the step from the URL, and anything else as the first step', () => {
		expect(parsePlanStep('doelen')).toBe('doelen');
		expect(parsePlanStep(null)).toBe('goed');
		expect(parsePlanStep('<script>')).toBe('goed');
		expect(parsePlanStep('DOELEN')).toBe('goed');
	});

	it('goes from the strengths to sharing, one step at a time', () => {
		expect(PLAN_STEPS[0]).toBe('goed');
		expect(PLAN_STEPS.at(-1)).toBe('delen');
		expect(neighbours('goed')).toEqual({ previous: undefined, next: 'zorgen' });
		expect(neighbours('afspreken')).toEqual({ previous: 'anders', next: 'delen' });
		expect(neighbours('delen').next).toBeUndefined();
	});

	it('sends each missing part to the step where it is filled in', () => {
		expect(stepOf({ kind: 'focus' })).toBe('speerpunten');
		expect(stepOf({ kind: 'goal', elementId: 'heard' })).toBe('doelen');
		expect(stepOf({ kind: 'draft', elementId: 'heard' })).toBe('doelen');
		expect(stepOf({ kind: 'evaluation' })).toBe('anders');
	});

	it('marks only the steps that hold what they ask for, not every step before this one', () => {
		const plan: Plan = emptyPlan('c1', 0, new Date(2026, 0, 5));
		const empty = { ...plan, evaluationDate: null };
		expect([...filledSteps(empty, 'concept')]).toEqual([]);

		const item = { id: 'i1', text: 'Samen koken' };
		const focus: Plan['focus'][number] = {
			elementId: 'heard',
			childId: null,
			goal: '',
			actions: []
		};
		const chosen = { ...empty, strengths: [item], focus: [focus] };
		expect([...filledSteps(chosen, 'concept')].sort()).toEqual(['goed', 'speerpunten']);

		const action = { id: 'a1', what: 'Elke week praten', who: 'p1', when: '', support: '' };
		const done: Plan = {
			...chosen,
			worries: [item],
			focus: [{ ...focus, goal: 'Noor voelt zich gehoord', actions: [action] }],
			evaluationDate: '2026-02-01'
		};
		expect([...filledSteps(done, 'concept')].sort()).toEqual(
			['anders', 'doelen', 'goed', 'speerpunten', 'zorgen'].sort()
		);
		expect(filledSteps(done, 'agreed').has('afspreken')).toBe(true);
		expect(filledSteps(done, 'agreed').has('delen')).toBe(false);

		// A goal without an action, or a half-written action, leaves "Doelen en acties" open.
		const draft = { what: 'Half', who: '', when: '', support: '' };
		const halfway: Plan = { ...done, focus: [{ ...done.focus[0]!, draft }] };
		expect(filledSteps(halfway, 'concept').has('doelen')).toBe(false);
	});
});
