import { describe, expect, it } from 'vitest';
import { neighbours, parsePlanStep, PLAN_STEPS, stepOf } from './plan-steps';

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
});
