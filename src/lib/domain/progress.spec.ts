import { describe, expect, it } from 'vitest';
import { emptyAnswer } from './answer';
import {
	countDone,
	firstToScore,
	hasScored,
	hiddenWithAnswers,
	nextToScore,
	isElementDone,
	isHidden,
	revealedAfterModeChange,
	visibleAnswers
} from './progress';

// 'a' is the child, 'b' an adult answering about 'a'.
const people = {
	participants: [
		{ id: 'a', role: 'child' as const },
		{ id: 'b', role: 'parent' as const }
	],
	children: ['a'],
	skipped: []
};

describe('progress', () => {
	it('counts an element as done only when every participant gave a score', () => {
		const answers = [
			{ ...emptyAnswer('c', 'a', 'heard', 0, 'a'), score: 4 },
			{ ...emptyAnswer('c', 'b', 'heard', 0, 'a'), score: null, worries: 'iets' },
			{ ...emptyAnswer('c', 'a', 'safe', 0, 'a'), score: 8 },
			{ ...emptyAnswer('c', 'b', 'safe', 0, 'a'), score: 7 }
		];
		expect(isElementDone(people, answers, 'heard')).toBe(false);
		expect(isElementDone(people, answers, 'safe')).toBe(true);
		expect(countDone(people, answers)).toBe(1);
	});

	it('names the elements whose given answers the group has not seen yet', () => {
		const given = { ...emptyAnswer('c', 'a', 'safe'), worries: 'x' };
		const answers = [emptyAnswer('c', 'a', 'heard'), given];
		expect(hiddenWithAnswers({ mode: 'turns', revealed: [] }, answers)).toEqual(['safe']);
		expect(hiddenWithAnswers({ mode: 'turns', revealed: ['safe'] }, answers)).toEqual([]);
		expect(hiddenWithAnswers({ mode: 'open', revealed: [] }, answers)).toEqual([]);
	});

	it('hides unrevealed elements only in "om de beurt" mode', () => {
		const answers = [emptyAnswer('c', 'a', 'heard'), emptyAnswer('c', 'a', 'safe')];
		expect(isHidden({ mode: 'open', revealed: [] }, 'heard')).toBe(false);
		expect(isHidden({ mode: 'turns', revealed: ['heard'] }, 'heard')).toBe(false);
		expect(
			visibleAnswers({ mode: 'turns', revealed: ['heard'] }, answers).map((a) => a.elementId)
		).toEqual(['heard']);
	});

	it('switching to "om de beurt" makes private every element someone still has to answer', () => {
		const answers = [
			{ ...emptyAnswer('c', 'a', 'active', 0, 'a'), score: 6 },
			{ ...emptyAnswer('c', 'b', 'active', 0, 'a'), score: 7 },
			{ ...emptyAnswer('c', 'a', 'safe', 0, 'a'), score: 5 },
			{ ...emptyAnswer('c', 'b', 'home', 0, 'a'), worries: 'iets' }
		];
		const open = { ...people, mode: 'open' as const };
		// Only Actief zijn is answered by both: Veilig zijn (the parent still to answer) and
		// Een thuis hebben (a note, no score) become private again.
		expect(revealedAfterModeChange({ ...open, revealed: [] }, 'turns', answers)).toEqual([
			'active'
		]);
		expect(
			revealedAfterModeChange({ ...open, revealed: ['safe', 'home'] }, 'turns', answers)
		).toEqual(['active']);
		expect(
			revealedAfterModeChange({ ...people, mode: 'turns', revealed: ['heard'] }, 'open', answers)
		).toEqual(['heard']);
	});

	describe('with two children', () => {
		const family = {
			participants: [
				{ id: 'noor', role: 'child' as const },
				{ id: 'daan', role: 'child' as const },
				{ id: 'mum', role: 'parent' as const },
				{ id: 'dad', role: 'parent' as const }
			],
			children: ['noor', 'daan'],
			skipped: [] as { participantId: string; childId: string }[]
		};
		const scored = (p: string, child: string) => ({
			...emptyAnswer('c', p, 'heard', 0, child),
			score: 6
		});
		const all = [
			scored('noor', 'noor'),
			scored('daan', 'daan'),
			scored('mum', 'noor'),
			scored('mum', 'daan'),
			scored('dad', 'noor')
		];

		it('waits for each adult’s answer about each child', () => {
			expect(isElementDone(family, all, 'heard')).toBe(false);
			expect(isElementDone(family, all, 'heard', 'noor')).toBe(true);
			expect(isElementDone(family, all, 'heard', 'daan')).toBe(false);
			expect(isElementDone(family, [...all, scored('dad', 'daan')], 'heard')).toBe(true);
			expect(countDone(family, all, 'noor')).toBe(1);
		});

		it('does not wait for a child the coach skipped for an adult', () => {
			const skipped = { ...family, skipped: [{ participantId: 'dad', childId: 'daan' }] };
			expect(isElementDone(skipped, all, 'heard')).toBe(true);
			expect(isElementDone(skipped, all, 'heard', 'daan')).toBe(true);
		});

		it('an answer about the other child never counts', () => {
			const wrong = all.map((a) => (a.participantId === 'dad' ? { ...a, childId: 'daan' } : a));
			expect(isElementDone(family, wrong, 'heard', 'noor')).toBe(false);
		});

		it('a person has scored when each of their cards about a child has a score', () => {
			expect(hasScored(family, all, 'heard', 'mum')).toBe(true);
			expect(hasScored(family, all, 'heard', 'dad')).toBe(false);
			expect(hasScored(family, [...all, scored('dad', 'daan')], 'heard', 'dad')).toBe(true);
			expect(hasScored(family, all, 'safe', 'noor')).toBe(false);
			const skipped = { ...family, skipped: [{ participantId: 'dad', childId: 'daan' }] };
			expect(hasScored(skipped, all, 'heard', 'dad')).toBe(true);
		});
	});

	describe('one person at a time', () => {
		const order = ['noor', 'sanne', 'jeroen', 'eva'];
		const done =
			(...ids: string[]) =>
			(id: string) =>
				ids.includes(id);

		it('shows first who has not scored yet, else the first person', () => {
			expect(firstToScore(order, done())).toBe('noor');
			expect(firstToScore(order, done('noor', 'sanne'))).toBe('jeroen');
			expect(firstToScore(order, done(...order))).toBe('noor');
			expect(firstToScore([], done())).toBeUndefined();
		});

		it('goes on to the next without a score, round to the start, and stops when all have one', () => {
			expect(nextToScore(order, done('noor'), 'noor')).toBe('sanne');
			expect(nextToScore(order, done('noor', 'sanne'), 'noor')).toBe('jeroen');
			// Jeroen was skipped: after Eva it goes back to him.
			expect(nextToScore(order, done('noor', 'sanne', 'eva'), 'eva')).toBe('jeroen');
			expect(nextToScore(order, done(...order), 'sanne')).toBeNull();
			// Only the one shown is left: nobody else to go to.
			expect(nextToScore(order, done('noor', 'sanne', 'eva'), 'jeroen')).toBeNull();
			expect(nextToScore(order, done(), 'onbekend')).toBe('noor');
		});
	});
});
